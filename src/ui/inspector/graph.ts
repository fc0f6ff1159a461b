/**
 * The scenario's statechart as a plain graph for the diagram: phases inside a `running` group,
 * endings beside it, transitions with their condition text, and act endings (withdraw, alarm,
 * help, timeout) as dashed edges from their phases, or from the whole group when they apply in
 * every phase (the machine's `running.on` handlers). Pure data: layout is in layout.ts.
 */
import type { Scenario } from '../../scenario';
import type { Lang } from '../../i18n';
import type { CyclePhase, EndingKind } from '../../sim';
import { describeCondition } from './describeCondition';

export const GROUP_ID = 'running';
export const INITIAL_ID = 'initial';

export type DiagramNode =
  | { id: string; kind: 'phase'; ref: string; label: string; cycle: CyclePhase }
  | { id: string; kind: 'ending'; ref: string; label: string; ending: EndingKind }
  | { id: typeof INITIAL_ID; kind: 'initial'; ref: ''; label: '' };

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  kind: 'transition' | 'act' | 'initial';
}

export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const phaseNode = (id: string) => `p:${id}`;
export const endingNode = (id: string) => `e:${id}`;

const ACT_TEXT = {
  nb: {
    withdraw: 'trekker seg unna',
    alarm: 'alarm',
    help: 'ber om hjelp',
    timeout: 'tiden ute',
    after: '+{s} s',
  },
  en: { withdraw: 'withdraws', alarm: 'alarm', help: 'calls for help', timeout: 'time out', after: '+{s} s' },
} as const;

export function buildDiagramGraph(s: Scenario, lang: Lang): DiagramGraph {
  const nodes: DiagramNode[] = [{ id: INITIAL_ID, kind: 'initial', ref: '', label: '' }];
  const edges: DiagramEdge[] = [];
  const endings = new Set(s.endings.map((e) => e.id));
  const target = (id: string) => (endings.has(id) ? endingNode(id) : phaseNode(id));
  for (const p of s.phases)
    nodes.push({ id: phaseNode(p.id), kind: 'phase', ref: p.id, label: p.label[lang], cycle: p.cycle });
  for (const e of s.endings)
    nodes.push({ id: endingNode(e.id), kind: 'ending', ref: e.id, label: e.title[lang], ending: e.kind });
  const first = s.phases[0];
  if (first)
    edges.push({ id: 'init', from: INITIAL_ID, to: phaseNode(first.id), label: '', kind: 'initial' });
  for (const p of s.phases)
    p.transitions.forEach((tr, i) =>
      edges.push({
        id: `t:${p.id}:${i}`,
        from: phaseNode(p.id),
        to: target(tr.to),
        label: describeCondition(tr.when, lang, tr.forS),
        kind: 'transition',
      }),
    );
  const words = ACT_TEXT[lang];
  const phaseIds = s.phases.map((p) => p.id);
  for (const e of s.endings) {
    if (!e.on) continue;
    const after = e.afterS ? ` ${words.after.replace('{s}', String(e.afterS))}` : '';
    const label = e.on === 'timeout' ? `${words.timeout} (${s.durationS} s)` : `${words[e.on]}${after}`;
    const from = e.on === 'timeout' ? null : (e.phases ?? null);
    const everywhere = from === null || phaseIds.every((id) => from.includes(id));
    if (everywhere) edges.push({ id: `a:${e.id}`, from: GROUP_ID, to: endingNode(e.id), label, kind: 'act' });
    else
      for (const ph of from.filter((id) => phaseIds.includes(id)))
        edges.push({ id: `a:${e.id}:${ph}`, from: phaseNode(ph), to: endingNode(e.id), label, kind: 'act' });
  }
  return { nodes, edges };
}

/**
 * Which nodes and edges a run went through, from its state path (phase and ending ids in order).
 * Parallel edges between the same two states are all marked: the path does not say which fired.
 */
export function pathHighlight(
  graph: DiagramGraph,
  path: readonly string[],
  s: Scenario,
): { nodes: Map<string, number>; edges: Set<string> } {
  const endings = new Set(s.endings.map((e) => e.id));
  const id = (x: string) => (endings.has(x) ? endingNode(x) : phaseNode(x));
  const nodes = new Map<string, number>();
  const edges = new Set<string>();
  path.forEach((x) => nodes.set(id(x), (nodes.get(id(x)) ?? 0) + 1));
  if (path.length > 0) edges.add('init');
  for (let i = 1; i < path.length; i++) {
    const from = id(path[i - 1] as string);
    const to = id(path[i] as string);
    const direct = graph.edges.filter((e) => e.from === from && e.to === to);
    const viaGroup = graph.edges.filter((e) => e.from === GROUP_ID && e.to === to);
    for (const e of direct.length > 0 ? direct : viaGroup) edges.add(e.id);
  }
  return { nodes, edges };
}
