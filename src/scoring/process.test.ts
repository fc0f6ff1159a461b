import { describe, expect, it } from 'vitest';
import { runScripted, Simulation } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { SCORING } from './config';
import { crisisResponse, noticeScore, processIndicators } from './process';
import { holdLog } from './testLogs';
import { traceRun } from './trace';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
// A calmer start, so the patient stays seated at (-1.6, -2.4) in `waiting` (baseline, cue: irritable)
// for the whole hand-built log; his nearest exit is main-exit (-4, 0.6).
const calm = { ...scenario, patient: { ...scenario.patient, initialArousal: 0.35 } };

describe('process indicators on hand-built logs', () => {
  const log = holdLog([
    { at: [-1.6, -1.4], seconds: 4 }, // 1.0 m: too close for baseline (1.5 m), not looking
    { at: [2.9, 2.3], seconds: 3, gaze: 'patient.face' }, // far, looking at him: irritable noticed at 4 s
    { at: [-2.8, -0.9], seconds: 2, gaze: 'main-exit' }, // ~1.9 m, in his way to main-exit; checks it
    { at: [2.9, 2.3], seconds: 1 },
  ]);
  const trace = traceRun(calm, 5, log);
  const p = processIndicators(trace);

  it('stays in the baseline phase (the premise of the expected numbers)', () => {
    expect(new Set(trace.ticks.map((s) => s.phaseId))).toEqual(new Set(['waiting']));
  });

  it('integrates time too close for the phase, with the episode and its closest distance', () => {
    expect(trace.durationS).toBeCloseTo(10, 6);
    expect(p.tooCloseS).toBeCloseTo(4, 6);
    expect(p.tooCloseEpisodes).toHaveLength(1);
    expect(p.tooCloseEpisodes[0]!.from).toBeCloseTo(0, 6);
    expect(p.tooCloseEpisodes[0]!.to).toBeCloseTo(4, 6);
    expect(p.tooCloseEpisodes[0]!.minDistance).toBeCloseTo(1.0, 2);
    expect(p.tooCloseEpisodes[0]!.safeDistance).toBe(SCORING.safeDistanceM.baseline);
    expect(p.scores.safeDistance).toBeCloseTo(0.6, 6);
  });

  it('times when each shown sign was first looked at', () => {
    expect(p.cues).toHaveLength(1);
    expect(p.cues[0]).toMatchObject({ behaviour: 'irritable', shownAt: 0 });
    expect(p.cues[0]!.latencyS).toBeCloseTo(4, 6);
    expect(p.cues[0]!.score).toBeCloseTo((30 - 4) / 27, 6);
  });

  it('records exits checked and time standing in the patient’s way out', () => {
    expect(p.exits.find((e) => e.id === 'main-exit')!.firstCheckedAt).toBeCloseTo(7, 6);
    expect(p.exits.find((e) => e.id === 'corridor-door')!.firstCheckedAt).toBeNull();
    expect(p.scores.exitsChecked).toBe(0.5);
    expect(p.blockingS).toBeCloseTo(2, 6);
    expect(p.blockingEpisodes[0]!.from).toBeCloseTo(7, 6);
    expect(p.scores.exitNotBlocked).toBeCloseTo(0.8, 6);
    expect(p.scores.ownExitClear).toBe(1);
  });

  it('scores the process as the mean of its indicators, 0-100', () => {
    const s = p.scores;
    // The whole 10 s log is the walk-in's grace: in contact throughout; no crisis, so no response.
    expect(s.inContact).toBe(1);
    expect(s.crisisResponse).toBeNull();
    const expected =
      (100 *
        (s.cuesNoticed! +
          s.exitsChecked! +
          s.safeDistance! +
          s.exitNotBlocked! +
          s.ownExitClear! +
          s.inContact!)) /
      6;
    expect(p.score).toBeCloseTo(expected, 9);
    expect(p.score).toBeCloseTo((100 * ((30 - 4) / 27 + 0.5 + 0.6 + 0.8 + 1 + 1)) / 6, 6);
  });

  it('counts keeping safe only while in contact: standing across the room earns nothing for it', () => {
    const q = processIndicators(
      traceRun(
        calm,
        5,
        holdLog([
          { at: [0.4, -2.4], seconds: 20, gaze: 'patient.face' }, // 2 m: safe and in contact
          { at: [2.9, 2.3], seconds: 20, gaze: 'patient.face' }, // ~6.5 m: out of contact
        ]),
      ),
    );
    expect(q.scores.inContact).toBeCloseTo(0.5, 2);
    expect(q.scores.safeDistance).toBeCloseTo(0.5, 2);
    expect(q.scores.ownExitClear).toBeLessThanOrEqual(0.5 + 1e-6);
    expect(q.scores.exitNotBlocked).toBe(1);
  });

  it('misses a sign never looked at', () => {
    const q = processIndicators(traceRun(calm, 5, holdLog([{ at: [2.9, 2.3], seconds: 3 }])));
    expect(q.cues[0]).toMatchObject({ behaviour: 'irritable', noticedAt: null, latencyS: null, score: 0 });
  });
});

describe('process indicators on recorded runs', () => {
  it('replays a run exactly (same full log) and scores it the same every time', () => {
    const { sim } = runScripted(scenario, 'random', 11, { hz: 30 });
    const a = traceRun(scenario, 11, sim.log);
    expect(a.sim.log).toEqual(sim.log);
    expect(processIndicators(a)).toEqual(processIndicators(traceRun(scenario, 11, sim.log)));
  });

  it('tells a textbook trainee from a provocative one (seed 1, hand-checked)', () => {
    const good = processIndicators(
      traceRun(scenario, 1, runScripted(scenario, 'textbook', 1, { hz: 30 }).sim.log),
    );
    const bad = processIndicators(
      traceRun(scenario, 1, runScripted(scenario, 'provocative', 1, { hz: 30 }).sim.log),
    );
    // Textbook keeps a safe distance, checks both exits and never blocks the patient's way out.
    expect(good.tooCloseS).toBe(0);
    expect(good.exits.every((e) => e.firstCheckedAt !== null)).toBe(true);
    expect(good.score).toBe(100);
    // Provocative walks up to him (assault within 9 s): several seconds too close, no exit checked.
    expect(bad.tooCloseS).toBeGreaterThan(3);
    expect(bad.scores.exitsChecked).toBe(0);
    expect(bad.score).toBeLessThan(70);
  });

  it('notice score falls linearly from full to none', () => {
    expect(noticeScore(0)).toBe(1);
    expect(noticeScore(SCORING.noticeFullS)).toBe(1);
    expect(noticeScore((SCORING.noticeFullS + SCORING.noticeZeroS) / 2)).toBeCloseTo(0.5, 9);
    expect(noticeScore(SCORING.noticeZeroS)).toBe(0);
    expect(noticeScore(null)).toBe(0);
  });
});

describe('acting on the danger in a crisis', () => {
  it('scores the alarm raised as the crisis began fully, and waiting it out in the room not at all', () => {
    // Close and shouting until he is in crisis, then the alarm at once.
    const sim = new Simulation(scenario, { seed: 2 });
    const close = {
      ...sim.context.signals,
      position: [-1.6, -1.3] as [number, number],
      hands: 'pointing' as const,
    };
    for (let i = 0; i < 3000 && sim.view.cycle !== 'crisis' && !sim.done; i++) {
      if (i % 30 === 0) sim.say('sit-down', 'shouting');
      sim.tick(0.1, close);
    }
    expect(sim.view.cycle).toBe('crisis');
    sim.tick(0.1, { ...close, position: [2.9, 2.3] });
    sim.raiseAlarm();
    const acted = crisisResponse(traceRun(scenario, 2, sim.log))!;
    expect(acted.latencyS).toBeLessThan(1);
    expect(acted.score).toBe(1);
    // Provoking a crisis, stepping back and waiting a minute: never acted on it.
    const waited = processIndicators(
      traceRun(scenario, 1, runScripted(scenario, 'provokeThenTalk', 1).sim.log),
    );
    expect(waited.crisisOnset).not.toBeNull();
    expect(waited.scores.crisisResponse).toBe(0);
    // No crisis: nothing to act on.
    const calmRun = processIndicators(traceRun(scenario, 1, runScripted(scenario, 'textbook', 1).sim.log));
    expect(calmRun.scores.crisisResponse).toBeNull();
  });
});
