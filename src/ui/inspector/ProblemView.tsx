import { useMemo } from 'react';
import type { Problem } from '../../scenario';
import { useInspectorT } from './messages';

export interface ProblemViewProps {
  file: string;
  text: string;
  problems: Problem[];
  /** 'error' for a rejected file, 'warning' for a loaded one with warnings. */
  tone: 'error' | 'warning';
  title: string;
  onDismiss?: () => void;
}

/**
 * A file's problems in place: the list, then the source with line numbers and each message under
 * its line. Everything is rendered as text (React text nodes), never as HTML.
 */
export function ProblemView({ file, text, problems, tone, title, onDismiss }: ProblemViewProps) {
  const t = useInspectorT();
  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const byLine = useMemo(() => {
    const m = new Map<number, Problem[]>();
    for (const p of problems) m.set(p.line, [...(m.get(p.line) ?? []), p]);
    return m;
  }, [problems]);
  const anchor = (line: number) => `src-${file.replace(/[^a-zA-Z0-9_-]/g, '_')}-${line}`;
  return (
    <section
      className={`card insp-problems ${tone}`}
      data-testid={tone === 'error' ? 'inspector-rejected' : 'inspector-warnings'}
      data-file={file}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      <div className="insp-row">
        <h2>{title}</h2>
        {onDismiss && (
          <button type="button" className="btn" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        )}
      </div>
      <ol className="insp-problem-list" data-testid="problem-list">
        {problems.map((p, i) => (
          <li key={i} data-line={p.line} data-severity={p.severity ?? 'error'}>
            <a href={`#${anchor(p.line)}`}>{`${p.file}:${p.line}:${p.col}`}</a>{' '}
            {p.severity === 'warning' ? '⚠ ' : ''}
            {p.message}
          </li>
        ))}
      </ol>
      {text && (
        <div className="insp-source" role="table" aria-label={t('source')} data-testid="problem-source">
          {lines.map((line, i) => {
            const n = i + 1;
            const here = byLine.get(n);
            return (
              <div key={n} role="rowgroup">
                <div
                  role="row"
                  id={anchor(n)}
                  className={here ? 'src-line has-problem' : 'src-line'}
                  {...(here ? { 'data-testid': 'problem-line', 'data-line': n } : {})}
                >
                  <span role="cell" className="ln" aria-label={t('line', { n })}>
                    {n}
                  </span>
                  <span role="cell" className="code">
                    {line || ' '}
                  </span>
                </div>
                {here?.map((p, j) => (
                  <div key={j} role="row" className="src-msg" data-testid="problem-message" data-line={n}>
                    <span role="cell" className="ln" />
                    <span role="cell" className="code">
                      {`${' '.repeat(Math.max(0, p.col - 1))}^ ${p.message}`}
                    </span>
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
