import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../scenario/testing';
import { Simulation, startSignals, type TraineeSignals } from '../sim';
import { RunClock, SIM_STEP } from './clock';

const scenario = bundledScenarios().find((b) => b.scenario.id === 'ed-waiting-room')!.scenario;

/** Walks the trainee straight at the patient at `speed` m/s for `frames` display frames of `frameDt`. */
function approach(frameDt: number, frames: number, speed = 1.0) {
  const sim = new Simulation(scenario, { seed: 1 });
  const clock = new RunClock(sim, 4);
  const s: TraineeSignals = startSignals(scenario.setting.traineeStart);
  const p = scenario.setting.patientStart.position;
  const closing: number[] = [];
  const origTick = sim.tick.bind(sim);
  sim.tick = (dt, signals) => {
    origTick(dt, signals);
    closing.push(sim.context.prox.closingSpeed);
  };
  for (let f = 0; f < frames; f++) {
    const d = Math.hypot(p[0] - s.position[0], p[1] - s.position[1]);
    const k = (speed * frameDt) / d;
    s.position = [s.position[0] + (p[0] - s.position[0]) * k, s.position[1] + (p[1] - s.position[1]) * k];
    clock.frame(frameDt, s);
  }
  return { closing, sim, s };
}

describe('RunClock', () => {
  it('ticks at a fixed step however long the frames are', () => {
    const ticks = Math.round(1 / SIM_STEP);
    expect(approach(1 / 15, 15).closing).toHaveLength(ticks);
    expect(approach(1 / 60, 60).closing).toHaveLength(ticks);
  });

  it("hands each tick of a long frame its own part of the walk: the closing speed is the walk's", () => {
    // Four ticks a frame (a display at a quarter of the tick rate, or ?speed=4): every tick after
    // the first frame sees 1 m/s, not 4 m/s in one tick and nothing in the next three.
    const { closing } = approach(4 * SIM_STEP, 15);
    expect(closing).toHaveLength(60);
    for (const v of closing.slice(4)) expect(v).toBeCloseTo(1.0, 1);
  });

  it("gives the frame's last tick the frame's signals exactly", () => {
    const { sim, s } = approach(4 * SIM_STEP, 5);
    expect(sim.context.signals.position).toEqual(s.position);
    expect(sim.view.t).toBeCloseTo(20 * SIM_STEP, 9);
  });
});
