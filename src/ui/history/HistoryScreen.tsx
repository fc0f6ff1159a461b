import './history.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import {
  exportRuns,
  importRuns,
  MAX_IMPORT_BYTES,
  type OnConflict,
  type RunStore,
  type StoredRun,
} from '../../storage';
import { Dialog } from '../Dialog';
import { downloadText, exportName } from './download';
import { problemText, summaryText } from './importText';

export interface HistoryScreenProps {
  /** null where IndexedDB is unavailable: the list is empty and import is off. */
  store: RunStore | null;
  /** Whether a run's scenario is installed here (a debrief opens with its scenario, for replay). */
  canOpen: (scenarioId: string) => boolean;
  onOpen: (run: StoredRun) => void;
  onBack: () => void;
  /** The course's run charts over these runs. */
  onCharts?: () => void;
}

type Notice = { kind: 'ok'; text: string } | { kind: 'error'; file: string; errors: string[] };

/**
 * Past runs (scenario, date, outcome, SA score) with open, export and delete (confirmed), plus
 * export of all and import of one or many files. Imported files are untrusted: their errors are
 * shown as plain text, and a file that fails validation stores nothing.
 */
export function HistoryScreen({ store, canOpen, onOpen, onBack, onCharts }: HistoryScreenProps) {
  const t = useT();
  const [runs, setRuns] = useState<StoredRun[] | null>(null);
  const [confirm, setConfirm] = useState<StoredRun | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [onConflict, setOnConflict] = useState<OnConflict>('keepMine');
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    setRuns(store ? await store.history() : []);
  }, [store]);
  useEffect(() => {
    heading.current?.focus();
    void reload();
  }, [reload]);

  const date = (iso: string) =>
    new Intl.DateTimeFormat(t.lang === 'nb' ? 'nb-NO' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const title = (r: StoredRun) => (r.record ? t.tx(r.record.scenario.title) : r.scenarioId);

  const exportIds = async (ids: string[], what: string) => {
    if (!store || !ids.length) return;
    downloadText(exportName(what), await exportRuns(store, ids));
  };

  const onFiles = async (files: FileList | null) => {
    if (!store || !files?.length) return;
    const out: Notice[] = [];
    for (const file of Array.from(files)) {
      // The size in bytes from the file itself, before reading a byte of it.
      const result =
        file.size > MAX_IMPORT_BYTES
          ? {
              ok: false as const,
              problems: [{ code: 'tooLarge' as const, bytes: file.size, limit: MAX_IMPORT_BYTES }],
            }
          : await importRuns(store, await file.text(), onConflict);
      if (result.ok) out.push({ kind: 'ok', text: summaryText(t, file.name, result) });
      else
        out.push({ kind: 'error', file: file.name, errors: result.problems.map((p) => problemText(t, p)) });
    }
    setNotices(out);
    if (fileInput.current) fileInput.current.value = '';
    await reload();
  };

  const remove = async (run: StoredRun) => {
    setConfirm(null);
    await store?.remove(run.id);
    setNotices([{ kind: 'ok', text: t('history.deleted') }]);
    await reload();
    heading.current?.focus();
  };

  return (
    <main className="screen history" data-testid="history-screen">
      <div className="inner">
        <header className="topbar">
          <h1 ref={heading} tabIndex={-1}>
            {t('history.heading')}
          </h1>
          <div className="actions">
            {onCharts && (
              <button type="button" className="btn" onClick={onCharts} data-testid="open-charts">
                {t('charts.open')}
              </button>
            )}
            <button type="button" className="btn" onClick={onBack} data-testid="history-back">
              {t('history.back')}
            </button>
          </div>
        </header>
        <div className="button-row history-tools">
          <button
            type="button"
            className="btn"
            disabled={!runs?.length}
            onClick={() => void exportIds(runs?.map((r) => r.id) ?? [], 'all')}
            data-testid="export-all"
          >
            {t('history.exportAll')}
          </button>
          <fieldset className="field on-conflict" data-testid="import-on-conflict">
            <legend>{t('history.onConflict')}</legend>
            {(['keepMine', 'keepBoth'] as const).map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name="on-conflict"
                  value={c}
                  checked={onConflict === c}
                  onChange={() => setOnConflict(c)}
                  data-testid={`on-conflict-${c}`}
                />{' '}
                {t(`history.onConflict.${c}`)}
              </label>
            ))}
          </fieldset>
          <label className="btn file-button">
            {t('history.import')}
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              multiple
              disabled={!store}
              onChange={(e) => void onFiles(e.target.files)}
              data-testid="import-file"
            />
          </label>
        </div>
        <div aria-live="polite" data-testid="history-notices">
          {notices.map((n, i) =>
            n.kind === 'ok' ? (
              <p key={i} className="notice ok" role="status">
                {n.text}
              </p>
            ) : (
              <div key={i} className="notice error" role="alert" data-testid="import-error">
                <p>
                  <strong>{t('history.importFailed', { file: n.file })}</strong>
                </p>
                <ul>
                  {n.errors.map((e, j) => (
                    <li key={j}>{e}</li>
                  ))}
                </ul>
                <p>{t('history.nothingChanged')}</p>
              </div>
            ),
          )}
        </div>
        {runs !== null && runs.length === 0 && <p data-testid="history-empty">{t('history.empty')}</p>}
        {runs !== null && runs.length > 0 && (
          <table className="history-table" data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">{t('history.col.scenario')}</th>
                <th scope="col">{t('history.col.date')}</th>
                <th scope="col">{t('history.col.outcome')}</th>
                <th scope="col">{t('history.col.sa')}</th>
                <th scope="col">{t('history.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => {
                const kind = r.record?.outcome?.kind ?? 'neutral';
                const open = canOpen(r.scenarioId) && !!r.record;
                return (
                  <tr key={r.id} data-testid="history-row" data-run={r.id}>
                    <th scope="row">{title(r)}</th>
                    <td>{date(r.startedAt)}</td>
                    <td className={`outcome kind-${kind}`}>
                      {r.record?.outcome ? t.tx(r.record.outcome.title) : t('history.unfinished')}
                    </td>
                    <td data-testid="history-sa">
                      {r.saTotal !== undefined ? (
                        Math.round(r.saTotal)
                      ) : r.record ? (
                        <span className="hint">{t('history.notScored')}</span>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="btn primary"
                        disabled={!open}
                        title={open ? undefined : t('history.noScenario')}
                        onClick={() => onOpen(r)}
                        aria-label={`${t('history.open')}: ${title(r)}, ${date(r.startedAt)}`}
                        data-testid="history-open"
                      >
                        {t('history.open')}
                      </button>
                      <button
                        type="button"
                        className="btn"
                        onClick={() => void exportIds([r.id], r.id.slice(0, 8))}
                        aria-label={`${t('history.export')}: ${title(r)}, ${date(r.startedAt)}`}
                        data-testid="history-export"
                      >
                        {t('history.export')}
                      </button>
                      <button
                        type="button"
                        className="btn danger"
                        onClick={() => setConfirm(r)}
                        aria-label={`${t('history.delete')}: ${title(r)}, ${date(r.startedAt)}`}
                        data-testid="history-delete"
                      >
                        {t('history.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      {confirm && (
        <Dialog title={t('history.delete')} onClose={() => setConfirm(null)} testId="confirm-delete">
          <p>{t('history.confirmDelete', { scenario: title(confirm), date: date(confirm.startedAt) })}</p>
          <div className="button-row">
            <button
              type="button"
              className="btn"
              onClick={() => setConfirm(null)}
              data-testid="cancel-delete"
            >
              {t('history.cancel')}
            </button>
            <button
              type="button"
              className="btn danger"
              onClick={() => void remove(confirm)}
              data-testid="confirm-delete-yes"
            >
              {t('history.confirm')}
            </button>
          </div>
        </Dialog>
      )}
    </main>
  );
}
