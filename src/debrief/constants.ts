/**
 * The debrief record's version and enumerations, apart from its zod schema (record.ts): building a
 * record at the end of a run needs these, not zod, so zod stays out of the run's chunks (issue #3).
 */
export const DEBRIEF_VERSION = 1;

export const TIMELINE_KINDS = [
  'say',
  /** The instructor steered the run (issue 19): a line of his said for him, or his arousal moved. */
  'instructor',
  'alarm',
  'help',
  'withdraw',
  'phase',
  'cue',
  'freeze',
  'ending',
] as const;

export const WELLBEING_PRINCIPLES = ['safety', 'calm', 'selfEfficacy', 'support', 'hope'] as const;
