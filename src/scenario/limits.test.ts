/** parseScenario: size, alias and nesting limits against hostile or absurd input. */
import { describe, expect, it } from 'vitest';
import {
  bundledText as base,
  edit,
  loadProblems,
  problemAt,
} from '../../test/fixtures/scenarios/scenarioText';

const F = 'scenarios/ed-waiting-room.yaml';
const problems = (text: string) => loadProblems(text, F);
const at = (text: string, needle: string, message: string, shift = 0) =>
  problemAt(F, text, needle, message, shift);

describe('limits', () => {
  it('rejects a file over 1 MB (counted in UTF-8 bytes) with one problem at 1:1', () => {
    const text = base + '# ' + 'ø'.repeat(500_000) + '\n'; // 1 MB in UTF-8, ~0.5 M UTF-16 units
    const bytes = Buffer.byteLength(text, 'utf8');
    expect(problems(text)).toEqual([
      `${F}:1:1: file is ${bytes} bytes; a scenario may be at most 1000000 bytes (1 MB)`,
    ]);
  });

  it('stops an alias bomb quickly with one clear problem', () => {
    const rows = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'])
      rows.push(`${name}: &${name} [${`*${prev}, `.repeat(8)}*${prev}]`);
    const t0 = performance.now();
    const found = problems(base + '\nbomb:\n' + rows.map((r) => `  ${r}`).join('\n') + '\n');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(found).toEqual([
      `${F}:1:1: too many YAML aliases (more than 50 expansions): write the data out instead`,
    ]);
  });

  it('rejects absurd flow nesting without a stack overflow', () => {
    expect(problems('['.repeat(10_000))).toEqual([`${F}:1:41: nesting deeper than 40 levels`]);
    const text = edit(base, ['durationS: 420', `durationS: ${'['.repeat(10_000)}`]);
    expect(problems(text)).toEqual([at(text, 'durationS: [', 'nesting deeper than 40 levels', 11 + 40)]);
  });

  it('rejects absurd block indentation', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(problems(text)).toEqual([`${F}:162:1: nesting deeper than 40 levels`]);
  });

  it('rejects deep block sequences on one line without overflowing the stack', () => {
    expect(problems('- '.repeat(5000) + 'x')).toEqual([
      expect.stringMatching(/nesting deeper than 40 levels$/),
    ]);
  });

  it('an apostrophe in plain text does not hide later flow nesting from the depth check', () => {
    expect(problems(`a: don't\nb: ${'['.repeat(10_000)}`)).toEqual([
      `${F}:2:44: nesting deeper than 40 levels`,
    ]);
  });
});
