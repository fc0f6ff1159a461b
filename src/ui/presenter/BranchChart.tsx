import { useT } from '../../i18n';
import type { Scenario } from '../../scenario';
import type { BranchSummary } from '../../session';
import { mmss } from '../labels';

/** One branch of a walkthrough as the projector shows it. */
export interface BranchView {
  id: string;
  /** A, B, C… */
  name: string;
  summary: BranchSummary;
  /** The decision point it was forked from (null: the first run). */
  forkedAt: number | null;
  current: boolean;
}

/** Line colours, distinguishable on a projector and in grey print. */
export const BRANCH_COLOURS = ['#2f7d4f', '#b7791f', '#2b5f9e', '#b02a2a', '#6b4f96', '#3a7f86'];

const W = 900;
const H = 260;
const PAD = { l: 44, r: 12, t: 10, b: 28 };

/**
 * "What if we had…": every branch's arousal curve over the same axes (they share the run up to the
 * point each was forked from), with the phases each reached and its ending.
 */
export function BranchChart({ branches, scenario }: { branches: readonly BranchView[]; scenario: Scenario }) {
  const t = useT();
  const span = Math.max(30, ...branches.map((b) => b.summary.durationS));
  const x = (s: number) => PAD.l + (s / span) * (W - PAD.l - PAD.r);
  const y = (a: number) => PAD.t + (1 - a) * (H - PAD.t - PAD.b);
  const ticks = Array.from({ length: Math.floor(span / 60) + 1 }, (_, i) => i * 60);
  const ending = (b: BranchView) => {
    const e = b.summary.ending;
    const title = e && scenario.endings.find((x) => x.id === e.id)?.title;
    return title ? t('group.ended', { text: t.tx(title) }) : t('group.ongoing');
  };
  return (
    <figure className="branch-chart" data-testid="branch-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('group.chart')}>
        {[0, 0.5, 1].map((a) => (
          <g key={a}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(a)} y2={y(a)} className="grid" />
            <text x={PAD.l - 6} y={y(a) + 5} textAnchor="end">
              {a}
            </text>
          </g>
        ))}
        {ticks.map((s) => (
          <text key={s} x={x(s)} y={H - 6} textAnchor="middle">
            {mmss(s)}
          </text>
        ))}
        {branches.map((b, i) => (
          <path
            key={b.id}
            data-branch={b.name}
            d={b.summary.curve
              .map(([s, a], k) => `${k ? 'L' : 'M'}${x(s).toFixed(1)},${y(a).toFixed(1)}`)
              .join('')}
            fill="none"
            stroke={BRANCH_COLOURS[i % BRANCH_COLOURS.length]}
            strokeWidth={b.current ? 5 : 3}
            strokeDasharray={i % 2 ? '10 5' : undefined}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="branch-legend">
          {branches.map((b, i) => (
            <li key={b.id} data-branch={b.name} data-ending={b.summary.ending?.kind ?? ''}>
              <span className="swatch" style={{ background: BRANCH_COLOURS[i % BRANCH_COLOURS.length] }} />
              <strong>{t('group.branch', { name: b.name })}</strong>
              {b.forkedAt !== null && ` (${t('group.forkedAt', { n: b.forkedAt })})`}:{' '}
              {b.summary.cycles.map((c) => t(`cycle.${c}`)).join(' → ')} · {ending(b)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
