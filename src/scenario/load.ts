/**
 * Loading a scenario file: size and nesting limits, YAML syntax, the zod schema, then semantic
 * reference checks. Every problem is reported at once with file, line and column; nothing throws.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { locate } from './positions';
import { formatPath, keyText, type PathKey, type Problem } from './problems';
import { ScenarioSchema, type Scenario } from './schema';
import { semanticProblems } from './semantics';
import { migrate } from './migrate';

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_DEPTH = 40;
export const MAX_ALIASES = 50;

export interface LoadOptions {
  /** Known audio asset ids; when given, unknown `audio:` references are errors. */
  knownAssets?: ReadonlySet<string>;
}

export type LoadResult =
  { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function parseScenario(text: string, file: string, opts: LoadOptions = {}): LoadResult {
  const fail = (problems: Problem[]): LoadResult => ({ ok: false, problems: sortProblems(problems) });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return fail([
      {
        file,
        line: 1,
        col: 1,
        message: `file is ${bytes} bytes; a scenario may be at most ${MAX_FILE_BYTES} bytes (1 MB)`,
      },
    ]);
  const deep = nestingProblem(text, file);
  if (deep) return fail([deep]);

  const lc = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return fail([
      { file, line: 1, col: 1, message: `could not read the file as YAML: ${(e as Error).message}` },
    ]);
  }
  const syntax: Problem[] = doc.errors.map((err) => {
    const pos = lc.linePos(err.pos[0]);
    return { file, line: pos.line, col: pos.col, message: `YAML syntax: ${yamlMessage(err.message)}` };
  });
  if (syntax.some((p) => /call stack/i.test(p.message)))
    return fail([{ file, line: 1, col: 1, message: `nesting deeper than ${MAX_DEPTH} levels` }]);
  if (syntax.length > 0) return fail(syntax);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const msg = (e as Error).message;
    const alias = /alias/i.test(msg);
    return fail([
      {
        file,
        line: 1,
        col: 1,
        message: alias
          ? `too many YAML aliases (more than ${MAX_ALIASES} expansions): write the data out instead`
          : `could not read the YAML data: ${firstLine(msg)}`,
      },
    ]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail([
      { file, line: 1, col: 1, message: 'expected a scenario: a mapping with version, id, title, ...' },
    ]);

  const migrated = migrate(data as Record<string, unknown>);
  if (!migrated.ok) {
    const pos = locate(doc, lc, ['version']);
    return fail([{ file, line: pos.line, col: pos.col, message: migrated.message }]);
  }

  const parsed = ScenarioSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const unknownAt = new Set(
      issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path.join('.')),
    );
    // A condition with only a misspelt key is not also "empty": zod strips the key before refining.
    const relevant = issues.filter((i) => !(i.code === 'custom' && unknownAt.has(i.path.join('.'))));
    return fail(relevant.flatMap((i) => issueProblems(i, doc, lc, file)));
  }

  const at = (
    path: readonly PathKey[],
    message: string,
    severity: Problem['severity'] = 'error',
  ): Problem => {
    const pos = locate(doc, lc, path);
    return { file, line: pos.line, col: pos.col, message: `${formatPath(path)}: ${message}`, severity };
  };
  const found = semanticProblems(parsed.data, at, opts);
  const errors = found.filter((p) => p.severity !== 'warning');
  if (errors.length > 0) return fail(found);
  return { ok: true, scenario: parsed.data, warnings: sortProblems(found) };
}

function issueProblems(issue: z.core.$ZodIssue, doc: Document, lc: LineCounter, file: string): Problem[] {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const where = formatPath(path) || 'file';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const pos = locate(doc, lc, [...path, key], true);
      return { file, line: pos.line, col: pos.col, message: `${where}: unknown key "${keyText(key)}"` };
    });
  }
  const pos = locate(doc, lc, path);
  const missing = pos.found < path.length;
  let message: string;
  if (
    missing &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  ) {
    const expected =
      issue.code === 'invalid_type'
        ? issue.expected
        : issue.code === 'invalid_value'
          ? issue.values.map((v) => JSON.stringify(v)).join(' or ')
          : 'a value';
    message = `missing field "${String(path[path.length - 1])}" in ${formatPath(path.slice(0, -1)) || 'the file'}: expected ${expected}`;
  } else if (issue.code === 'invalid_type') {
    const got = describeValue(valueAt(doc, path));
    message = `${where}: expected ${issue.expected}${got ? `, got ${got}` : ''}`;
  } else if (issue.code === 'invalid_value') {
    message = `${where}: expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}`;
  } else if (issue.code === 'invalid_union' && issue.errors.flat().every((e) => e.code === 'invalid_value')) {
    // A union of literals (difficulty: 1 | 2 | 3): list every allowed value.
    const values = issue.errors.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values : []));
    message = `${where}: expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (issue.code === 'invalid_union') {
    const inner = issue.errors.flat()[0];
    message = `${where}: ${inner ? inner.message.replace(/^Invalid input: /, '') : 'value does not match any allowed form'}`;
  } else {
    message = `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
    const hidden = issue.code === 'invalid_format' ? invisibleIn(valueAt(doc, path)) : null;
    if (hidden) message += `; it contains ${hidden}`;
  }
  return [{ file, line: pos.line, col: pos.col, message }];
}

function valueAt(doc: Document, path: readonly PathKey[]): unknown {
  const node = doc.getIn(path, true) as { toJSON?: () => unknown } | undefined;
  return node && typeof node === 'object' && 'toJSON' in node && node.toJSON ? node.toJSON() : node;
}

/** A value as an author reads it in the file, for "expected number, got …" (empty: say nothing). */
export function describeValue(v: unknown): string {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '.nan (not a number)';
    if (!Number.isFinite(v)) return `${v > 0 ? '.inf' : '-.inf'} (infinite)`;
    return String(v);
  }
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'boolean') return String(v);
  if (v === null) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return '';
}

const INVISIBLE: Record<number, string> = {
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero width no-break space (BOM)',
  0x00ad: 'soft hyphen',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/** An invisible or text-direction character in a string, named with its code point and place. */
export function invisibleIn(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const chars = [...v];
  const i = chars.findIndex((c) => INVISIBLE[c.codePointAt(0)!] !== undefined);
  if (i < 0) return null;
  const cp = chars[i]!.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return `an invisible character, U+${hex} (${INVISIBLE[cp]}), after "${chars.slice(0, i).join('')}" (character ${i + 1}): delete it and type the id again`;
}

/**
 * Rejects absurd nesting before the YAML parser recurses into it: flow brackets, indentation and
 * block indicators (`- - - x`, `? ? x`) on one line. Quotes count only where a scalar can start,
 * so an apostrophe in plain text ("don't") does not hide what follows.
 */
function nestingProblem(text: string, file: string): Problem | null {
  let depth = 0;
  let line = 1;
  let col = 0;
  let quote: string | null = null;
  let prev = '\n'; // last non-space character
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    col++;
    if (ch === '\n') {
      line++;
      col = 0;
      prev = '\n';
      if (quote === "'") continue; // single-quoted scalars may span lines
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') {
        i++;
        col++;
      } else if (ch === quote) quote = null;
      continue;
    }
    if (col === 1) {
      let j = i;
      let levels = 0;
      while (
        j < text.length &&
        (text[j] === ' ' || ((text[j] === '-' || text[j] === '?') && text[j + 1] === ' '))
      ) {
        if (text[j] !== ' ') levels += 2;
        j++;
      }
      levels += j - i - levels / 2; // spaces count as indentation
      if (levels > MAX_DEPTH * 4)
        return { file, line, col: 1, message: `nesting deeper than ${MAX_DEPTH} levels` };
    }
    if ((ch === '"' || ch === "'") && '\n:-[{,?'.includes(prev)) quote = ch;
    else if (ch === '#' && (prev === '\n' || text[i - 1] === ' ')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_DEPTH) return { file, line, col, message: `nesting deeper than ${MAX_DEPTH} levels` };
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    if (ch !== ' ' && ch !== '\t') prev = ch;
  }
  return null;
}

const firstLine = (s: string) => s.split('\n')[0] ?? s;

/** The yaml package's wording, said for an instructor where it names library calls. */
function yamlMessage(message: string): string {
  const m = firstLine(message);
  if (/multiple documents/i.test(m))
    return "a scenario file holds one YAML document: remove the extra '---' line";
  return m;
}

/** At most this many problems are listed; a file that broken needs its first ones fixed. */
export const MAX_PROBLEMS = 100;

function sortProblems(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = ps.filter((p) => {
    const key = `${p.line}:${p.col}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  unique.sort((a, b) => a.line - b.line || a.col - b.col);
  if (unique.length <= MAX_PROBLEMS) return unique;
  const rest = unique.length - MAX_PROBLEMS;
  const last = unique[MAX_PROBLEMS - 1] as Problem;
  return [...unique.slice(0, MAX_PROBLEMS), { ...last, message: `... and ${rest} more problems` }];
}
