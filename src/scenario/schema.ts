/**
 * The scenario file format, version 1. This zod schema is the single source of the TypeScript
 * types (z.infer) and of public/scenario.schema.json (z.toJSONSchema, see scripts/writeSchema.ts).
 * Field descriptions appear as hover help in VS Code, so they are written for instructors.
 */
import './zodConfig';
import { z } from 'zod';
import { Id, oneOrMany, Seconds, Text, Unit } from './schemaParts';
import { SettingSchema } from './roomSchema';
import {
  ACTS,
  BETA_DOMAINS,
  CUE_BEHAVIOURS,
  CYCLE_PHASES,
  ENDING_KINDS,
  ASKS,
  HALL_ZONES,
  HAND_POSES,
  POSES,
  PROBE_KINDS,
  SERVICES,
  STANCES,
  TONES,
  UTTERANCE_TAGS,
  VRISK_ITEMS,
  type Condition,
  type ScenarioSpec,
} from '../sim';

export type { Condition };
export { FURNITURE_KINDS, FURNITURE_SIZE, OBJECT_KINDS, SettingSchema } from './roomSchema';

export const FORMAT_VERSION = 1;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      distanceBelow: z
        .number()
        .min(0)
        .max(50)
        .optional()
        .describe('Trainee closer to the patient than this (m)'),
      distanceAbove: z.number().min(0).max(50).optional().describe('Trainee further away than this (m)'),
      zone: oneOrMany(z.enum(HALL_ZONES)).optional().describe("Hall's zone the trainee is in"),
      closingSpeedAbove: z
        .number()
        .min(0)
        .max(10)
        .optional()
        .describe('Trainee approaching faster than (m/s)'),
      closingSpeedBelow: z
        .number()
        .min(-10)
        .max(10)
        .optional()
        .describe('Trainee approaching slower than (m/s; negative means backing away)'),
      headHeightAbove: z
        .number()
        .min(0)
        .max(3)
        .optional()
        .describe("Trainee's eyes higher than (m): standing over someone seated is about 1.5 m or more"),
      headHeightBelow: z
        .number()
        .min(0)
        .max(3)
        .optional()
        .describe("Trainee's eyes lower than (m): crouching or sitting at eye level is about 1.2 m"),
      stance: z.enum(STANCES).optional(),
      hands: oneOrMany(z.enum(HAND_POSES)).optional(),
      gazeOn: z
        .string()
        .min(1)
        .optional()
        .describe('Gaze target: patient.face, patient.hands, or an exit/object id'),
      staringAboveS: Seconds.optional().describe("Trainee's gaze held on the patient's face longer than (s)"),
      blockingExit: z.boolean().optional().describe("Trainee stands in the patient's way to an exit"),
      ownExitClear: z.boolean().optional().describe("Trainee's own way to an exit is clear of the patient"),
      tone: oneOrMany(z.enum(TONES)).optional().describe('Tone of the utterance just made'),
      toneAtLeast: z.enum(TONES).optional(),
      utteranceTag: oneOrMany(z.enum(UTTERANCE_TAGS)).optional().describe('Tag of the utterance just made'),
      act: oneOrMany(z.enum(ACTS))
        .optional()
        .describe('The act just made (say, alarm, help, withdraw, ignored)'),
      saidBefore: oneOrMany(z.enum(UTTERANCE_TAGS))
        .optional()
        .describe('The trainee has earlier in the run said something with one of these tags'),
      ignoredForAboveS: Seconds.optional().describe('Nobody has spoken to the patient for longer than (s)'),
      timeInPhaseAboveS: Seconds.optional(),
      elapsedAboveS: Seconds.optional(),
      phase: oneOrMany(Id).optional().describe('Only in these phases'),
      arousalAbove: Unit.optional(),
      arousalBelow: Unit.optional(),
      alarmRaised: z.boolean().optional(),
      helpCalled: z.boolean().optional(),
      all: z.array(ConditionSchema).min(1).optional(),
      any: z.array(ConditionSchema).min(1).optional(),
      not: ConditionSchema.optional(),
    })
    .refine((c) => Object.keys(c).length > 0, 'a condition needs at least one key'),
);

export const RuleSchema = z
  .strictObject({
    id: Id,
    label: Text.optional(),
    when: ConditionSchema,
    rate: z.number().min(0).max(1).optional().describe('Arousal change per second while the condition holds'),
    impulse: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('One-off arousal change when the condition becomes true'),
    cooldownS: Seconds.optional().describe('Minimum time between two impulses of this rule'),
  })
  .refine((r) => (r.rate === undefined) !== (r.impulse === undefined), {
    message: 'a rule needs exactly one of rate (continuous) or impulse (one-off)',
  });

export const BriefingSchema = z.strictObject({
  source: z.enum(['referral', 'dispatch', 'handover', 'triage']),
  text: Text,
  riskFlags: z.array(Text).default([]),
  history: z
    .array(
      z.strictObject({
        item: z.enum(VRISK_ITEMS),
        present: z.enum(['yes', 'no', 'unknown']),
        note: Text.optional(),
      }),
    )
    .default([]),
});

/** A [low, high] range of `value`, low not above high. */
const range = (value: z.ZodNumber) =>
  z
    .tuple([value, value])
    .refine(([lo, hi]) => lo <= hi, { message: 'a range is [low, high]: low must not be above high' });

export const PatientSchema = z.strictObject({
  name: z.string().min(1).max(80),
  age: z.number().int().min(1).max(120),
  gender: z.enum(['female', 'male', 'other']).default('other'),
  description: Text,
  appearance: z
    .strictObject({
      skin: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#d9a88c'),
      hair: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#4a3526'),
      top: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#5a7fa8'),
      trousers: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#34404f'),
      height: z.number().min(1.4).max(2.1).default(1.75),
    })
    .default({ skin: '#d9a88c', hair: '#4a3526', top: '#5a7fa8', trousers: '#34404f', height: 1.75 }),
  baselineArousal: Unit.describe('Arousal the patient relaxes toward (0 calm, 1 out of control)'),
  initialArousal: Unit.describe('Arousal when the trainee enters'),
  exhaustedArousal: Unit.default(0.15).describe('Arousal the patient sinks toward after a crisis'),
  halfLifeS: z
    .number()
    .min(10)
    .max(1800)
    .default(180)
    .describe('Half-life of arousal decay (minutes, not seconds)'),
  residueGain: z
    .number()
    .min(0)
    .max(5)
    .default(1)
    .describe('How much residual arousal amplifies new triggers'),
  noise: z.number().min(0).max(0.2).default(0.01).describe('Random arousal fluctuation per √second'),
  ignoredAfterS: z
    .number()
    .min(5)
    .max(600)
    .default(30)
    .describe('Silence after which the patient feels ignored'),
  sensitivities: z.strictObject({
    triggers: z.array(RuleSchema).describe('What raises arousal for this patient'),
    calming: z.array(RuleSchema).describe('What calms this patient'),
  }),
  relevance: z
    .strictObject({
      ignoredAskFactor: Unit.optional().describe(
        'Calming of a line that ignores what his last line asked for, as a share (default 0.3)',
      ),
      ignoredAskImpulse: z
        .number()
        .min(0)
        .max(0.5)
        .optional()
        .describe('Irritation when a line ignores what he asked for (default 0.03)'),
      repeatFactor: Unit.optional().describe(
        'Each earlier line of the same kind multiplies its calming by this (default 0.75)',
      ),
      passedOverGrowth: z
        .number()
        .min(0)
        .max(5)
        .optional()
        .describe('Each ask passed over before adds this share again to the next irritation (default 0.5)'),
    })
    .optional()
    .describe('How much what is said must answer what he just said'),
  vary: z
    .strictObject({
      baselineArousal: range(Unit).optional().describe('Range of baselineArousal'),
      initialArousal: range(Unit).optional().describe('Range of initialArousal'),
      halfLifeS: range(z.number().min(10).max(1800)).optional().describe('Range of halfLifeS (s)'),
      residueGain: range(z.number().min(0).max(5)).optional().describe('Range of residueGain'),
      helpAfterS: range(z.number().min(1).max(600))
        .optional()
        .describe('Range of the seconds until help or the alarm brings someone'),
      weights: z
        .record(Id, range(z.number().min(0).max(5)))
        .optional()
        .describe('Per trigger or calming rule id: range of the factor on its rate or impulse'),
    })
    .optional()
    .describe('"Surprise me": the ranges each run\'s variant of this persona is drawn from'),
  recovery: z
    .strictObject({
      halfLifeS: z
        .number()
        .positive()
        .max(3600)
        .optional()
        .describe(
          'After a crisis, arousal falls no faster than this half-life from where it stood (default: half of halfLifeS)',
        ),
      triggerGain: z
        .number()
        .min(0)
        .max(5)
        .optional()
        .describe('In a recovery phase each trigger works (1 + this) times as strongly (default 1)'),
    })
    .optional()
    .describe('How slowly he comes down after a crisis, and how easily he flares up again'),
});

export const CueSchema = z.strictObject({ id: Id, behaviour: z.enum(CUE_BEHAVIOURS), description: Text });

export const TransitionSchema = z.strictObject({
  to: Id.describe('A phase or ending id'),
  when: ConditionSchema,
  forS: Seconds.optional().describe('The condition must hold this long'),
});

export const PhaseSchema = z.strictObject({
  id: Id,
  cycle: z.enum(CYCLE_PHASES).describe('Which phase of the assault cycle this is'),
  label: Text,
  pose: z.enum(POSES),
  cues: z.array(Id).default([]).describe('Warning-sign cues shown in this phase'),
  holds: Id.optional().describe('An object id the patient holds in this phase'),
  calmingEffect: Unit.default(1).describe('How well calming works here (talk helps least in a crisis)'),
  transitions: z.array(TransitionSchema).default([]),
});

export const LineSchema = z.strictObject({
  id: Id,
  text: Text,
  audio: Id.optional().describe('Audio asset id; default: the generated clip for this line'),
  on: z.enum(['enter', 'reply', 'ignored', 'idle', 'ending']),
  phases: z.array(Id).optional().describe('Phases where this line can be said (default: all)'),
  replyTo: z.array(z.enum(UTTERANCE_TAGS)).optional().describe('For replies: the utterance tags it answers'),
  endings: z.array(Id).optional().describe('For ending lines: which endings'),
  asks: z
    .array(z.enum(ASKS))
    .optional()
    .describe(
      'What this line asks of the trainee (utterance tags that answer it, or space); the next line said is weighed against it',
    ),
});

export const OptionSchema = z.strictObject({
  id: Id,
  text: Text,
  tone: z.enum(TONES),
  tags: z.array(z.enum(UTTERANCE_TAGS)).min(1),
  beta: z.array(z.enum(BETA_DOMAINS)).default([]).describe('Project BETA domains this option practises'),
  phases: z.array(Id).optional().describe('Offered only in these phases (default: all)'),
});

export const EndingSchema = z.strictObject({
  id: Id,
  kind: z.enum(ENDING_KINDS),
  title: Text,
  description: Text,
  on: z
    .enum(['withdraw', 'alarm', 'help', 'timeout'])
    .optional()
    .describe('An act that leads here (otherwise reached by a phase transition)'),
  phases: z.array(Id).optional().describe('For acts: only from these phases'),
  afterS: Seconds.optional().describe('For alarm/help: seconds until help arrives'),
});

export const ProbeSchema = z.strictObject({
  id: Id,
  level: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .describe("Endsley's level: perception, comprehension, projection"),
  question: Text,
  kind: z.enum(PROBE_KINDS),
  hypothetical: z
    .strictObject({
      approachToM: z.number().min(0.2).max(10).optional().describe('Trainee steps to this distance'),
      say: Id.optional().describe('Trainee says this option'),
      horizonS: z.number().min(1).max(60).default(5),
    })
    .optional()
    .describe('For projection probes: the hypothetical input asked of the model'),
  phases: z.array(Id).optional().describe('Ask only when the patient is in these phases'),
});

export const ScenarioSchema = z.strictObject({
  version: z.literal(FORMAT_VERSION).describe('Format version of this file'),
  id: Id,
  title: Text,
  summary: Text,
  service: z.enum(SERVICES),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  durationS: z.number().min(30).max(3600).describe('Time limit; the run times out after this'),
  role: Text.describe("The trainee's role"),
  setting: SettingSchema,
  briefing: BriefingSchema,
  patient: PatientSchema,
  cues: z.array(CueSchema),
  phases: z.array(PhaseSchema).min(3),
  lines: z.array(LineSchema),
  options: z.array(OptionSchema).min(2),
  endings: z.array(EndingSchema).min(2),
  proportionality: z
    .strictObject({
      helpFromCues: z
        .number()
        .int()
        .min(0)
        .max(6)
        .optional()
        .describe('Calling a colleague is proportionate from this many warning signs shown (default 2)'),
      alarmFromCues: z
        .number()
        .int()
        .min(0)
        .max(6)
        .optional()
        .describe('The personal alarm is proportionate from this many warning signs shown (default 3)'),
    })
    .optional()
    .describe(
      'When help and the alarm are proportionate; earlier, a safe ending counts as an escalated response',
    ),
  probes: z.array(ProbeSchema).default([]),
  probeSchedule: z
    .strictObject({
      atS: z.array(Seconds).default([]).describe('Fixed freeze times'),
      random: z.number().int().min(0).max(10).default(0).describe('Extra freezes at seeded random times'),
      questionsPerFreeze: z.number().int().min(1).max(4).default(3),
    })
    .default({ atS: [], random: 0, questionsPerFreeze: 3 }),
  // What a validated file compiles to: the simulation's own types (src/sim/spec.ts), checked here.
}) satisfies z.ZodType<ScenarioSpec, unknown>;

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Ending = z.infer<typeof EndingSchema>;
export type Line = z.infer<typeof LineSchema>;
export type UtteranceOption = z.infer<typeof OptionSchema>;
export type Probe = z.infer<typeof ProbeSchema>;
export type Setting = z.infer<typeof SettingSchema>;
export type Text = z.infer<typeof Text>;
export type Vec2 = [number, number];
