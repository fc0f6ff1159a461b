/**
 * Property tests: the loader never throws on malformed input. It either loads or returns a sorted,
 * non-empty list of well-formed problems, quickly.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledText as base } from '../../test/fixtures/scenarios/scenarioText';
import { parseScenario } from './load';

const FILE = 'mutant.yaml';
const MAX_MS = 500;
const lines = base.split('\n');

/** Loads `text` and checks every invariant of the result; returns whether it loaded. */
function checkInvariants(text: string): boolean {
  const t0 = performance.now();
  const r = parseScenario(text, FILE);
  const ms = performance.now() - t0;
  expect(ms).toBeLessThan(MAX_MS);
  if (r.ok) {
    expect(r.scenario.version).toBe(1);
    for (const w of r.warnings) expect(w.severity).toBe('warning');
    return true;
  }
  expect(r.problems.length).toBeGreaterThan(0);
  const lineCount = text.split('\n').length;
  let prev = { line: 0, col: 0 };
  for (const p of r.problems) {
    expect(p.file).toBe(FILE);
    expect(Number.isInteger(p.line) && Number.isInteger(p.col)).toBe(true);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.col).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(p.message.trim()).not.toBe('');
    expect(p.message).not.toMatch(/Error:|\n|\bat \S+ \(|call stack/);
    expect(p.line > prev.line || (p.line === prev.line && p.col >= prev.col)).toBe(true); // sorted
    prev = p;
  }
  return false;
}

interface Mutation {
  name: string;
  apply: (text: string) => string;
}

const lineIndex = fc.nat({ max: lines.length - 1 });
const offset = fc.nat({ max: base.length });
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '\n',
    '\t',
    ':',
    '- ',
    '[',
    '{',
    '}',
    ']',
    '"',
    "'",
    '&a ',
    '*a',
    '#',
    '? ',
    '|',
    '>',
    '!!',
    '%',
    '@',
    '\u0000',
  ),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '~',
    'null',
    '[]',
    '{}',
    'true',
    '-1',
    '1e999',
    '.nan',
    '-.inf',
    '"',
    "'",
    '*x',
    '&a',
    '!!binary AA',
    '|',
    'yes',
  ),
);
/** Lines of the form `key: value` (possibly a list item), with where the value starts. */
const scalarLines = lines
  .map((l, i) => ({ i, m: /^(\s*(?:- )?[\w-]+: )(\S.*)$/.exec(l) }))
  .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null);

const mutations: Record<string, fc.Arbitrary<Mutation>> = {
  deleteLine: lineIndex.map((i) => ({
    name: `delete line ${i + 1}`,
    apply: () => lines.filter((_, j) => j !== i).join('\n'),
  })),
  duplicateLine: lineIndex.map((i) => ({
    name: `duplicate line ${i + 1}`,
    apply: () => lines.flatMap((l, j) => (j === i ? [l, l] : [l])).join('\n'),
  })),
  swapLines: fc.tuple(lineIndex, lineIndex).map(([a, b]) => ({
    name: `swap lines ${a + 1} and ${b + 1}`,
    apply: () => lines.map((l, j) => (j === a ? lines[b] : j === b ? lines[a] : l)).join('\n'),
  })),
  insertChars: fc.tuple(offset, junk).map(([at, s]) => ({
    name: `insert ${JSON.stringify(s)} at ${at}`,
    apply: (t) => t.slice(0, at) + s + t.slice(at),
  })),
  truncate: offset.map((at) => ({ name: `truncate at ${at}`, apply: (t) => t.slice(0, at) })),
  replaceScalar: fc.tuple(fc.nat({ max: scalarLines.length - 1 }), scalar).map(([k, v]) => {
    const { i, m } = scalarLines[k]!;
    return {
      name: `line ${i + 1} value -> ${JSON.stringify(v)}`,
      apply: () => lines.map((l, j) => (j === i ? m[1] + v : l)).join('\n'),
    };
  }),
};

describe('loader properties', () => {
  beforeAll(() => {
    // Warm up the JIT so the per-parse time limit measures the loader, not the first compile.
    expect(parseScenario(base, FILE).ok).toBe(true);
  });

  it('finds enough `key: value` lines to mutate', () => {
    expect(scalarLines.length).toBeGreaterThan(200);
  });

  it.each(Object.entries(mutations))(
    'never throws on a mutated scenario: %s',
    (kind, arb) => {
      let failures = 0;
      fc.assert(
        fc.property(arb, (m) => {
          if (!checkInvariants(m.apply(base))) failures++;
        }),
        { numRuns: 30 },
      );
      // Guard against a vacuous property: these mutations break the file in most runs.
      if (kind !== 'insertChars') expect(failures).toBeGreaterThan(0);
    },
    20_000,
  );

  it('reports a duplicated key line as a YAML problem at that line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scalarLines.filter((x) => /^\S/.test(lines[x.i]!))), ({ i }) => {
        const text = lines.flatMap((l, j) => (j === i ? [l, l] : [l])).join('\n');
        const r = parseScenario(text, FILE);
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(r.problems).toContainEqual({
            file: FILE,
            line: i + 2,
            col: 1,
            message: 'YAML syntax: Map keys must be unique',
          });
      }),
      { numRuns: 10 },
    );
  });

  it('never throws on random text', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(
        'a',
        '1',
        ' ',
        '  ',
        '\n',
        ':',
        '- ',
        '[',
        ']',
        '{',
        '}',
        ',',
        '"',
        "'",
        '#',
        '&a',
        '*a',
        '?',
        '|',
        '>',
        '!',
        '%',
        '\t',
        'ø',
      ),
      maxLength: 120,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), yamlish),
        (text) => {
          checkInvariants(text);
        },
      ),
      { numRuns: 200 },
    );
  }, 20_000);
});
