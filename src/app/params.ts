/**
 * A vote session's code, as src/live/messages.ts's CODE (App.test checks they agree): kept here so
 * the start-up chunk, which reads the query string, does not pull in the live link and its zod.
 */
export const JOIN_CODE = /^[A-HJ-NP-Z2-9]{4}$/;

/** Query-string test hooks: ?seed=N, ?fixedTime=1 (fixed 1/60 s steps), ?speed=N (N ticks a frame). */
export interface RunParams {
  seed: number | null;
  fixedTime: boolean;
  speed: number;
  /** ?debug=1: window.rolig = { sim, input } for diagnosis. */
  debug: boolean;
  /** ?scenario=<id> opens that scenario's briefing (a link an instructor can share); &enter=1 starts the run. */
  scenario: string | null;
  enter: boolean;
  /** ?surprise=1: the run meets a persona variant drawn from the scenario's ranges ("Surprise me"). */
  surprise?: boolean;
  /** ?join=CODE: a phone joining a group walkthrough's vote. */
  join?: string;
  /** ?presenter=1: the group walkthrough on a projector (decision points, forks), no freezes, nothing stored. */
  presenter?: boolean;
  /** ?inspector=1 opens the scenario inspector (with ?scenario=<id>: that scenario in it). */
  inspector?: boolean;
}

/** A scenario id as a link may carry it (also tested by index.html's deep-link preload, scripts/deepLinkPreload.ts). */
export const SCENARIO_ID = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;

export function readRunParams(search: string = globalThis.location?.search ?? ''): RunParams {
  const q = new URLSearchParams(search);
  const seedRaw = q.get('seed');
  const seed = seedRaw !== null && /^\d{1,9}$/.test(seedRaw) ? Number(seedRaw) : null;
  const speedRaw = Number(q.get('speed') ?? '1');
  const speed = Number.isInteger(speedRaw) && speedRaw >= 1 && speedRaw <= 20 ? speedRaw : 1;
  const scenario = q.get('scenario');
  return {
    seed,
    fixedTime: q.get('fixedTime') === '1',
    speed,
    debug: q.get('debug') === '1',
    scenario: scenario !== null && SCENARIO_ID.test(scenario) ? scenario : null,
    enter: q.get('enter') === '1',
    ...(q.get('inspector') === '1' ? { inspector: true } : {}),
    ...(q.get('surprise') === '1' ? { surprise: true } : {}),
    ...(q.get('presenter') === '1' ? { presenter: true } : {}),
    ...(JOIN_CODE.test(q.get('join') ?? '') ? { join: q.get('join')! } : {}),
  };
}

/** The seed for a run: the ?seed= hook, or a fresh random one (recorded in the run log by the sim). */
export function runSeed(params: RunParams): number {
  return params.seed ?? Math.floor(Math.random() * 2 ** 31);
}
