import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenario/testing';
import { optionOrder } from './menuOrder';
import { Simulation } from './simulation';

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const order = (seed: number) => new Simulation(ed, { seed }).menuOptions().map((o) => o.id);

describe('the menu order', () => {
  it('is a permutation of the options on offer, the same for the same seed', () => {
    expect([...order(1)].sort()).toEqual(
      new Simulation(ed, { seed: 1 })
        .availableOptions()
        .map((o) => o.id)
        .sort(),
    );
    expect(order(7)).toEqual(order(7));
  });

  it('differs between seeds and is rarely the file order', () => {
    const file = ed.options.map((o) => o.id).join();
    const orders = new Set<string>();
    let asFile = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const o = optionOrder(ed.options, seed);
      const ids = [...ed.options]
        .sort((a, b) => o.get(a.id)! - o.get(b.id)!)
        .map((x) => x.id)
        .join();
      orders.add(ids);
      if (ids === file) asFile++;
    }
    expect(orders.size).toBeGreaterThan(45);
    expect(asFile).toBe(0);
  });

  it('leaves the patient as he was: the same seed and inputs give the same run', () => {
    const a = new Simulation(ed, { seed: 3 });
    a.menuOptions();
    const b = new Simulation(ed, { seed: 3 });
    for (const sim of [a, b]) {
      sim.say('ask');
      for (let i = 0; i < 100; i++) sim.tick(0.1, sim.context.signals);
    }
    expect(a.view.arousal).toBe(b.view.arousal);
    expect(a.view.lastLineId).toBe(b.view.lastLineId);
  });
});

describe("the delivery is the trainee's (issue 20)", () => {
  it('a line written to be commanded, said calmly, is heard calm; said with a raised voice, raised', () => {
    const rise = (tone: 'calm' | 'raised' | undefined) => {
      const sim = new Simulation(ed, { seed: 5 });
      const before = sim.view.arousal;
      sim.say('sit-down', tone);
      const act = sim.log.findLast((e) => e.kind === 'act');
      return { rise: sim.view.arousal - before, logged: act?.kind === 'act' ? act.tone : undefined };
    };
    const calm = rise('calm');
    const raised = rise('raised');
    const written = rise(undefined);
    expect(calm.logged).toBe('calm');
    expect(raised.logged).toBe('raised');
    expect(written.logged).toBe(ed.options.find((o) => o.id === 'sit-down')!.tone);
    // The order still provokes by what it says (a command); a raised voice adds to it.
    expect(raised.rise).toBeGreaterThan(calm.rise);
    expect(written.rise).toBeGreaterThanOrEqual(raised.rise);
  });
});
