import { useState } from 'react';
import type { Problem } from '../../scenario';
import { graphProblems } from './load';
import { useInspectorT } from './messages';
import { ProblemView } from './ProblemView';

/** On request, the full check of `check:scenarios` (graph exploration: a few seconds). */
export function GraphCheck({ file, text }: { file: string; text: string }) {
  const t = useInspectorT();
  const [state, setState] = useState<'idle' | 'running' | Problem[]>('idle');
  const run = () => {
    setState('running');
    // Let the "checking" text paint before the synchronous exploration starts.
    setTimeout(() => setState(graphProblems(text, file)), 30);
  };
  return (
    <div className="insp-row" data-testid="graph-check">
      <button type="button" className="btn" onClick={run} disabled={state === 'running'}>
        {t('graphCheck')}
      </button>
      {state === 'running' && <span aria-live="polite">{t('graphChecking')}</span>}
      {Array.isArray(state) && state.length === 0 && <span aria-live="polite">{t('graphOk')}</span>}
      {Array.isArray(state) && state.length > 0 && (
        <ProblemView
          file={file}
          text={text}
          problems={state}
          tone={state.some((p) => p.severity !== 'warning') ? 'error' : 'warning'}
          title={t('problems')}
        />
      )}
    </div>
  );
}
