/**
 * Automatic layout of the diagram graph with elkjs (layered, left to right, orthogonal edges,
 * edge labels as layout items so nothing overlaps). The bundled build runs in the page without a
 * web worker and without eval, so it works under the production CSP (index.html).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { GROUP_ID, type DiagramGraph, type DiagramNode } from './graph';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface LaidNode extends Box {
  node: DiagramNode;
}
export interface LaidEdge {
  id: string;
  points: [number, number][];
  label: (Box & { lines: string[] }) | null;
}
export interface DiagramLayout {
  width: number;
  height: number;
  group: Box | null;
  nodes: LaidNode[];
  edges: LaidEdge[];
}

/** Approximate glyph widths (px) of the diagram's fonts; labels are measured by character count. */
const LABEL_CHAR_W = 6.6;
const LABEL_LINE_H = 14;
const NODE_CHAR_W = 8.2;
const LABEL_MAX_CHARS = 22;

/** Splits text into lines of at most `max` characters at spaces. */
export function wrap(text: string, max = LABEL_MAX_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const NODE_MAX_CHARS = 18;

/** A node's title in one line, or two when long. */
export function nodeLines(n: DiagramNode): string[] {
  return n.label.length > NODE_MAX_CHARS
    ? wrap(n.label, Math.max(NODE_MAX_CHARS, Math.ceil(n.label.length / 2) + 3))
    : [n.label];
}

export function nodeSize(n: DiagramNode): { w: number; h: number } {
  if (n.kind === 'initial') return { w: 16, h: 16 };
  const lines = nodeLines(n);
  const w = Math.max(110, Math.max(...lines.map((l) => l.length)) * NODE_CHAR_W + 28);
  return { w, h: (n.kind === 'phase' ? 54 : 48) + (lines.length - 1) * 17 };
}

/** Options for the root and the phase group alike (ELK does not inherit them into compound nodes). */
const LAYERED: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Depth-first from the initial state, in file order: phases flow baseline → escalation → crisis →
  // recovery left to right and the edges back (calming down) are the reversed ones.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  // Six phases in a row are ~2.6 screens wide: wrap the chain into rows (about 2.5:1 overall).
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '2',
};

export function toElk(g: DiagramGraph): ElkNode {
  const child = (n: DiagramNode): ElkNode => ({ id: n.id, width: nodeSize(n).w, height: nodeSize(n).h });
  const edges: ElkExtendedEdge[] = g.edges.map((e) => {
    const lines = wrap(e.label);
    return {
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      labels: lines.length
        ? [
            {
              id: `${e.id}:label`,
              text: lines.join('\n'),
              width: Math.max(...lines.map((l) => l.length)) * LABEL_CHAR_W + 8,
              height: lines.length * LABEL_LINE_H + 4,
            },
          ]
        : [],
    };
  });
  return {
    id: 'root',
    layoutOptions: {
      ...LAYERED,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
      'elk.randomSeed': '1',
    },
    children: [
      ...g.nodes.filter((n) => n.kind === 'initial').map(child),
      {
        id: GROUP_ID,
        layoutOptions: {
          ...LAYERED,
          'elk.padding': '[top=34,left=20,bottom=20,right=20]',
        },
        children: g.nodes.filter((n) => n.kind === 'phase').map(child),
      },
      ...g.nodes.filter((n) => n.kind === 'ending').map(child),
    ],
    edges,
  };
}

let elk: InstanceType<typeof ELK> | null = null;

export async function layoutDiagram(g: DiagramGraph): Promise<DiagramLayout> {
  elk ??= new ELK();
  const out = await elk.layout(toElk(g));
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const nodes: LaidNode[] = [];
  let group: Box | null = null;
  const visit = (n: ElkNode) => {
    for (const c of n.children ?? []) {
      const box = { x: c.x ?? 0, y: c.y ?? 0, w: c.width ?? 0, h: c.height ?? 0 };
      if (c.id === GROUP_ID) group = box;
      const node = byId.get(c.id);
      if (node) nodes.push({ ...box, node });
      visit(c);
    }
  };
  visit(out);
  const edges: LaidEdge[] = [];
  const collect = (n: ElkNode) => {
    for (const e of n.edges ?? []) {
      const points: [number, number][] = [];
      for (const s of e.sections ?? []) {
        points.push([s.startPoint.x, s.startPoint.y]);
        for (const b of s.bendPoints ?? []) points.push([b.x, b.y]);
        points.push([s.endPoint.x, s.endPoint.y]);
      }
      const l = e.labels?.[0];
      edges.push({
        id: e.id,
        points,
        label: l
          ? { x: l.x ?? 0, y: l.y ?? 0, w: l.width ?? 0, h: l.height ?? 0, lines: (l.text ?? '').split('\n') }
          : null,
      });
    }
    for (const c of n.children ?? []) collect(c);
  };
  collect(out);
  return { width: out.width ?? 0, height: out.height ?? 0, group, nodes, edges };
}
