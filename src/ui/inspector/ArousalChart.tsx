import { useT } from '../../i18n';
import type { Scenario } from '../../scenario';
import { CYCLE_FILL, CYCLE_STROKE } from '../cycleColors';
import { useInspectorT } from './messages';
import type { RunResult } from './runs';

const W = 560;
const H = 200;
const L = 34;
const R = 10;
const TOP = 10;
const B = 24;

interface Band {
  from: number;
  to: number;
  phase: Scenario['phases'][number];
}

/** Phase bands of a run: each phase visited, from entry to leaving it. */
export function phaseBands(scenario: Scenario, run: RunResult): Band[] {
  const bands: Band[] = [];
  run.path.forEach((step, i) => {
    const phase = scenario.phases.find((p) => p.id === step.state);
    const to = run.path[i + 1]?.t ?? run.durationS;
    if (phase && to > step.t) bands.push({ from: step.t, to, phase });
  });
  return bands;
}

/** The arousal curve over phase bands, with each phase's arousal thresholds drawn within its band. */
export function ArousalChart({
  scenario,
  run,
  name,
  maxT,
}: {
  scenario: Scenario;
  run: RunResult;
  name: string;
  maxT: number;
}) {
  const t = useT();
  const it = useInspectorT();
  const T = Math.max(1, maxT);
  const x = (s: number) => L + (s / T) * (W - L - R);
  const y = (a: number) => TOP + (1 - a) * (H - TOP - B);
  const points = run.samples.map(([s, a]) => `${x(s).toFixed(1)},${y(a).toFixed(1)}`).join(' ');
  const bands = phaseBands(scenario, run);
  const step = T > 600 ? 120 : T > 240 ? 60 : 30;
  const ticks = Array.from({ length: Math.floor(T / step) + 1 }, (_, i) => i * step);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="insp-chart"
      role="img"
      aria-label={it('arousalAlt', { run: name })}
      data-testid="arousal-chart"
      data-run={name}
    >
      {bands.map((b, i) => (
        <g key={i}>
          <rect
            x={x(b.from)}
            y={TOP}
            width={Math.max(0.5, x(b.to) - x(b.from))}
            height={H - TOP - B}
            fill={CYCLE_FILL[b.phase.cycle]}
          >
            <title>{`${t.tx(b.phase.label)} (${t(`cycle.${b.phase.cycle}`)}) ${b.from.toFixed(0)}–${b.to.toFixed(0)} s`}</title>
          </rect>
          {b.phase.transitions.flatMap((tr, j) => {
            const v = tr.when.arousalAbove ?? tr.when.arousalBelow;
            if (v === undefined) return [];
            return [
              <line
                key={j}
                x1={x(b.from)}
                x2={x(b.to)}
                y1={y(v)}
                y2={y(v)}
                stroke={tr.when.arousalAbove !== undefined ? CYCLE_STROKE.crisis : CYCLE_STROKE.baseline}
                strokeDasharray="3 3"
                strokeWidth={1}
              >
                <title>{`${b.phase.id} → ${tr.to}: ${tr.when.arousalAbove !== undefined ? '>' : '<'} ${v}`}</title>
              </line>,
            ];
          })}
        </g>
      ))}
      {[0, 0.25, 0.5, 0.75, 1].map((a) => (
        <text key={a} x={L - 4} y={y(a) + 4} textAnchor="end" className="axis">
          {a}
        </text>
      ))}
      {ticks.map((s) => (
        <text key={s} x={x(s)} y={H - 6} textAnchor="middle" className="axis">
          {`${s} s`}
        </text>
      ))}
      <line x1={L} x2={L} y1={TOP} y2={H - B} stroke="#718096" />
      <line x1={L} x2={W - R} y1={H - B} y2={H - B} stroke="#718096" />
      <polyline points={points} fill="none" stroke="#9b2c2c" strokeWidth={2} data-testid="arousal-line" />
    </svg>
  );
}
