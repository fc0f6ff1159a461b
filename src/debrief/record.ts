/**
 * The learning-debrief record, format version 1 (domain.md §6). This zod schema is the single source
 * of the TypeScript type and of public/debrief.schema.json (scripts/writeDebriefSchema.ts). Everything
 * a trainer reads afterwards is here; the full input log is kept beside it in storage for replay.
 */
import './zodConfig';
import { z } from 'zod';
import { BETA_DOMAINS, CUE_BEHAVIOURS, CYCLE_PHASES, OUTCOME_KINDS, PROBE_KINDS } from '../sim';
import { DEBRIEF_VERSION, TIMELINE_KINDS, WELLBEING_PRINCIPLES } from './constants';

export { DEBRIEF_VERSION, TIMELINE_KINDS, WELLBEING_PRINCIPLES };

const Text = z.strictObject({ nb: z.string().max(4000), en: z.string().max(4000) });
const Seconds = z.number().min(0).max(36000);
const Pct = z.number().min(0).max(100);
const Share = z.number().min(0).max(1);
const Answer = z.union([z.string().max(200), z.array(z.string().max(200)).max(20)]);
const Id = z.string().min(1).max(80);

const LevelScore = z.strictObject({
  asked: z.number().int().min(0),
  correct: z.number().int().min(0),
  percent: Pct.nullable(),
});

const Evidence = z.strictObject({
  t: Seconds,
  kind: z.enum(['said', 'provocation', 'tooClose', 'handsOpen', 'angled']),
  optionId: Id.optional(),
  label: Text.optional(),
  tone: z.string().max(20).optional(),
  toT: Seconds.optional(),
  value: z.number().min(0).max(100).optional(),
  safeDistance: z.number().min(0).max(100).optional(),
});

/** A persona variant as drawn ("Surprise me": sim/persona.ts PersonaDraw). */
export const PersonaDrawSchema = z.strictObject({
  baselineArousal: z.number().min(0).max(1).optional(),
  initialArousal: z.number().min(0).max(1).optional(),
  halfLifeS: z.number().min(0).max(3600).optional(),
  residueGain: z.number().min(0).max(5).optional(),
  helpAfterS: z.number().min(0).max(3600).optional(),
  weights: z.record(Id, z.number().min(0).max(5)),
});

export const DebriefRecordSchema = z
  .strictObject({
    format: z.literal('rolig-debrief'),
    version: z.literal(DEBRIEF_VERSION),
    id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    scenario: z.strictObject({ id: Id, version: z.number().int().min(1), title: Text, role: Text }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32),
    pseudonym: z.string().min(1).max(60),
    /** A random id of the device the run was made on (the xAPI account with the pseudonym); no person. */
    device: z
      .string()
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      .optional(),
    startedAt: z.iso.datetime(),
    durationS: Seconds,
    outcome: z
      .strictObject({
        id: Id,
        kind: z.enum(OUTCOME_KINDS),
        title: Text,
        /** The first call for help or alarm: the warning signs shown then and the scenario's threshold. */
        response: z
          .strictObject({
            act: z.enum(['alarm', 'help']),
            t: Seconds,
            cues: z.number().int().min(0).max(6),
            from: z.number().int().min(0).max(6),
            proportionate: z.boolean(),
          })
          .optional(),
      })
      .nullable(),
    /** "Surprise me": the variant of the persona this run met (sim/persona.ts), absent for the scenario's own. */
    persona: PersonaDrawSchema.optional(),
    /** A crisis or an assault happened: the wellbeing check-in is offered. */
    intense: z.boolean(),
    timeline: z
      .array(
        z.strictObject({
          t: Seconds,
          kind: z.enum(TIMELINE_KINDS),
          ref: z.string().max(80).optional(),
          on: z.boolean().optional(),
          label: Text.optional(),
        }),
      )
      .max(5000),
    /** [t, arousal] pairs, 0.5 s apart. */
    arousal: z.array(z.tuple([Seconds, Share])).max(20000),
    /** [t, distance, safe distance] triples (m). */
    distance: z.array(z.tuple([Seconds, z.number().min(0).max(200), z.number().min(0).max(20)])).max(20000),
    /** [t, x, z] of trainee and patient, 0.5 s apart, for the top-down replay. */
    positions: z
      .array(z.tuple([Seconds, z.number(), z.number(), z.number(), z.number()]))
      .max(20000)
      .default([]),
    phases: z
      .array(
        z.strictObject({ from: Seconds, to: Seconds, phaseId: Id, cycle: z.enum(CYCLE_PHASES), label: Text }),
      )
      .max(2000),
    cues: z
      .array(
        z.strictObject({
          behaviour: z.enum(CUE_BEHAVIOURS),
          shownAt: Seconds,
          noticedAt: Seconds.nullable(),
          latencyS: Seconds.nullable(),
        }),
      )
      .max(6),
    probes: z
      .array(
        z.strictObject({
          freeze: z.number().int().min(0),
          t: Seconds,
          probeId: Id,
          level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
          kind: z.enum(PROBE_KINDS),
          question: Text,
          truth: Answer,
          answer: Answer.nullable(),
          correct: z.boolean(),
          /** The answers offered, as shown (scenario text for exits and objects; vocabulary ids else). */
          choices: z
            .array(z.strictObject({ value: z.string().max(200), label: Text.optional() }))
            .max(40)
            .optional(),
        }),
      )
      .max(200),
    sa: z.strictObject({
      total: Pct.nullable(),
      /** What the score rests on (absent in records from before it was kept). */
      evidence: z
        .strictObject({
          probes: z.number().int().min(0),
          observedS: Seconds,
          notScored: z.enum(['noProbesShortRun']).nullable(),
        })
        .optional(),
      weights: z.strictObject({ probes: Share, process: Share }),
      probes: z.strictObject({
        asked: z.number().int().min(0),
        correct: z.number().int().min(0),
        percent: Pct.nullable(),
        byLevel: z.strictObject({ 1: LevelScore, 2: LevelScore, 3: LevelScore }),
      }),
      process: z.strictObject({
        score: Pct,
        indicators: z.strictObject({
          cuesNoticed: Share.nullable(),
          exitsChecked: Share.nullable(),
          safeDistance: Share.nullable(),
          exitNotBlocked: Share.nullable(),
          ownExitClear: Share.nullable(),
          /** Absent in records from before it was kept. */
          inContact: Share.nullable().optional(),
          crisisResponse: Share.nullable().optional(),
        }),
      }),
    }),
    technique: z
      .array(
        z.strictObject({
          domain: z.enum(BETA_DOMAINS),
          status: z.enum(['met', 'partly', 'notYet', 'na']),
          score: Share.nullable(),
          evidence: z.array(Evidence).max(200),
        }),
      )
      .length(10),
    metrics: z.strictObject({
      tooCloseS: Seconds,
      blockingS: Seconds,
      ownExitClearS: Seconds,
      minDistance: z.number().min(0).max(200).nullable(),
      exits: z.array(z.strictObject({ id: Id, firstCheckedAt: Seconds.nullable() })).max(20),
    }),
    /** Learning from what went well comes first (domain.md §6, Learning from Excellence). */
    wentWell: z.array(Text).min(1).max(3),
    /** 1-3 things to try next, phrased as advocacy-inquiry (an observation and a genuine question). */
    tryNext: z.array(Text).min(1).max(3),
    /** PEARLS prompts, written by the trainee. */
    reflection: z.strictObject({
      reactions: z.string().max(5000),
      whatHappened: z.string().max(5000),
      keep: z.string().max(5000),
      change: z.string().max(5000),
    }),
    instructorComments: z.string().max(10000),
    /** Five principles (Hobfoll et al. 2007), 1-5 each; never scored, never part of the SA or checklist. */
    wellbeing: z.strictObject({
      offered: z.boolean(),
      answers: z.partialRecord(z.enum(WELLBEING_PRINCIPLES), z.number().int().min(1).max(5)),
      wantsPause: z.boolean(),
    }),
    confidentiality: Text,
  })
  .describe('Rolig learning-debrief record');

export type DebriefRecord = z.infer<typeof DebriefRecordSchema>;
export type WellbeingPrinciple = (typeof WELLBEING_PRINCIPLES)[number];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export function debriefJsonSchema(): object {
  return z.toJSONSchema(DebriefRecordSchema, { io: 'input' });
}
