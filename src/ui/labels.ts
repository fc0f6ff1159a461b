import type { Translate } from '../i18n';
import type { MessageKey } from '../i18n';
import type { ProbeKind } from '../sim';

/** Label of an answer value: scenario text when the option has one, else the vocabulary's i18n key. */
export function answerLabel(
  t: Translate,
  kind: ProbeKind,
  value: string,
  label?: { nb: string; en: string },
): string {
  if (label) return t.tx(label);
  if (value === 'nothing') return t('answer.nothing');
  const prefix: Partial<Record<ProbeKind, string>> = {
    cuesPresent: 'cue',
    phase: 'cycle',
    riskBand: 'risk',
    projection: 'projection',
  };
  const p = prefix[kind];
  return p ? t(`${p}.${value}` as MessageKey) : value;
}

export const mmss = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
