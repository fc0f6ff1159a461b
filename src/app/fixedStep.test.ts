import { describe, expect, it } from 'vitest';
import { DesktopInput } from '../input/desktop';
import { Simulation } from '../sim';
import { bundledScenarios } from '../sim/testing';
import { beforeTick, blendView, createTickBlend, FixedStep } from './fixedStep';
import { createPatientView } from './patientView';
import { SIM_STEP } from './SimDriver';

const scenario = bundledScenarios().find((b) => b.scenario.id === 'ed-waiting-room')!.scenario;

/** `frames` frames of a 60 Hz screen as the desktop frame loop runs them: trainee walking forward. */
function walk(frames: number) {
  const sim = new Simulation(scenario, { seed: 1 });
  const { width, depth, traineeStart } = scenario.setting;
  const input = new DesktopInput({ room: { width, depth }, start: traineeStart });
  input.keyDown('KeyW');
  const step = new FixedStep(SIM_STEP, 0.1);
  const blend = createTickBlend(sim.view, input.signals);
  const pv = createPatientView(sim.view);
  const floor: [number, number] = [0, 0];
  const drawn: { x: number; z: number; t: number; ticks: number }[] = [];
  for (let f = 0; f < frames; f++) {
    let ticks = 0;
    for (let n = step.add(1 / 60); n > 0 && !sim.done; n--) {
      beforeTick(blend, sim.view, input.signals);
      sim.tick(SIM_STEP, input.update(SIM_STEP, null));
      step.take();
      ticks++;
    }
    blendView(pv, blend, sim.view, input.signals, step.alpha, floor);
    drawn.push({ x: floor[0], z: floor[1], t: pv.t, ticks });
  }
  return drawn;
}

describe('the desktop frame loop between fixed ticks', () => {
  it('ticks a 60 Hz screen one frame once and the next twice, and still draws even motion', () => {
    const drawn = walk(40).slice(2);
    // The sim's own steps are uneven per frame…
    expect(new Set(drawn.map((d) => d.ticks))).toEqual(new Set([1, 2]));
    // …but what is drawn moves by the same amount every frame: 1/60 s of walking and of sim time.
    const moves = drawn.slice(1).map((d, i) => Math.hypot(d.x - drawn[i]!.x, d.z - drawn[i]!.z));
    const times = drawn.slice(1).map((d, i) => d.t - drawn[i]!.t);
    for (const m of moves) expect(m).toBeCloseTo(moves[0]!, 6);
    for (const dt of times) expect(dt).toBeCloseTo(1 / 60, 9);
    expect(moves[0]).toBeGreaterThan(0.01); // it does walk (1.2 m/s: 2 cm a frame)
  });
});
