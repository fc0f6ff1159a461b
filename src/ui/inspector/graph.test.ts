import { describe, expect, it } from 'vitest';
import { loadTestScenario } from '../testScenario';
import { buildDiagramGraph, GROUP_ID, pathHighlight } from './graph';
import { layoutDiagram, toElk, wrap } from './layout';

const s = loadTestScenario();

describe('diagram graph', () => {
  const g = buildDiagramGraph(s, 'nb');
  it('has a node per phase and ending, and an edge per transition with its condition', () => {
    expect(g.nodes.filter((n) => n.kind === 'phase').map((n) => n.ref)).toEqual(s.phases.map((p) => p.id));
    expect(g.nodes.filter((n) => n.kind === 'ending').map((n) => n.ref)).toEqual(s.endings.map((e) => e.id));
    const transitions = g.edges.filter((e) => e.kind === 'transition');
    expect(transitions).toHaveLength(s.phases.reduce((n, p) => n + p.transitions.length, 0));
    expect(transitions.find((e) => e.id === 't:agitated:0')).toMatchObject({
      from: 'p:agitated',
      to: 'p:threatening',
      label: 'arousal > 0.75 i 1 s',
    });
    expect(g.edges.find((e) => e.kind === 'initial')?.to).toBe(`p:${s.phases[0]!.id}`);
  });

  it('draws act endings from their listed phases, or from the running group when they apply everywhere', () => {
    const acts = g.edges.filter((e) => e.kind === 'act');
    const withdraw = s.endings.find((e) => e.on === 'withdraw' && e.phases)!;
    expect(acts.filter((e) => e.to === `e:${withdraw.id}`).map((e) => e.from)).toEqual(
      withdraw.phases!.map((p) => `p:${p}`),
    );
    const timeout = s.endings.find((e) => e.on === 'timeout')!;
    expect(acts.find((e) => e.to === `e:${timeout.id}`)).toMatchObject({ from: GROUP_ID });
    const alarm = s.endings.find((e) => e.on === 'alarm')!;
    expect(acts.find((e) => e.to === `e:${alarm.id}`)?.label).toBe(`alarm +${alarm.afterS} s`);
  });

  it('highlights the nodes and edges of a run path, counting repeated visits', () => {
    const h = pathHighlight(
      g,
      ['waiting', 'agitated', 'waiting', 'agitated', 'threatening', 'withdrewSafely'],
      s,
    );
    expect(h.nodes.get('p:agitated')).toBe(2);
    expect([...h.edges].sort()).toEqual(
      ['a:withdrewSafely:threatening', 'init', 't:agitated:0', 't:agitated:1', 't:waiting:0'].sort(),
    );
    const timedOut = pathHighlight(g, ['waiting', 'timedOut'], s);
    expect(timedOut.edges.has('a:timedOut')).toBe(true);
  });

  it('wraps labels and nests phases in the group for elk', () => {
    expect(wrap('arousal < 0.3 og avstand < 4 m og har sagt: valg/informere i 20 s', 22)).toEqual([
      'arousal < 0.3 og',
      'avstand < 4 m og har',
      'sagt: valg/informere i',
      '20 s',
    ]);
    const elk = toElk(g);
    expect(elk.children?.find((c) => c.id === GROUP_ID)?.children).toHaveLength(s.phases.length);
    expect(elk.edges).toHaveLength(g.edges.length);
  });

  it('lays out left to right without overlapping boxes or labels', async () => {
    const l = await layoutDiagram(g);
    const boxes = [
      ...l.nodes.map((n) => ({ id: n.node.id, ...n })),
      ...l.edges.flatMap((e) => (e.label ? [{ id: `${e.id}:label`, ...e.label }] : [])),
    ];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    const x = (id: string) => l.nodes.find((n) => n.node.id === id)!.x;
    expect(x('p:waiting')).toBeLessThan(x('p:agitated'));
    expect(x('p:agitated')).toBeLessThan(x('p:threatening'));
    // Long chains wrap into rows; endings stay in the last column, right of every phase.
    expect(Math.min(...s.endings.map((e) => x(`e:${e.id}`)))).toBeGreaterThan(
      Math.max(...s.phases.map((p) => x(`p:${p.id}`))),
    );
    expect(l.width).toBeGreaterThan(0);
  });
});
