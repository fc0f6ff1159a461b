/**
 * The situational-awareness score (domain.md §5, design): SA = 0.6 × probes + 0.4 × process, each
 * 0-100, with the per-level and per-indicator breakdowns always reported beside the total. With no
 * probe answered and too little observed there is no total: "not enough to score" (issue 21).
 */
import type { ProbeAnswer } from './answers';
import { SCORING } from './config';
import type { ProcessIndicators } from './process';
import type { ProbeTruth } from './truth';

export interface ProbeResult {
  /** Which freeze (0-based) and when (sim s). */
  freeze: number;
  t: number;
  probeId: string;
  level: 1 | 2 | 3;
  truth: ProbeTruth;
  answer: ProbeAnswer | null;
  correct: boolean;
}

export interface LevelScore {
  asked: number;
  correct: number;
  /** Percent correct, or null when nothing at this level was asked. */
  percent: number | null;
}

/** How much a score rests on: questions answered and seconds of behaviour observed. */
export interface SaEvidence {
  probes: number;
  observedS: number;
  /** Why there is no total: no question answered and too short a run to judge by behaviour alone. */
  notScored: 'noProbesShortRun' | null;
}

export interface SaScore {
  /**
   * 0-100, or null when there is not enough to score (no probe answered and less than
   * SCORING.minObservedS observed). Process only when no probe was asked but the run was long enough.
   */
  total: number | null;
  evidence: SaEvidence;
  probes: { asked: number; correct: number; percent: number | null; byLevel: Record<1 | 2 | 3, LevelScore> };
  process: ProcessIndicators;
  weights: { probes: number; process: number };
}

const level = (rs: readonly ProbeResult[]): LevelScore => {
  const correct = rs.filter((r) => r.correct).length;
  return { asked: rs.length, correct, percent: rs.length ? (100 * correct) / rs.length : null };
};

export function saScore(results: readonly ProbeResult[], process: ProcessIndicators): SaScore {
  const all = level(results);
  const byLevel = {
    1: level(results.filter((r) => r.level === 1)),
    2: level(results.filter((r) => r.level === 2)),
    3: level(results.filter((r) => r.level === 3)),
  };
  const w = all.percent === null ? 0 : SCORING.probeWeight;
  const short = all.asked === 0 && process.durationS < SCORING.minObservedS;
  return {
    total: short ? null : w * (all.percent ?? 0) + (1 - w) * process.score,
    evidence: {
      probes: all.asked,
      observedS: Math.round(process.durationS * 10) / 10,
      notScored: short ? 'noProbesShortRun' : null,
    },
    probes: { ...all, byLevel },
    process,
    weights: { probes: w, process: 1 - w },
  };
}
