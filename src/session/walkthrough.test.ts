import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenario/testing';
import { Simulation } from '../sim';
import { DecisionWatch, forkAt, summarizeBranch } from './walkthrough';

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const still = (sim: Simulation) => sim.context.signals;
/** Ticks (10 Hz) until a decision point is due, as the run screen would between its frames. */
function playUntilDue(sim: Simulation, watch: DecisionWatch, maxS = 120): void {
  for (let i = 0; i < maxS * 10 && !watch.due && !sim.done; i++) sim.tick(0.1, still(sim));
}

describe('the group walkthrough', () => {
  it("starts at a decision point on his first line; his reply to the group's choice is the next", () => {
    const sim = new Simulation(ed, { seed: 1 });
    const watch = new DecisionWatch(sim);
    expect(watch.due).toMatchObject({ n: 1, t: 0, reason: 'line', lineId: sim.view.lastLineId });
    watch.decide('acknowledge');
    sim.say('acknowledge');
    expect(watch.due).toMatchObject({ n: 2, reason: 'line', lineId: sim.view.lastLineId });
    expect(watch.points[0]!.chosen).toBe('acknowledge');
    watch.decide(null);
    playUntilDue(sim, watch);
    expect(watch.due!.n).toBe(3);
    expect(watch.due!.t).toBeGreaterThan(0);
  });

  it('a stop by the facilitator is a point of its own; a line and a sign at one instant are one point', () => {
    const sim = new Simulation(ed, { seed: 2 });
    const watch = new DecisionWatch(sim);
    watch.decide(null);
    for (let i = 0; i < 30; i++) sim.tick(0.1, still(sim));
    watch.stop();
    expect(watch.due).toMatchObject({ reason: 'stop', n: 2 });
    expect(new Set(watch.points.map((p) => p.t)).size).toBe(watch.points.length);
  });

  it('forks from an earlier point: the same run up to there, then another future', () => {
    const sim = new Simulation(ed, { seed: 3 });
    const watch = new DecisionWatch(sim);
    watch.decide('acknowledge');
    sim.say('acknowledge');
    watch.decide(null);
    playUntilDue(sim, watch);
    const first = watch.points[0]!;
    const b = forkAt(ed, sim.seed, sim.persona, first);
    expect(b.time).toBe(first.t);
    const forked = new DecisionWatch(b, [{ ...first, chosen: undefined }]);
    expect(forked.due).toMatchObject({ n: 1 });
    forked.decide('sit-down');
    b.say('sit-down', 'raised');
    forked.decide(null);
    while (b.time < sim.time && !b.done) b.tick(0.1, b.context.signals);
    const [a, c] = [summarizeBranch(sim), summarizeBranch(b)];
    expect(a.curve[0]).toEqual(c.curve[0]); // one start
    expect(c.curve.at(-1)![1]).toBeGreaterThan(a.curve.at(-1)![1] + 0.05); // ordering him about costs
  });
});

describe('the instructor steers (issue 19)', () => {
  it("has him say a line and moves his arousal a step; both are in the log, replay and debrief as the instructor's", async () => {
    const { buildDebrief, DebriefRecordSchema, uuidFrom } = await import('../debrief');
    const { inputsOf, replay } = await import('../sim');
    const sim = new Simulation(ed, { seed: 4 });
    const watch = new DecisionWatch(sim);
    const line = ed.lines.find((l) => l.on === 'idle')!;
    sim.instruct({ act: 'line', lineId: line.id });
    expect(sim.view.lastLineId).toBe(line.id);
    expect(watch.due).toMatchObject({ n: 1, lineId: line.id }); // what he said last, at the same moment
    const before = sim.view.arousal;
    sim.instruct({ act: 'nudge', delta: 0.1 });
    expect(sim.view.arousal).toBeCloseTo(before + 0.1, 9);
    sim.instruct({ act: 'nudge', delta: 5 }); // one step is at most MAX_NUDGE
    expect(sim.view.arousal).toBeCloseTo(before + 0.1 + 0.2, 9);
    for (let i = 0; i < 50; i++) sim.tick(0.1, sim.context.signals);
    const again = replay(ed, 4, inputsOf(sim.log));
    expect(again.view.arousal).toBe(sim.view.arousal);
    const record = buildDebrief({
      id: uuidFrom('steered'),
      scenario: ed,
      seed: 4,
      pseudonym: 'K',
      startedAt: '2026-12-08T10:00:00.000Z',
      log: sim.log,
      probes: [],
    });
    const steered = record.timeline.filter((e) => e.kind === 'instructor');
    expect(steered.map((e) => e.ref)).toEqual([`line:${line.id}`, 'nudge:0.1', 'nudge:0.2']);
    expect(steered[0]!.label).toEqual(line.text);
    expect(DebriefRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
