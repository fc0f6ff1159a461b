/**
 * The compact debrief in the headset (issue #5): right after the run, before the trainee takes the
 * headset off. Two pages on one panel: the outcome with the arousal curve over the phase bands and the
 * SA score with its parts; then what went well (first) and what to try next. The full debrief
 * (timeline, replay, reflections, wellbeing check-in) waits on the desktop after leaving VR.
 */
import { useState } from 'react';
import type { DebriefRecord } from '../../debrief';
import { useT, type Translate } from '../../i18n';
import { mmss } from '../labels';
import { CYCLE_FILL } from '../cycleColors';
import { CanvasPanel, type PanelSpec } from './CanvasPanel';
import type { Outcome } from '../../sim';
import { SCORING } from '../../scoring';

export type XrDebriefPage = 'summary' | 'feedback';

/** Pure: the panel for a page of the compact debrief (exported for tests). */
export function xrDebriefSpec(
  t: Translate,
  ending: Outcome | null,
  record: DebriefRecord | undefined,
  page: XrDebriefPage,
): PanelSpec {
  const exit = { id: 'exit', label: t('xr.exit'), primary: true };
  if (!record) {
    return {
      title: t('xr.ended'),
      lines: [ending ? t.tx(ending.title) : '', t('xr.endHint')],
      buttons: [exit],
    };
  }
  const title = `${record.outcome ? t.tx(record.outcome.title) : t('xr.ended')} · ${mmss(record.durationS)}`;
  if (page === 'feedback') {
    return {
      title,
      lines: [
        `${t('debrief.wentWell')}:`,
        ...record.wentWell.map((w) => `• ${t.tx(w)}`),
        `${t('debrief.tryNext')}:`,
        ...record.tryNext.map((w) => `• ${t.tx(w)}`),
      ],
      buttons: [{ id: 'summary', label: t('xr.summary') }, exit],
      columns: 2,
    };
  }
  const sa = record.sa;
  const level = (l: 1 | 2 | 3) => {
    const s = sa.probes.byLevel[l];
    return s.asked ? `${s.correct}/${s.asked}` : '–';
  };
  return {
    title,
    chart: {
      points: record.arousal,
      bands: record.phases.map((p) => ({ from: p.from, to: p.to, color: CYCLE_FILL[p.cycle] ?? '#eeeeee' })),
      duration: Math.max(1, record.durationS),
    },
    lines: [
      sa.total === null
        ? t('debrief.saNotScored', {
            s: String(Math.round(sa.evidence?.observedS ?? record.durationS)),
            min: String(SCORING.minObservedS),
          })
        : t('debrief.saTotal', { score: Math.round(sa.total) }),
      `${t('debrief.probes', { pct: sa.probes.percent === null ? '–' : Math.round(sa.probes.percent) })} · ${t(
        'debrief.process',
        { score: Math.round(sa.process.score) },
      )}`,
      t('xr.levels', { l1: level(1), l2: level(2), l3: level(3) }),
      ...(record.intense ? [t('xr.intense')] : []),
      t('xr.endHintFull'),
    ],
    buttons: [{ id: 'feedback', label: t('xr.feedback') }, exit],
    columns: 2,
  };
}

export function XrDebrief({
  ending,
  record,
  onExitVr,
}: {
  ending: Outcome | null;
  record?: DebriefRecord;
  onExitVr: () => void;
}) {
  const t = useT();
  const [page, setPage] = useState<XrDebriefPage>('summary');
  const press = (id: string) => {
    if (id === 'exit') onExitVr();
    else if (id === 'feedback' || id === 'summary') setPage(id);
  };
  return (
    <CanvasPanel
      name={`xr-end-${page}`}
      width={1.0}
      spec={xrDebriefSpec(t, ending, record, page)}
      onPress={press}
    />
  );
}
