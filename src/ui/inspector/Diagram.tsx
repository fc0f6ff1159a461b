import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import type { Scenario } from '../../scenario';
import { CYCLE_FILL, CYCLE_STROKE, ENDING_FILL, PATH } from '../cycleColors';
import { buildDiagramGraph, type DiagramEdge } from './graph';
import { layoutDiagram, nodeLines, type DiagramLayout, type LaidNode } from './layout';
import { useInspectorT } from './messages';

export interface Highlight {
  nodes: Map<string, number>;
  edges: Set<string>;
}

export interface DiagramProps {
  scenario: Scenario;
  highlight?: Highlight | null;
}

/** The statechart as an SVG, laid out by elkjs: phases by cycle colour, endings by kind, act edges dashed. */
export function Diagram({ scenario, highlight }: DiagramProps) {
  const t = useT();
  const it = useInspectorT();
  const graph = useMemo(() => buildDiagramGraph(scenario, t.lang), [scenario, t.lang]);
  const [laid, setLaid] = useState<{ graph: typeof graph; layout: DiagramLayout } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fit, setFit] = useState(false);
  useEffect(() => {
    let live = true;
    layoutDiagram(graph).then(
      (layout) => live && (setLaid({ graph, layout }), setError(null)),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [graph]);
  const layout = laid?.graph === graph ? laid.layout : null;
  const kinds = useMemo(() => new Map(graph.edges.map((e) => [e.id, e])), [graph]);
  if (error) return <p role="alert">{it('layoutFailed', { msg: error })}</p>;
  if (!layout)
    return (
      <p className="insp-muted" data-testid="diagram-pending">
        {it('layingOut')}
      </p>
    );
  const on = (id: string) => !highlight || highlight.edges.has(id);
  const nodeOn = (id: string) => !highlight || highlight.nodes.has(id);
  return (
    <div className="insp-diagram-wrap">
      <div className="insp-row small">
        <Legend />
        <button type="button" className="btn small" aria-pressed={fit} onClick={() => setFit(!fit)}>
          {fit ? it('zoom100') : it('zoomFit')}
        </button>
      </div>
      <div className="insp-diagram-scroll">
        <svg
          className="insp-diagram"
          data-testid="diagram"
          data-scenario={scenario.id}
          data-ready="1"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={fit ? '100%' : layout.width}
          height={fit ? undefined : layout.height}
          role="img"
          aria-label={it('diagramAlt', {
            title: t.tx(scenario.title),
            phases: scenario.phases.length,
            endings: scenario.endings.length,
          })}
        >
          <defs>
            {[
              ['arrow', '#4a5568'],
              ['arrow-path', PATH],
            ].map(([id, color]) => (
              <marker
                key={id}
                id={id}
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" fill={color} />
              </marker>
            ))}
          </defs>
          <rect width={layout.width} height={layout.height} fill="#fbfcfd" />
          {layout.group && (
            <g data-testid="diagram-group">
              <rect
                x={layout.group.x}
                y={layout.group.y}
                width={layout.group.w}
                height={layout.group.h}
                rx={14}
                fill="#f1f4f7"
                stroke="#a0aec0"
                strokeDasharray="4 3"
              />
              <text x={layout.group.x + 14} y={layout.group.y + 22} className="group-title">
                {t.lang === 'nb' ? 'Samtalen pågår (faser)' : 'Encounter running (phases)'}
              </text>
            </g>
          )}
          {layout.edges.map((e) => {
            const edge = kinds.get(e.id);
            if (!edge) return null;
            return (
              <EdgeView
                key={e.id}
                edge={edge}
                points={e.points}
                lit={!!highlight && on(e.id)}
                dim={!on(e.id)}
              />
            );
          })}
          {layout.nodes.map((n) => (
            <NodeView
              key={n.node.id}
              n={n}
              visits={highlight?.nodes.get(n.node.id) ?? 0}
              dim={!nodeOn(n.node.id)}
            />
          ))}
          {layout.edges.map((e) =>
            e.label ? (
              <g
                key={e.id}
                className={`edge-label ${kinds.get(e.id)?.kind ?? ''}`}
                data-testid="edge-label"
                opacity={on(e.id) ? 1 : 0.35}
              >
                <rect x={e.label.x} y={e.label.y} width={e.label.w} height={e.label.h} rx={3} />
                {e.label.lines.map((line, i) => (
                  <text key={i} x={e.label!.x + 4} y={e.label!.y + 13 + i * 14}>
                    {line}
                  </text>
                ))}
              </g>
            ) : null,
          )}
        </svg>
      </div>
    </div>
  );
}

function EdgeView({
  edge,
  points,
  lit,
  dim,
}: {
  edge: DiagramEdge;
  points: [number, number][];
  lit: boolean;
  dim: boolean;
}) {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return (
    <path
      d={d}
      data-testid="diagram-edge"
      data-edge={edge.id}
      data-lit={lit ? '1' : undefined}
      fill="none"
      stroke={lit ? PATH : '#4a5568'}
      strokeWidth={lit ? 3.5 : 1.5}
      strokeDasharray={edge.kind === 'act' ? '6 4' : undefined}
      opacity={dim ? 0.3 : 1}
      markerEnd={`url(#${lit ? 'arrow-path' : 'arrow'})`}
    />
  );
}

function NodeView({ n, visits, dim }: { n: LaidNode; visits: number; dim: boolean }) {
  const t = useT();
  const node = n.node;
  const cx = n.x + n.w / 2;
  const lines = nodeLines(node);
  if (node.kind === 'initial')
    return <circle cx={cx} cy={n.y + n.h / 2} r={7} fill="#2d3748" data-testid="diagram-initial" />;
  const phase = node.kind === 'phase';
  const fill = phase ? CYCLE_FILL[node.cycle] : ENDING_FILL[node.ending];
  const stroke = phase ? CYCLE_STROKE[node.cycle] : '#1a202c';
  const ink = phase ? '#1a202c' : '#ffffff';
  const sub = phase ? t(`cycle.${node.cycle}`) : t(`end.kind.${node.ending}`);
  return (
    <g
      data-testid="diagram-node"
      data-id={node.ref}
      data-kind={node.kind}
      data-visits={visits || undefined}
      opacity={dim ? 0.4 : 1}
    >
      <title>{`${node.label} (${node.ref}) – ${sub}`}</title>
      <rect
        x={n.x}
        y={n.y}
        width={n.w}
        height={n.h}
        rx={phase ? 10 : n.h / 2}
        fill={fill}
        stroke={visits ? PATH : stroke}
        strokeWidth={visits ? 4 : 2}
      />
      {!phase && (
        <rect
          x={n.x + 4}
          y={n.y + 4}
          width={n.w - 8}
          height={n.h - 8}
          rx={(n.h - 8) / 2}
          fill="none"
          stroke="#ffffff"
          strokeOpacity={0.7}
        />
      )}
      {lines.map((line, i) => (
        <text key={i} x={cx} y={n.y + 21 + i * 17} textAnchor="middle" className="node-title" fill={ink}>
          {line}
        </text>
      ))}
      <text x={cx} y={n.y + n.h - (phase ? 11 : 10)} textAnchor="middle" className="node-sub" fill={ink}>
        {sub}
      </text>
      {visits > 1 && (
        <g>
          <circle cx={n.x + n.w - 4} cy={n.y + 4} r={11} fill={PATH} />
          <text x={n.x + n.w - 4} y={n.y + 8} textAnchor="middle" className="node-badge">
            {`×${visits}`}
          </text>
        </g>
      )}
    </g>
  );
}

function Legend() {
  const it = useInspectorT();
  const t = useT();
  return (
    <ul className="insp-legend" aria-label="legend">
      {(['baseline', 'escalation', 'crisis', 'recovery', 'postCrisis'] as const).map((c) => (
        <li key={c}>
          <span className="swatch" style={{ background: CYCLE_FILL[c], borderColor: CYCLE_STROKE[c] }} />
          {t(`cycle.${c}`)}
        </li>
      ))}
      {(['good', 'safe', 'bad', 'neutral'] as const).map((k) => (
        <li key={k}>
          <span className="swatch pill" style={{ background: ENDING_FILL[k] }} />
          {t(`end.kind.${k}`)}
        </li>
      ))}
      <li>
        <span className="line-sample" /> {it('legendTransition')}
      </li>
      <li>
        <span className="line-sample dashed" /> {it('legendAct')}
      </li>
    </ul>
  );
}
