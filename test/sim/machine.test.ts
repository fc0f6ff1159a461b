import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario';
import { initialSignals } from '../../src/sim/context';
import { amplification, relax } from '../../src/sim/dynamics';
import { compileModel } from '../../src/sim/model';
import { Simulation } from '../../src/sim/simulation';
import { loadScenarioFile } from '../../src/scenario/testing';
import type { TraineeSignals } from '../../src/sim/types';

const base = loadScenarioFile('scenarios/ed-waiting-room.yaml');
/** The bundled scenario with no rules and no noise: pure dynamics. */
const bare = (patch: Partial<Scenario['patient']> = {}): Scenario => ({
  ...base,
  patient: { ...base.patient, noise: 0, sensitivities: { triggers: [], calming: [] }, ...patch },
});
const run = (sim: Simulation, seconds: number, signals: TraineeSignals, dt = 0.1) => {
  for (let t = 0; t < seconds - 1e-9 && !sim.done; t += dt) sim.tick(dt, signals);
};
const says = (sim: Simulation, prefix: string) =>
  sim.log.filter((e) => e.kind === 'effect' && e.effect.type === 'say' && e.effect.lineId.startsWith(prefix));

describe('patient machine', () => {
  it('starts in the first phase with its pose, cues and entry line', () => {
    const sim = new Simulation(base, { seed: 1 });
    expect(sim.view.phaseId).toBe('waiting');
    expect(sim.view.cycle).toBe('baseline');
    expect(sim.view.pose).toBe('sitting');
    expect(sim.view.cues).toEqual(['irritable']);
    expect(says(sim, 'enter-waiting')).toHaveLength(1);
  });

  it('relaxes arousal toward baseline with the persona half-life (minutes, not seconds)', () => {
    const sc = bare({ initialArousal: 0.55, baselineArousal: 0.35, halfLifeS: 120, ignoredAfterS: 600 });
    const sim = new Simulation(sc, { seed: 1 });
    run(sim, 120, initialSignals(sim.model));
    expect(sim.view.arousal).toBeCloseTo(0.45, 3);
    expect(relax(0.9, 0.3, 60, 60)).toBeCloseTo(0.6, 9);
  });

  it('amplifies triggers by residual arousal (excitation transfer)', () => {
    const model = compileModel(base);
    expect(amplification(model, base.patient.baselineArousal)).toBe(1);
    expect(amplification(model, 0.85)).toBeGreaterThan(amplification(model, 0.5));
    const impulseAt = (start: number) => {
      const sim = new Simulation(
        { ...base, patient: { ...base.patient, initialArousal: start, noise: 0 } },
        { seed: 1 },
      );
      sim.say('security');
      return sim.view.arousal - start;
    };
    expect(impulseAt(0.55)).toBeGreaterThan(impulseAt(0.4) * 1.05);
  });

  it('feels ignored after the silence limit, and speaking restarts that clock', () => {
    const sim = new Simulation(bare({ ignoredAfterS: 25 }), { seed: 2 });
    const s = initialSignals(sim.model);
    run(sim, 24, s);
    expect(says(sim, 'ignored')).toHaveLength(0);
    run(sim, 2, s);
    expect(says(sim, 'ignored')).toHaveLength(1);
    sim.say('introduce');
    run(sim, 24, s);
    expect(says(sim, 'ignored')).toHaveLength(1);
    run(sim, 2, s);
    expect(says(sim, 'ignored')).toHaveLength(2);
  });

  it('escalates through the assault cycle and switches cues with the phase', () => {
    const sim = new Simulation(base, { seed: 3 });
    const cues: string[] = [];
    sim.on('cue', (e) => e.type === 'cue' && cues.push(`${e.on ? '+' : '-'}${e.behaviour}`));
    const s: TraineeSignals = {
      ...initialSignals(sim.model),
      position: [-1.6, -1.5],
      hands: 'pointing',
      stance: 'square',
    };
    // Half-second steps: standing this close, the crisis soon becomes an assault (and the cup is dropped).
    for (let i = 0; i < 120 && sim.view.cycle !== 'crisis'; i++) {
      if (i % 6 === 0) sim.say('sit-down');
      run(sim, 0.5, s);
    }
    expect(sim.view.cycle).toBe('crisis');
    expect(sim.view.holds).toBe('coffee-cup');
    expect(cues).toContain('+physicalThreats');
    expect(cues).toContain('+attackingObjects');
    const phases = sim.log
      .filter((e) => e.kind === 'transition')
      .map((e) => (e.kind === 'transition' ? e.to : ''));
    expect(phases.slice(0, 3)).toEqual(['agitated', 'threatening', 'crisis']);
  });

  it('counts withdrawal only at an exit, and ends safely when it is a crisis', () => {
    const sim = new Simulation(
      { ...base, patient: { ...base.patient, initialArousal: 0.95, noise: 0 } },
      { seed: 1 },
    );
    const far = initialSignals(sim.model);
    run(sim, 5, far);
    expect(sim.view.cycle).toBe('crisis');
    sim.withdraw('main-exit'); // 6 m away: not reachable
    expect(sim.done).toBe(false);
    run(sim, 0.5, { ...far, position: [3.2, 2.7] });
    sim.withdraw('corridor-door');
    expect(sim.outcome?.id).toBe('withdrewSafely');
    expect(sim.outcome?.kind).toBe('safe');
  });

  it('brings help a scenario-given time after the alarm', () => {
    const sim = new Simulation(base, { seed: 1 });
    const s = initialSignals(sim.model);
    sim.raiseAlarm();
    expect(
      sim.log.some((e) => e.kind === 'effect' && e.effect.type === 'sound' && e.effect.sound === 'alarm'),
    ).toBe(true);
    run(sim, 19.5, s);
    expect(sim.done).toBe(false);
    run(sim, 1, s);
    expect(sim.outcome?.id).toBe('helpArrived');
  });

  it('times out at the scenario time limit (delayed transition on the sim clock)', () => {
    const sc = bare({ ignoredAfterS: 600 });
    const sim = new Simulation(sc, { seed: 1 });
    run(sim, sc.durationS - 1, initialSignals(sim.model), 0.5);
    expect(sim.done).toBe(false);
    run(sim, 2, initialSignals(sim.model), 0.5);
    expect(sim.outcome?.id).toBe('timedOut');
  });

  it('works less well calming in a crisis than in baseline', () => {
    // Relevance and repetition held neutral, so only the phase's calmingEffect differs.
    const neutral = { ignoredAskFactor: 1, ignoredAskImpulse: 0, repeatFactor: 1 };
    const drop = (initialArousal: number) => {
      const sim = new Simulation(
        { ...base, patient: { ...base.patient, initialArousal, noise: 0, relevance: neutral } },
        { seed: 1 },
      );
      const before = sim.view.arousal;
      sim.say('quiet-room');
      return before - sim.view.arousal;
    };
    const sim = new Simulation(
      { ...base, patient: { ...base.patient, initialArousal: 0.95, relevance: neutral } },
      { seed: 1 },
    );
    run(sim, 5, initialSignals(sim.model));
    expect(sim.view.cycle).toBe('crisis');
    expect(drop(0.5)).toBeGreaterThan(0);
    // crisis calmingEffect 0.4 vs waiting 1.0: the same words help far less
    const crisisSim = sim;
    const before = crisisSim.view.arousal;
    crisisSim.say('quiet-room');
    expect(before - crisisSim.view.arousal).toBeLessThan(drop(0.5) * 0.6);
  });

  it('paces away from the seat when agitated and walks back before sitting down', () => {
    const sim = new Simulation(bare({ initialArousal: 0.62, baselineArousal: 0.3, halfLifeS: 10 }), {
      seed: 1,
    });
    const s = initialSignals(sim.model);
    const seat = base.setting.patientStart.position;
    const fromSeat = () =>
      Math.hypot(sim.view.patientPosition[0] - seat[0], sim.view.patientPosition[1] - seat[1]);
    run(sim, 6, s);
    expect(sim.view.phaseId).toBe('agitated');
    expect(sim.view.pose).toBe('pacing');
    expect(fromSeat()).toBeGreaterThan(0.5);
    const poses: string[] = [];
    sim.on('pose', (e) => e.type === 'pose' && poses.push(e.pose));
    for (let t = 0; t < 14; t += 0.1) {
      sim.tick(0.1, s);
      // Never sit in mid-air: sitting only on the seat.
      if (sim.view.pose === 'sitting') expect(fromSeat()).toBeLessThanOrEqual(0.05);
    }
    expect(sim.view.phaseId).toBe('waiting');
    expect(sim.view.pose).toBe('sitting');
    expect(poses).toEqual(['pacing', 'sitting']);
  });
});

describe('getting up', () => {
  it('steps out in front of the chair before standing, pacing or advancing', () => {
    const sim = new Simulation(
      { ...base, patient: { ...base.patient, initialArousal: 0.7, noise: 0 } },
      { seed: 1 },
    );
    const s = initialSignals(sim.model);
    run(sim, 3, s);
    const seat = base.setting.patientStart.position;
    const yaw = (base.setting.patientStart.facingDeg * Math.PI) / 180;
    const p = sim.view.patientPosition;
    // In front of the seat along the way the chair faces, not along the row of chairs.
    const forward = (p[0] - seat[0]) * Math.sin(yaw) + (p[1] - seat[1]) * Math.cos(yaw);
    expect(sim.view.pose).not.toBe('sitting');
    expect(forward).toBeGreaterThan(0.5);
  });
});
