import { describe, expect, it } from 'vitest';
import { computeProxemics, facingAngle, hallZone, inTheWay, yawTowards } from './proxemics';

const exits = [{ id: 'door', position: [4, 0] as [number, number] }];

describe('proxemics', () => {
  it("classifies Hall's zones at their published limits", () => {
    expect(hallZone(0.3)).toBe('intimate');
    expect(hallZone(0.45)).toBe('personal');
    expect(hallZone(1.19)).toBe('personal');
    expect(hallZone(1.2)).toBe('social');
    expect(hallZone(3.7)).toBe('public');
  });

  it('measures facing angles with yaw 0 facing +z', () => {
    expect(facingAngle(0, [0, 0], [0, 2])).toBeCloseTo(0);
    expect(facingAngle(0, [0, 0], [2, 0])).toBeCloseTo(Math.PI / 2);
    expect(facingAngle(Math.PI, [0, 0], [0, 2])).toBeCloseTo(Math.PI);
    expect(yawTowards([0, 0], [1, 0])).toBeCloseTo(Math.PI / 2);
  });

  it('derives closing speed from the previous distance', () => {
    const p = computeProxemics([2, 0], -Math.PI / 2, [0, 0], Math.PI / 2, exits, 3, 0.5);
    expect(p.distance).toBeCloseTo(2);
    expect(p.closingSpeed).toBeCloseTo(2);
    expect(p.traineeFacingAngle).toBeCloseTo(0);
    expect(p.patientFacingAngle).toBeCloseTo(0);
  });

  it("knows when the trainee stands in the patient's way out", () => {
    expect(inTheWay([2, 0.3], [0, 0], [4, 0])).toBe(true);
    expect(inTheWay([2, 1.5], [0, 0], [4, 0])).toBe(false);
    expect(inTheWay([-1, 0], [0, 0], [4, 0])).toBe(false); // behind the patient
    expect(computeProxemics([1.5, 0], 0, [0, 0], 0, exits, null, 0.1).blockingExit).toBe(true);
    expect(computeProxemics([0, 2], 0, [0, 0], 0, exits, null, 0.1).blockingExit).toBe(false);
  });

  it("knows when the trainee's own way out passes the patient", () => {
    // Trainee cornered behind the patient, the only door beyond the patient.
    expect(computeProxemics([-2, 0], 0, [0, 0], 0, exits, null, 0.1).ownExitClear).toBe(false);
    expect(computeProxemics([2, 2], 0, [0, 0], 0, exits, null, 0.1).ownExitClear).toBe(true);
  });
});

describe('conditions on approach speed and head height', () => {
  it('compiles closingSpeedBelow and headHeightAbove/Below', async () => {
    const { compileCondition } = await import('./conditions');
    const prox = computeProxemics([2, 0], 0, [0, 0], 0, exits, 2.5, 1); // approaching at 0.5 m/s
    const base = {
      prox,
      signals: {
        position: [2, 0] as [number, number],
        facing: 0,
        headHeight: 1.2,
        hands: 'open' as const,
        stance: 'angled' as const,
        gaze: null,
      },
      arousal: 0.5,
      phaseId: 'p',
      timeInPhase: 0,
      elapsed: 0,
      sinceUtterance: 0,
      staringS: 0,
      instant: null,
      saidTags: 0,
      alarmRaised: false,
      helpCalled: false,
    };
    expect(compileCondition({ closingSpeedBelow: 0.6 })(base)).toBe(true);
    expect(compileCondition({ closingSpeedBelow: 0.4 })(base)).toBe(false);
    expect(compileCondition({ headHeightBelow: 1.3 })(base)).toBe(true);
    expect(compileCondition({ headHeightAbove: 1.5 })(base)).toBe(false);
  });
});
