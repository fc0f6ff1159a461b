/** What an import did or why it failed, in the user's language (storage reports it as data). */
import type { Translate } from '../../i18n';
import type { ImportProblem, ImportSummary } from '../../storage';

/** A byte count as people read it: "52.4 MB (52 428 801 bytes)". */
export function sizeText(bytes: number, lang: 'nb' | 'en'): string {
  const n = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB');
  const mb = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 });
  return `${mb.format(bytes / 1_000_000)} MB (${n.format(bytes)} ${lang === 'nb' ? 'byte' : 'bytes'})`;
}

export function problemText(t: Translate, p: ImportProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return t('import.tooLarge', { size: sizeText(p.bytes, t.lang), limit: sizeText(p.limit, t.lang) });
    case 'notJson':
      return t('import.notJson');
    case 'notRolig':
      return t('import.notRolig');
    case 'newerVersion':
      return t('import.newerVersion', { version: p.version });
    case 'unknownVersion':
      return t('import.unknownVersion', { version: p.version });
    case 'duplicateInFile':
      return t('import.duplicateInFile', { first: p.first, second: p.second, id: p.id });
    case 'invalid':
      return p.run === null
        ? t('import.invalidFile', { field: p.field, detail: p.detail })
        : t('import.invalidRun', { run: p.run, field: p.field, detail: p.detail });
  }
}

/** "3 new, 1 already here: kept yours". */
export function summaryText(t: Translate, file: string, s: ImportSummary): string {
  const parts: string[] = [];
  if (s.added.length) parts.push(t('history.import.added', { n: s.added.length }));
  const kept = s.kept.length - s.interrupted.filter((id) => s.kept.includes(id)).length;
  if (kept) parts.push(t('history.import.kept', { n: kept }));
  if (s.copies.length) parts.push(t('history.import.copied', { n: s.copies.length }));
  if (s.interrupted.length) parts.push(t('history.import.interrupted', { n: s.interrupted.length }));
  if (!parts.length) parts.push(t('history.import.nothing'));
  return t('history.importSummary', { file, parts: parts.join(', ') });
}
