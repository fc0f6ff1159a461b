/**
 * When to freeze and what to ask (SAGAT, domain.md §5): the scenario's fixed times plus seeded random
 * ones, never in the first minute, never within a minute of another freeze; 2-4 questions from the
 * probes that fit the phase at the freeze, spread over Endsley's levels. Deterministic under the seed.
 */
import type { Probe, Scenario } from '../scenario';
import { Rng } from '../sim';
import { SCORING } from './config';

/** Separate random streams, so freezes never disturb the patient's own seeded noise. */
const TIMES_STREAM = 0x5a6a7;
const PICK_STREAM = 0x9e1f3;

export function scheduleFreezes(scenario: Scenario, seed: number): number[] {
  const f = SCORING.freeze;
  const lo = f.notBeforeS;
  const hi = scenario.durationS - f.notInLastS;
  const chosen: number[] = [];
  const fits = (t: number) => t >= lo && t <= hi && chosen.every((c) => Math.abs(c - t) >= f.minGapS);
  for (const t of [...scenario.probeSchedule.atS].sort((a, b) => a - b)) if (fits(t)) chosen.push(t);
  const rng = new Rng((seed ^ TIMES_STREAM) >>> 0);
  for (let i = 0; i < scenario.probeSchedule.random; i++) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const t = Math.round(rng.range(lo, hi) * 10) / 10;
      if (fits(t)) {
        chosen.push(t);
        break;
      }
    }
  }
  return chosen.sort((a, b) => a - b);
}

/** Probes askable in a phase (no `phases` list means every phase). */
export function eligibleProbes(scenario: Scenario, phaseId: string): Probe[] {
  return scenario.probes.filter((p) => !p.phases || p.phases.includes(phaseId));
}

/**
 * The questions of freeze number `index`: questionsPerFreeze clamped to 2-4 (fewer only when fewer
 * probes fit), taken round-robin over the levels so each level is asked when it can be, then shown
 * in level order.
 */
export function pickProbes(scenario: Scenario, phaseId: string, seed: number, index: number): Probe[] {
  const f = SCORING.freeze;
  const pool = eligibleProbes(scenario, phaseId);
  const want = Math.min(
    pool.length,
    Math.max(f.minQuestions, Math.min(f.maxQuestions, scenario.probeSchedule.questionsPerFreeze)),
  );
  const rng = new Rng((seed ^ PICK_STREAM ^ Math.imul(index + 1, 0x2c1b3c6d)) >>> 0);
  const byLevel = [1, 2, 3].map((l) =>
    shuffle(
      pool.filter((p) => p.level === l),
      rng,
    ),
  );
  const picked: Probe[] = [];
  for (let round = 0; picked.length < want; round++) {
    for (const group of byLevel) {
      const p = group[round];
      if (p && picked.length < want) picked.push(p);
    }
  }
  return picked.sort((a, b) => a.level - b.level);
}

export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
