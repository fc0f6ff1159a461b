import { describe, expect, it } from 'vitest';
import { DesktopInput } from '../../input/desktop';
import { bundledScenarios } from '../../scenario/testing';
import { beforeTick, createTickBlend, FixedStep, SIM_STEP } from '../../session';
import { Simulation } from '../../sim';
import { createPatientView } from '../../scene';
import { blendView, patientViewOf, syncPatientView } from './patientView';

const scenario = bundledScenarios().find((b) => b.scenario.id === 'ed-waiting-room')!.scenario;

/** `frames` frames of a screen at `hz` as the desktop frame loop runs them: trainee walking forward. */
function walk(frames: number, hz: number) {
  const sim = new Simulation(scenario, { seed: 1 });
  const { width, depth, traineeStart } = scenario.setting;
  const input = new DesktopInput({ room: { width, depth }, start: traineeStart });
  input.keyDown('KeyW');
  const step = new FixedStep(SIM_STEP, 0.1);
  const blend = createTickBlend(sim.view);
  const pv = patientViewOf(sim.view, input.signals);
  const drawn: { x: number; z: number; t: number; ticks: number; simX: number; simZ: number }[] = [];
  for (let f = 0; f < frames; f++) {
    let ticks = 0;
    const signals = input.update(1 / hz, null);
    for (let n = step.add(1 / hz); n > 0 && !sim.done; n--) {
      beforeTick(blend, sim.view);
      sim.tick(SIM_STEP, signals);
      step.take();
      ticks++;
    }
    syncPatientView(pv, sim.view, input.signals);
    blendView(pv, blend, sim.view, step.alpha);
    const [simX, simZ] = sim.context.signals.position;
    drawn.push({ x: pv.traineeHead[0], z: pv.traineeHead[2], t: pv.t, ticks, simX, simZ });
  }
  return drawn;
}

const steps = (xs: number[]) => xs.slice(1).map((x, i) => x - xs[i]!);

describe('the desktop frame loop between fixed ticks', () => {
  for (const hz of [60, 144])
    it(`ticks a ${hz} Hz screen on some frames only, and still draws even motion`, () => {
      const drawn = walk(40, hz).slice(4);
      // The sim's own steps are uneven per frame…
      expect(new Set(drawn.map((d) => d.ticks))).toEqual(new Set([0, 1]));
      // …but the sim time the patient is drawn at advances by one frame every frame…
      for (const dt of steps(drawn.map((d) => d.t))) expect(dt).toBeCloseTo(1 / hz, 9);
      // …and the trainee walks the same distance every frame (1.2 m/s), drawn where they are.
      const moves = drawn.slice(1).map((d, i) => Math.hypot(d.x - drawn[i]!.x, d.z - drawn[i]!.z));
      for (const m of moves) expect(m).toBeCloseTo(moves[0]!, 6);
      expect(moves[0]! * hz).toBeCloseTo(1.2, 2);
      // Each tick took where the trainee was then.
      const ticked = drawn.filter((d) => d.ticks > 0);
      for (const d of ticked) expect([d.simX, d.simZ]).toEqual([d.x, d.z]);
    });

  it("draws the patient's position between the last two ticks", () => {
    const b = createTickBlend({ patientPosition: [1, 2], t: 3 } as never);
    const view = { patientPosition: [2, 4], t: 3 + SIM_STEP } as never;
    const pv = createPatientView();
    blendView(pv, b, view, 0.25);
    expect(pv.patientPosition).toEqual([1.25, 2.5]);
    expect(pv.t).toBeCloseTo(3 + SIM_STEP / 4, 12);
  });
});
