/**
 * The fixed vocabulary that scenario files may use. Scenario files only name these; the behaviour
 * behind every name is implemented in code (design.md §3). Sources in ../../docs/model.md.
 */

/** Kaplan & Wheeler's assault cycle (domain.md §1). Each scenario phase belongs to one of these. */
export const CYCLE_PHASES = ['baseline', 'escalation', 'crisis', 'recovery', 'postCrisis'] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

/** The six observable behaviours of the Brøset Violence Checklist (domain.md §4). */
export const CUE_BEHAVIOURS = [
  'confused',
  'irritable',
  'boisterous',
  'verbalThreats',
  'physicalThreats',
  'attackingObjects',
] as const;
export type CueBehaviour = (typeof CUE_BEHAVIOURS)[number];

/** What the trainee's hands are doing (domain.md §2: hands visible and open, no crossed arms). */
export const HAND_POSES = ['open', 'hidden', 'crossed', 'raised', 'pointing'] as const;
export type HandPose = (typeof HAND_POSES)[number];

/** Standing square-on reads as confrontation; angled as non-threatening (BETA domain 2). */
export const STANCES = ['angled', 'square'] as const;
export type Stance = (typeof STANCES)[number];

/** Delivery of an utterance, from calm to shouting. Voice input maps onto calm/raised/shouting. */
export const TONES = ['calm', 'neutral', 'firm', 'raised', 'commanding', 'shouting'] as const;
export type Tone = (typeof TONES)[number];
/**
 * How a trainee without a microphone chooses to say a line (the delivery control, issue 20): the
 * words are one decision, the delivery another. Voice input, when on, measures it instead.
 */
export const DELIVERIES = ['calm', 'firm', 'raised'] as const satisfies readonly Tone[];
export type Delivery = (typeof DELIVERIES)[number];
/** Tones ordered by loudness/force, used to combine a chosen option with measured voice tone. */
export const TONE_FORCE: Record<Tone, number> = {
  calm: 0,
  neutral: 1,
  firm: 2,
  raised: 3,
  commanding: 4,
  shouting: 5,
};

/** What an utterance does, so conditions can react to it without parsing text. */
export const UTTERANCE_TAGS = [
  'introduce',
  'acknowledge',
  'question',
  'listen',
  'choice',
  'agree',
  'limit',
  'refuse',
  'inform',
  'apologize',
  'reassure',
  'command',
  'threat',
  'dismiss',
] as const;
export type UtteranceTag = (typeof UTTERANCE_TAGS)[number];

/** Project BETA's ten domains of verbal de-escalation (Richmond et al. 2012; domain.md §2). */
export const BETA_DOMAINS = [
  'respectSpace',
  'dontProvoke',
  'verbalContact',
  'concise',
  'identifyWants',
  'listen',
  'agree',
  'limits',
  'choices',
  'debrief',
] as const;
export type BetaDomain = (typeof BETA_DOMAINS)[number];

/** Hall's proxemic zones (domain.md §3). */
export const HALL_ZONES = ['intimate', 'personal', 'social', 'public'] as const;
export type HallZone = (typeof HALL_ZONES)[number];
/** Upper bounds in metres of intimate, personal and social distance (Hall 1966). */
export const HALL_ZONE_LIMITS = { intimate: 0.45, personal: 1.2, social: 3.6 } as const;

/** Discrete trainee acts besides speaking. */
export const ACTS = ['say', 'alarm', 'help', 'withdraw', 'ignored'] as const;
export type Act = (typeof ACTS)[number];

/** What the patient's body does in a phase; the scene maps each to a pose and motion. */
export const POSES = [
  'sitting',
  'standing',
  'pacing',
  'turnedAway',
  'armsCrossed',
  'fistsClenched',
  'pointing',
  'advancing',
  'strikingObject',
  'slumped',
] as const;
export type Pose = (typeof POSES)[number];

/** How an ending is judged; withdrawing or raising the alarm in a crisis is correct, not failure. */
export const ENDING_KINDS = ['good', 'safe', 'bad', 'neutral'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];
/**
 * How a run's outcome is judged: an authored ending's kind, or `disproportionate` when help or the
 * alarm brought a safe ending before the situation warranted it ("safe, but escalated the
 * response": set by the engine, never written in a scenario; domain.md §1, §4), or `afterCrisis`
 * when a good ending came only after a crisis phase (calm again, but the crisis happened).
 */
export const OUTCOME_KINDS = [...ENDING_KINDS, 'disproportionate', 'afterCrisis'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/**
 * What a patient's line asks of the trainee: an utterance tag that answers it, or `space`, which
 * no words answer (domain.md §1: being heard, given information, choices and space calms).
 */
export const ASKS = [...UTTERANCE_TAGS, 'space'] as const;
export type Ask = (typeof ASKS)[number];

/** V-RISK-10 history items: briefing only, never animated (domain.md §4). */
export const VRISK_ITEMS = [
  'previousViolence',
  'threats',
  'substanceAbuse',
  'majorMentalIllness',
  'personalityDisorder',
  'lackOfInsight',
  'suspicion',
  'lackOfEmpathy',
  'unrealisticPlans',
  'futureStress',
] as const;
export type VRiskItem = (typeof VRISK_ITEMS)[number];

export const SERVICES = [
  'intro',
  'emergencyDepartment',
  'psychiatricWard',
  'ambulance',
  'nursingHome',
  'outOfHours',
] as const;

/** How a probe's true answer is read from the simulation at a freeze (Endsley's levels). */
export const PROBE_KINDS = [
  'cuesPresent', // L1: which warning signs are present now
  'nearestExit', // L1: which exit is nearest to the trainee
  'patientHolds', // L1: what the patient holds (an object id or nothing)
  'phase', // L2: current phase of the assault cycle
  'riskBand', // L2: low / moderate / high from the number of cues (BVC-style counting)
  'projection', // L3: what happens next under a hypothetical input, asked of the machine itself
] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
export const RISK_BANDS = ['low', 'moderate', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];
export const PROJECTION_ANSWERS = ['calmer', 'same', 'escalates'] as const;
export type ProjectionAnswer = (typeof PROJECTION_ANSWERS)[number];
