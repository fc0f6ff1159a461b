import { describe, expect, it } from 'vitest';
import { inputsOf, replay, runScripted } from '../../src/sim/run';
import { loadScenarioFile } from '../../src/scenario/testing';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');

describe('determinism', () => {
  it('replays the same scenario, seed and input log to identical states, effects and arousal', () => {
    for (const trainee of ['textbook', 'random'] as const) {
      const { sim } = runScripted(scenario, trainee, 7, { hz: 30 });
      const again = replay(scenario, 7, inputsOf(sim.log));
      expect(again.log).toEqual(sim.log);
      expect(again.state).toBe(sim.state);
      expect(again.view.arousal).toBe(sim.view.arousal);
    }
  });

  it('gives different patients for different seeds', () => {
    const a = runScripted(scenario, 'random', 1).sim.log.filter((e) => e.kind === 'arousal');
    const b = runScripted(scenario, 'random', 2).sim.log.filter((e) => e.kind === 'arousal');
    expect(a).not.toEqual(b);
  });

  it('logs every input, transition and effect with sim time', () => {
    const { sim } = runScripted(scenario, 'provocative', 3);
    const kinds = new Set(sim.log.map((e) => e.kind));
    for (const k of ['signals', 'tick', 'act', 'transition', 'effect', 'arousal', 'gaze'])
      expect(kinds).toContain(k);
    const times = sim.log.map((e) => e.t);
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});

describe('tick elision', () => {
  it('matches an actor that is sent every TICK: same transitions, effects and arousal', async () => {
    const { createActor } = await import('xstate');
    const { SimClock } = await import('../../src/sim/clock');
    const { buildPatientMachine } = await import('../../src/sim/machine');
    for (const trainee of ['textbook', 'provocative', 'random'] as const) {
      const { sim } = runScripted(scenario, trainee, 11, { hz: 30 });
      const clock = new SimClock();
      const actor = createActor(buildPatientMachine(scenario), { input: { seed: 11 }, clock });
      const effects: string[] = [];
      actor.on('*', (e) => effects.push(JSON.stringify(e)));
      actor.start();
      for (const e of inputsOf(sim.log)) {
        if (actor.getSnapshot().status === 'done') break;
        if (e.type === 'TICK') {
          clock.advance(e.dt * 1000);
          if (actor.getSnapshot().status === 'done') break;
          actor.send(e);
          const tickEffects = actor.getSnapshot().context.p.tickEffects;
          for (const te of tickEffects) effects.push(JSON.stringify(te));
        } else actor.send(e);
      }
      const simEffects = sim.log
        .filter((e) => e.kind === 'effect')
        .map((e) => JSON.stringify(e.kind === 'effect' && e.effect));
      expect([...effects].sort()).toEqual([...simEffects].sort());
      expect(actor.getSnapshot().context.p.arousal).toBe(sim.context.arousal);
      expect(JSON.stringify(actor.getSnapshot().value)).toBe(JSON.stringify(sim.snapshot.value));
    }
  });
});
