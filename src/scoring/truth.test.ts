import { describe, expect, it } from 'vitest';
import type { Probe } from '../scenario/schema';
import { createPolicy, Simulation, type TraineeSignals } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { project } from './projection';
import { NOTHING, probeTruth } from './truth';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const probe = (kind: Probe['kind'], hypothetical?: Probe['hypothetical']): Probe => ({
  id: `p-${kind}`,
  level: kind === 'projection' ? 3 : kind === 'phase' || kind === 'riskBand' ? 2 : 1,
  kind,
  question: { nb: 'q', en: 'q' },
  ...(hypothetical ? { hypothetical } : {}),
});
const at = (x: number, z: number): TraineeSignals => ({
  position: [x, z],
  facing: Math.PI,
  headHeight: 1.65,
  hands: 'open',
  stance: 'angled',
  gaze: 'patient.face',
});
/** The run after standing still at the trainee's start for `s` seconds. */
function standing(s: number, seed = 1): Simulation {
  const sim = new Simulation(scenario, { seed });
  for (let i = 0; i < s * 30; i++) sim.tick(1 / 30, at(2.9, 2.3));
  return sim;
}
/** A provocative trainee played until the patient is in crisis. */
function inCrisis(seed = 1): Simulation {
  const sim = new Simulation(scenario, { seed });
  const policy = createPolicy('provocative', sim.model, seed);
  while (sim.view.cycle !== 'crisis' && !sim.done) {
    for (const a of policy.step({ t: sim.time, dt: 1 / 30, view: sim.view, options: sim.availableOptions() }))
      sim.apply(a);
    sim.tick(1 / 30, policy.signals);
  }
  return sim;
}

describe('level 1 and 2 truth at a freeze', () => {
  it('reads the waiting patient: one sign, nothing in his hands, baseline, moderate risk', () => {
    const sim = standing(2);
    expect(probeTruth(sim, probe('cuesPresent')).value).toEqual(['irritable']);
    expect(probeTruth(sim, probe('patientHolds')).value).toBe(NOTHING);
    expect(probeTruth(sim, probe('phase')).value).toBe('baseline');
    expect(probeTruth(sim, probe('riskBand'))).toEqual({ kind: 'riskBand', value: 'moderate', cueCount: 1 });
  });

  it('reads the patient in crisis: four signs, the coffee cup, crisis, high risk', () => {
    const sim = inCrisis();
    expect(sim.done).toBe(false);
    expect(new Set(probeTruth(sim, probe('cuesPresent')).value as string[])).toEqual(
      new Set(['boisterous', 'verbalThreats', 'physicalThreats', 'attackingObjects']),
    );
    expect(probeTruth(sim, probe('patientHolds')).value).toBe('coffee-cup');
    expect(probeTruth(sim, probe('phase')).value).toBe('crisis');
    expect(probeTruth(sim, probe('riskBand')).value).toBe('high');
  });

  it('names the exit nearest to the trainee, wherever the trainee stands', () => {
    const near = (x: number, z: number) => {
      const sim = new Simulation(scenario, { seed: 1 });
      sim.tick(1 / 30, at(x, z));
      return probeTruth(sim, probe('nearestExit')).value;
    };
    expect(near(2.9, 2.3)).toBe('corridor-door'); // (3.2, 3.0) is 0.8 m away
    expect(near(-3.0, 1.0)).toBe('main-exit'); // (-4.0, 0.6)
  });
});

describe('level 3 truth: asking the machine', () => {
  const sim = standing(2);
  it('walking up to him or refusing him escalates; acknowledging or informing calms', () => {
    expect(probeTruth(sim, probe('projection', { approachToM: 0.8, horizonS: 6 })).value).toBe('escalates');
    expect(probeTruth(sim, probe('projection', { say: 'wait-like-others', horizonS: 5 })).value).toBe(
      'escalates',
    );
    expect(probeTruth(sim, probe('projection', { say: 'acknowledge', horizonS: 5 })).value).toBe('calmer');
    expect(probeTruth(sim, probe('projection', { say: 'inform-choice', horizonS: 5 })).value).toBe('calmer');
  });

  it('an approach to a distance already kept changes nothing: same', () => {
    const p = project(scenario, 1, sim.log, { approachToM: 9, horizonS: 5 });
    expect(p.answer).toBe('same');
    expect(p.hypothetical.arousal).toBe(p.baseline.arousal);
  });

  it('leaves the run itself untouched and gives the same answer every time', () => {
    const before = sim.log.length;
    const a = project(scenario, 1, sim.log, { say: 'sit-down', horizonS: 5 });
    expect(project(scenario, 1, sim.log, { say: 'sit-down', horizonS: 5 })).toEqual(a);
    expect(sim.log.length).toBe(before);
    expect(a.horizonS).toBe(5);
    expect(a.hypothetical.arousal - a.baseline.arousal).toBeGreaterThan(0.02);
  });

  it('in a crisis, walking up to him ends in assault: escalates whatever the arousal', () => {
    const crisis = inCrisis();
    // Step back across the room first, so staying put does not end in assault as well.
    for (let i = 0; i < 3; i++) crisis.tick(1 / 30, at(2.9, 2.3));
    expect(crisis.view.distance).toBeGreaterThan(3);
    const p = project(scenario, 1, crisis.log, { approachToM: 0.5, horizonS: 6 });
    expect(p.baseline.endingKind).not.toBe('bad');
    expect(p.hypothetical.state).toBe('assault');
    expect(p.hypothetical.endingKind).toBe('bad');
    expect(p.answer).toBe('escalates');
  });
});
