/**
 * Process indicators of situational awareness from the re-simulated run (domain.md §5): how soon
 * each warning sign was looked at, which exits were checked, time too close for the current phase,
 * time standing in the patient's way out, and time with the trainee's own way out clear. Gaze shows
 * attention, not understanding: these form their own sub-score beside the probes.
 */
import { CUE_BEHAVIOURS, type CueBehaviour } from '../sim';
import { SCORING } from './config';
import type { TickSample, Trace } from './trace';

export interface CueNotice {
  behaviour: CueBehaviour;
  /** First time the sign was shown (s). */
  shownAt: number;
  /** First time the trainee looked at the patient while it was shown, or null (missed). */
  noticedAt: number | null;
  /** noticedAt − shownAt, or null. */
  latencyS: number | null;
  /** 1 within noticeFullS, 0 after noticeZeroS or never, linear between. */
  score: number;
}

export interface Episode {
  from: number;
  to: number;
  /** Closest distance in the episode (m), for too-close episodes. */
  minDistance?: number;
  /** Safe distance that applied (m). */
  safeDistance?: number;
}

export interface ProcessIndicators {
  cues: CueNotice[];
  exits: { id: string; firstCheckedAt: number | null }[];
  tooCloseS: number;
  tooCloseEpisodes: Episode[];
  blockingS: number;
  blockingEpisodes: Episode[];
  ownExitClearS: number;
  /** When the first crisis began (s), or null. */
  crisisOnset: number | null;
  durationS: number;
  /** Each indicator 0-1 (null when it does not apply, e.g. no sign was ever shown). */
  scores: {
    cuesNoticed: number | null;
    exitsChecked: number | null;
    safeDistance: number | null;
    exitNotBlocked: number | null;
    ownExitClear: number | null;
    /**
     * Share of the run in contact with the patient: within contactMaxM of him, or in a crisis at any
     * distance (giving him room then is right).
     */
    inContact: number | null;
    /**
     * In a crisis, how soon the trainee acted on the danger (raised the alarm, called for help, or
     * left): 1 within crisisResponseFullS of its onset (or before it), 0 after crisisResponseZeroS
     * or never; null when there was no crisis.
     */
    crisisResponse: number | null;
  };
  /** Mean of the indicator scores that apply, 0-100. */
  score: number;
}

export type IndicatorId = keyof ProcessIndicators['scores'];
export const INDICATORS: readonly IndicatorId[] = [
  'cuesNoticed',
  'exitsChecked',
  'safeDistance',
  'exitNotBlocked',
  'ownExitClear',
  'inContact',
  'crisisResponse',
];

export function noticeScore(latencyS: number | null): number {
  if (latencyS === null) return 0;
  const { noticeFullS: full, noticeZeroS: zero } = SCORING;
  if (latencyS <= full) return 1;
  if (latencyS >= zero) return 0;
  return (zero - latencyS) / (zero - full);
}

/** Merges consecutive ticks where `pred` holds into episodes. */
function episodes(ticks: readonly TickSample[], pred: (s: TickSample) => boolean, near = false): Episode[] {
  const out: Episode[] = [];
  let cur: Episode | null = null;
  for (const s of ticks) {
    if (!pred(s)) {
      cur = null;
      continue;
    }
    if (!cur) {
      cur = { from: s.t - s.dt, to: s.t };
      if (near) Object.assign(cur, { minDistance: s.distance, safeDistance: s.safeDistance });
      out.push(cur);
    }
    cur.to = s.t;
    if (near) {
      cur.minDistance = Math.min(cur.minDistance!, s.distance);
      cur.safeDistance = Math.max(cur.safeDistance!, s.safeDistance);
    }
  }
  return out;
}

/** When the first crisis began, and how many seconds after it the trainee acted on it (null: never). */
export function crisisResponse(
  trace: Trace,
): { onset: number; latencyS: number | null; score: number } | null {
  const first = trace.ticks.find((s) => s.cycle === 'crisis');
  if (!first) return null;
  const onset = first.t - first.dt;
  const c = trace.sim.context;
  const ending = trace.sim.outcome && trace.sim.scenario.endings.find((e) => e.id === trace.sim.outcome?.id);
  const acts = [c.alarmRaisedAt, c.helpCalledAt, ending?.on === 'withdraw' ? trace.durationS : null].filter(
    (x): x is number => x !== null,
  );
  const at = acts.length ? Math.min(...acts) : null;
  const latencyS = at === null ? null : Math.max(0, at - onset);
  const { crisisResponseFullS: full, crisisResponseZeroS: zero } = SCORING;
  const score =
    latencyS === null ? 0 : latencyS <= full ? 1 : latencyS >= zero ? 0 : (zero - latencyS) / (zero - full);
  return { onset, latencyS, score };
}

export function processIndicators(trace: Trace): ProcessIndicators {
  const { ticks, sim } = trace;
  const exitIds = sim.scenario.setting.exits.map((e) => e.id);
  const shown = new Map<CueBehaviour, number>();
  const noticed = new Map<CueBehaviour, number>();
  const checked = new Map<string, number>();
  let tooCloseS = 0;
  let blockingS = 0;
  let clearS = 0;
  let total = 0;
  let contactS = 0;
  for (const s of ticks) {
    total += s.dt;
    // Outside contact, keeping one's distance and the exits clear proves nothing: only the time in
    // contact counts for the distance and exit indicators.
    // In a crisis, room is what he needs: any distance counts.
    const inContact =
      s.cycle === 'crisis' || s.distance <= SCORING.contactMaxM || s.t <= SCORING.contactGraceS;
    if (inContact) contactS += s.dt;
    const onPatient = s.gaze !== null && SCORING.patientGazeTargets.includes(s.gaze);
    CUE_BEHAVIOURS.forEach((c, i) => {
      if ((s.cues & (1 << i)) === 0) return;
      const from = s.t - s.dt;
      if (!shown.has(c)) shown.set(c, from);
      if (onPatient && !noticed.has(c)) noticed.set(c, from);
    });
    if (s.gaze !== null && exitIds.includes(s.gaze) && !checked.has(s.gaze)) checked.set(s.gaze, s.t - s.dt);
    if (s.distance < s.safeDistance) tooCloseS += s.dt;
    if (s.blockingExit) blockingS += s.dt;
    if (inContact && s.ownExitClear) clearS += s.dt;
  }
  const cues: CueNotice[] = [...shown].map(([behaviour, shownAt]) => {
    const at = noticed.get(behaviour) ?? null;
    const latencyS = at === null ? null : at - shownAt;
    return { behaviour, shownAt, noticedAt: at, latencyS, score: noticeScore(latencyS) };
  });
  const exits = exitIds.map((id) => ({ id, firstCheckedAt: checked.get(id) ?? null }));
  // Keeping safe counts only while in contact (time at a safe distance in contact, time in contact
  // with one's own way out clear); standing in his way out counts against, wherever it happens.
  const share = (x: number) => (total > 0 ? x / total : 0);
  const response = crisisResponse(trace);
  const scores: ProcessIndicators['scores'] = {
    cuesNoticed: cues.length ? mean(cues.map((c) => c.score)) : null,
    exitsChecked: exits.length ? exits.filter((e) => e.firstCheckedAt !== null).length / exits.length : null,
    safeDistance: total > 0 ? share(contactS - tooCloseS) : null,
    exitNotBlocked: total > 0 ? 1 - share(blockingS) : null,
    ownExitClear: total > 0 ? share(clearS) : null,
    inContact: total > 0 ? share(contactS) : null,
    crisisResponse: response === null ? null : response.score,
  };
  const applicable = INDICATORS.map((k) => scores[k]).filter((x): x is number => x !== null);
  return {
    cues,
    exits,
    tooCloseS,
    tooCloseEpisodes: episodes(ticks, (s) => s.distance < s.safeDistance, true),
    blockingS,
    blockingEpisodes: episodes(ticks, (s) => s.blockingExit),
    ownExitClearS: clearS,
    crisisOnset: response?.onset ?? null,
    durationS: total,
    scores,
    score: applicable.length ? 100 * mean(applicable) : 0,
  };
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
