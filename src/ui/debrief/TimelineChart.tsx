import { useState } from 'react';
import { useT, type Translate } from '../../i18n';
import type { DebriefRecord } from '../../debrief';
import { CYCLE_FILL } from '../cycleColors';
import { mmss } from '../labels';

const W = 720;
const H = 180;
const PAD = 28;
type Event = DebriefRecord['timeline'][number];

export function eventText(t: Translate, e: Event): string {
  const text = e.label ? t.tx(e.label) : (e.ref ?? '');
  switch (e.kind) {
    case 'say':
      return t('debrief.event.say', { text });
    case 'cue':
      return t(e.on ? 'debrief.event.cueOn' : 'debrief.event.cueOff', { text });
    case 'phase':
      return t('debrief.event.phase', { text });
    case 'ending':
      return t('debrief.event.ending', { text });
    case 'instructor':
      return t('debrief.event.instructor', { text });
    default:
      return t(`debrief.event.${e.kind}`);
  }
}

/**
 * The arousal curve over phase bands with a marker per act and cue (focus or hover shows what
 * happened), the distance against the safe band, and the same timeline as a table for screen readers.
 */
export function TimelineChart({ record }: { record: DebriefRecord }) {
  const t = useT();
  const [active, setActive] = useState<Event | null>(null);
  const T = Math.max(1, record.durationS);
  const x = (s: number) => PAD + (s / T) * (W - 2 * PAD);
  const y = (a: number) => H - PAD - a * (H - 2 * PAD);
  const arousal = record.arousal.map(([s, a]) => `${x(s).toFixed(1)},${y(a).toFixed(1)}`).join(' ');
  const maxD = Math.max(4, ...record.distance.map((d) => Math.min(d[1], 8)));
  const yd = (d: number) => H - PAD - (Math.min(d, maxD) / maxD) * (H - 2 * PAD);
  const dist = record.distance.map(([s, d]) => `${x(s).toFixed(1)},${yd(d).toFixed(1)}`).join(' ');
  const safe = record.distance.map(([s, , sd]) => `${x(s).toFixed(1)},${yd(sd).toFixed(1)}`);
  const safeArea = safe.length ? `${x(0)},${yd(0)} ${safe.join(' ')} ${x(T)},${yd(0)}` : '';
  const markers = record.timeline.filter((e) => e.kind !== 'phase' && !(e.kind === 'cue' && !e.on));
  const ticks = Array.from({ length: Math.floor(T / 60) + 1 }, (_, i) => i * 60);
  return (
    <section className="card timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('debrief.timeline')}</h2>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('debrief.arousalChart')}
        data-testid="arousal-chart"
      >
        {record.phases.map((p, i) => (
          <rect
            key={i}
            x={x(p.from)}
            y={PAD}
            width={Math.max(0.5, x(p.to) - x(p.from))}
            height={H - 2 * PAD}
            fill={CYCLE_FILL[p.cycle]}
          >
            <title>{`${t.tx(p.label)} (${t(`cycle.${p.cycle}`)}) ${mmss(p.from)}–${mmss(p.to)}`}</title>
          </rect>
        ))}
        {ticks.map((s) => (
          <text key={s} x={x(s)} y={H - 8} className="axis" textAnchor="middle">
            {mmss(s)}
          </text>
        ))}
        <polyline points={arousal} fill="none" stroke="#9b2c2c" strokeWidth={2} />
        {markers.map((e, i) => (
          <g
            key={i}
            className={`marker marker-${e.kind}`}
            tabIndex={0}
            role="button"
            aria-label={`${mmss(e.t)} ${eventText(t, e)}`}
            onFocus={() => setActive(e)}
            onMouseEnter={() => setActive(e)}
            onBlur={() => setActive(null)}
          >
            <line x1={x(e.t)} x2={x(e.t)} y1={PAD} y2={H - PAD} />
            <circle cx={x(e.t)} cy={e.kind === 'cue' ? PAD + 6 : H - PAD - 6} r={5} />
          </g>
        ))}
      </svg>
      <p className="marker-detail" aria-live="polite" data-testid="marker-detail">
        {active ? `${mmss(active.t)} – ${eventText(t, active)}` : ' '}
      </p>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('debrief.distanceChart')}
        data-testid="distance-chart"
      >
        <polygon points={safeArea} fill="#f6d0cc" opacity={0.7} />
        <polyline points={dist} fill="none" stroke="#1f4e79" strokeWidth={2} />
        {[0, 2, 4, 6, 8]
          .filter((m) => m <= maxD)
          .map((m) => (
            <text key={m} x={4} y={yd(m) + 4} className="axis">{`${m} m`}</text>
          ))}
      </svg>
      <details>
        <summary>{t('debrief.tableAlt')}</summary>
        <table data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">{t('debrief.col.time')}</th>
              <th scope="col">{t('debrief.col.event')}</th>
            </tr>
          </thead>
          <tbody>
            {record.timeline.map((e, i) => (
              <tr key={i}>
                <td>{mmss(e.t)}</td>
                <td>{eventText(t, e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
