/**
 * What the simulation reads of a scenario: plain data types, owned here so the core imports nothing
 * of ours. `src/scenario` validates a file with its zod schema, whose output is checked (by the
 * compiler, `satisfies`) to be these types; a scenario loaded there is passed straight in.
 */
import type { PersonaRanges } from './persona';
import type {
  Act,
  Ask,
  BetaDomain,
  CueBehaviour,
  CyclePhase,
  EndingKind,
  HallZone,
  HandPose,
  Pose,
  Stance,
  Tone,
  UtteranceTag,
} from './vocabulary';

/** Bilingual text: Norwegian bokmål and English. */
export interface Text {
  nb: string;
  en: string;
}
/** [x, z] on the floor in metres, origin at the room's centre. */
export type Point = [number, number];

/** A condition of the named vocabulary (docs/model.md). Several keys must all hold (AND). */
export interface Condition {
  distanceBelow?: number;
  distanceAbove?: number;
  zone?: HallZone | HallZone[];
  closingSpeedAbove?: number;
  closingSpeedBelow?: number;
  headHeightAbove?: number;
  headHeightBelow?: number;
  stance?: Stance;
  hands?: HandPose | HandPose[];
  gazeOn?: string;
  staringAboveS?: number;
  blockingExit?: boolean;
  ownExitClear?: boolean;
  tone?: Tone | Tone[];
  toneAtLeast?: Tone;
  utteranceTag?: UtteranceTag | UtteranceTag[];
  act?: Act | Act[];
  saidBefore?: UtteranceTag | UtteranceTag[];
  ignoredForAboveS?: number;
  timeInPhaseAboveS?: number;
  elapsedAboveS?: number;
  phase?: string | string[];
  arousalAbove?: number;
  arousalBelow?: number;
  alarmRaised?: boolean;
  helpCalled?: boolean;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

/** A trigger or calming rule: a rate while the condition holds, or an impulse when it becomes true. */
export interface Rule {
  id: string;
  label?: Text;
  when: Condition;
  rate?: number;
  impulse?: number;
  cooldownS?: number;
}

export interface ExitSpec {
  id: string;
  label: Text;
  position: Point;
  width: number;
  kind: 'door' | 'corridor' | 'emergencyExit';
}

export interface Placement {
  position: Point;
  facingDeg: number;
}

/** The room as the simulation needs it: its size, exits and where the two people start. */
export interface SettingSpec {
  width: number;
  depth: number;
  exits: ExitSpec[];
  patientStart: Placement;
  traineeStart: Placement;
}

/** The persona's arousal dynamics (domain.md §1). */
export interface PatientSpec {
  baselineArousal: number;
  initialArousal: number;
  exhaustedArousal: number;
  halfLifeS: number;
  residueGain: number;
  noise: number;
  ignoredAfterS: number;
  sensitivities: { triggers: Rule[]; calming: Rule[] };
  /** How much what is said must answer what he just said (the engine's defaults: RELEVANCE). */
  relevance?: Partial<Relevance>;
  /** "Surprise me": the ranges each run's variant of this persona is drawn from (persona.ts). */
  vary?: PersonaRanges;
  /** How slowly he comes down after a crisis (the engine's defaults: see model.ts recoveryOf). */
  recovery?: Partial<Recovery>;
}

/**
 * After a crisis (domain.md §1, the assault cycle's recovery phase): arousal stays high for a long
 * time, and a new trigger in that window escalates him again more easily.
 */
export interface Recovery {
  /** After a crisis is left, arousal cannot fall faster than this half-life (s) from where it stood. */
  halfLifeS: number;
  /** In a recovery-cycle phase each trigger works (1 + triggerGain) times. */
  triggerGain: number;
}

/** Relevance and repetition (issue 21; design, after domain.md §1-§2). */
export interface Relevance {
  /** Calming effect of a line that ignores what his last line asked for (× the effect). */
  ignoredAskFactor: number;
  /** Irritation when a line ignores what he asked for (impulse, amplified like a trigger). */
  ignoredAskImpulse: number;
  /** Each earlier line of the same kind (its least-used tag) multiplies the calming by this. */
  repeatFactor: number;
  /** Each ask passed over before adds this share again to the next irritation (feeling unheard builds up). */
  passedOverGrowth: number;
}

/** When calling for help or raising the alarm is proportionate (warning signs present). */
export interface Proportionality {
  /** Calling a colleague is proportionate from this many Brøset behaviours shown. */
  helpFromCues: number;
  /** The personal alarm is proportionate from this many. */
  alarmFromCues: number;
}

export interface CueSpec {
  id: string;
  behaviour: CueBehaviour;
  description: Text;
}

export interface Transition {
  to: string;
  when: Condition;
  forS?: number;
}

export interface Phase {
  id: string;
  cycle: CyclePhase;
  label: Text;
  pose: Pose;
  cues: string[];
  holds?: string;
  calmingEffect: number;
  transitions: Transition[];
}

export interface Line {
  id: string;
  text: Text;
  audio?: string;
  on: 'enter' | 'reply' | 'ignored' | 'idle' | 'ending';
  phases?: string[];
  replyTo?: UtteranceTag[];
  endings?: string[];
  /** What this line asks of the trainee; the next utterance is weighed against it. */
  asks?: Ask[];
}

export interface UtteranceOption {
  id: string;
  text: Text;
  tone: Tone;
  tags: UtteranceTag[];
  beta: BetaDomain[];
  phases?: string[];
}

export interface Ending {
  id: string;
  kind: EndingKind;
  title: Text;
  description: Text;
  on?: 'withdraw' | 'alarm' | 'help' | 'timeout';
  phases?: string[];
  afterS?: number;
}

/** A scenario as the simulation reads it. */
export interface ScenarioSpec {
  id: string;
  durationS: number;
  setting: SettingSpec;
  patient: PatientSpec;
  cues: CueSpec[];
  phases: Phase[];
  lines: Line[];
  options: UtteranceOption[];
  endings: Ending[];
  /** When help and the alarm are proportionate (the engine's defaults: PROPORTIONALITY). */
  proportionality?: Partial<Proportionality>;
}
