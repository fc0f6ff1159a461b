import { useT } from '../i18n';

export interface SimStatusProps {
  phase: string | null;
  /** Human label of the phase, already in the UI language. */
  phaseLabel: string | null;
  cycle: string | null;
  outcome: string | null;
  outcomeLabel: string | null;
}

/**
 * Visually hidden live region: screen readers hear phase and outcome changes; end-to-end tests read
 * data-phase / data-cycle / data-outcome instead of peeking into internals.
 */
export function SimStatus({ phase, phaseLabel, cycle, outcome, outcomeLabel }: SimStatusProps) {
  const t = useT();
  const text = outcome
    ? t('status.outcome', { outcome: outcomeLabel ?? outcome })
    : phase
      ? t('status.phase', { phase: phaseLabel ?? phase })
      : '';
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      role="status"
      data-testid="sim-status"
      data-phase={phase ?? ''}
      data-cycle={cycle ?? ''}
      data-outcome={outcome ?? ''}
    >
      {text}
    </div>
  );
}
