/**
 * Every number the scoring applies, in one place. Values marked (design) are Rolig's choices, not
 * published values (domain.md preamble); docs/scoring.md explains each and cites its source.
 */
import type { CyclePhase } from '../sim';

export const SCORING = {
  /**
   * Safe distance to the patient for the current phase of the assault cycle (m, design after
   * domain.md §3: two arm lengths at baseline, about 2 m when agitated, 3-4 m in a crisis).
   */
  safeDistanceM: {
    baseline: 1.5,
    escalation: 2,
    crisis: 3.5,
    recovery: 2,
    postCrisis: 1.5,
  } satisfies Record<CyclePhase, number>,
  /**
   * Farther than this from the patient outside a crisis, the trainee is not in contact with him
   * (m; Hall's public zone begins at 3.6 m, domain.md §3). Keeping safe only counts while in
   * contact: standing across the room keeps every distance and exit rule without doing the work.
   */
  contactMaxM: 3.6,
  /** The first seconds of a run count as in contact: walking in from the door to him (design: 10 s). */
  contactGraceS: 10,
  /**
   * In a crisis the right move is to act on the danger: alarm, help or leaving (domain.md §1, §4:
   * withdrawing or raising the alarm in a crisis is correct). Acting within this many seconds of
   * its onset counts fully (design)...
   */
  crisisResponseFullS: 15,
  /** ...and not at all after this many, or never (linear in between; design). */
  crisisResponseZeroS: 60,
  /** A cue looked at within this many seconds of appearing counts fully (design). */
  noticeFullS: 3,
  /** ...and not at all after this many seconds, or never (linear in between; design). */
  noticeZeroS: 30,
  /** Gaze targets that show attention to the patient's body cues. */
  patientGazeTargets: ['patient.face', 'patient.hands'] as readonly string[],
  /**
   * With no probe answered, behaviour observed for less than this many seconds is not enough to
   * score (design: two minutes, twice the no-freeze first minute of domain.md §5).
   */
  minObservedS: 120,
  /** SA = probes × w + process × (1 − w) (domain.md §5, design). */
  probeWeight: 0.6,
  /** Projection: arousal difference that counts as calmer / escalates (design). */
  projectionEpsilon: 0.02,
  /** Projection: a deliberate walking pace for "step closer" (m/s, design; below fast-approach). */
  approachSpeedMps: 0.7,
  /** Projection: ticks per simulated second when asking the machine (design). */
  projectionHz: 30,
  /** SAGAT freezes (domain.md §5, design after Endsley's practice). */
  freeze: {
    /** No freeze in the first minute. */
    notBeforeS: 60,
    /** Nor twice within a minute. */
    minGapS: 60,
    /** Nor in the last seconds of the time limit. */
    notInLastS: 30,
    minQuestions: 2,
    maxQuestions: 4,
  },
  /** Technique checklist thresholds on a 0-1 item score (design). */
  checklist: { met: 0.85, partly: 0.5 },
  /** Introducing yourself counts as early within this many seconds of the first utterance (design). */
  verbalContactEarlyS: 30,
} as const;

export function safeDistance(cycle: CyclePhase): number {
  return SCORING.safeDistanceM[cycle];
}

/** Brøset-style counting of present behaviours into a band (domain.md §4: 0 low, 1-2 moderate, 3+ high). */
export function riskBandOf(cueCount: number): 'low' | 'moderate' | 'high' {
  return cueCount === 0 ? 'low' : cueCount <= 2 ? 'moderate' : 'high';
}
