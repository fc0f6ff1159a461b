/**
 * Every YAML example in the authoring guides (docs/authoring.md, docs/authoring.en.md) is tested:
 * - a block starting with `# yaml-language-server:` is a whole scenario: it must load and pass the
 *   full check (schema, references, graph) with no errors;
 * - a block starting with `# fragment: <name>` (or `<name>[]` for a list) must parse against the
 *   matching sub-schema of schema.ts;
 * - a block starting with `# error-example` replaces the same top-level keys in the guide's whole
 *   scenario and must fail the check; every line of the ```text block that follows it must be the
 *   message of one of the problems reported (without the file:line:col prefix).
 * Any other ```yaml block fails the test, so no untested example can slip into a guide.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkScenarioText } from './check';
import { parseScenario } from './load';
import { formatProblem } from './problems';
import {
  BriefingSchema,
  ConditionSchema,
  CueSchema,
  EndingSchema,
  LineSchema,
  OptionSchema,
  PatientSchema,
  PhaseSchema,
  ProbeSchema,
  RuleSchema,
  ScenarioSchema,
  SettingSchema,
  TransitionSchema,
} from './schema';

const GUIDES = ['docs/authoring.md', 'docs/authoring.en.md'];

const FRAGMENTS: Record<string, z.ZodType> = {
  setting: SettingSchema,
  briefing: BriefingSchema,
  patient: PatientSchema,
  rule: RuleSchema,
  condition: ConditionSchema,
  cue: CueSchema,
  phase: PhaseSchema,
  transition: TransitionSchema,
  line: LineSchema,
  option: OptionSchema,
  ending: EndingSchema,
  probe: ProbeSchema,
  probeSchedule: ScenarioSchema.shape.probeSchedule,
};

interface Block {
  lang: string;
  text: string;
  /** 1-based line of the opening fence in the guide. */
  line: number;
}

/** Fenced code blocks of a Markdown file, in order. */
export function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^```\s*$/.test(lines[j] ?? '')) body.push(lines[j++] ?? '');
    blocks.push({ lang: open[1] ?? '', text: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

const topKey = (line: string) => /^([A-Za-z][\w-]*):/.exec(line)?.[1];

/** Replaces the top-level keys present in `patch` (text regions, so syntax errors survive) in `base`. */
export function splice(base: string, patch: string): string {
  const groups: { key: string; lines: string[] }[] = [];
  for (const l of patch.split('\n')) {
    if (l.startsWith('#')) continue;
    const key = topKey(l);
    if (key) groups.push({ key, lines: [l] });
    else groups.at(-1)?.lines.push(l);
  }
  let out = base.split('\n');
  for (const g of groups) {
    while (g.lines.length > 1 && g.lines.at(-1)?.trim() === '') g.lines.pop();
    const start = out.findIndex((l) => topKey(l) === g.key);
    if (start < 0) {
      out = [...out, ...g.lines];
      continue;
    }
    let end = start + 1;
    while (end < out.length && !topKey(out[end] ?? '')) end++;
    while (end > start + 1 && (out[end - 1] ?? '').trim() === '') end--;
    out = [...out.slice(0, start), ...g.lines, ...out.slice(end)];
  }
  return out.join('\n');
}

describe.each(GUIDES)('%s', (guide) => {
  const markdown = readFileSync(guide, 'utf8');
  const blocks = fencedBlocks(markdown);
  const yamlBlocks = blocks.filter((b) => b.lang === 'yaml');
  const firstLine = (b: Block) => (b.text.split('\n')[0] ?? '').trim();
  const full = yamlBlocks.filter((b) => firstLine(b).startsWith('# yaml-language-server:'));
  const base = full[0];

  it('has YAML examples, a whole scenario among them, and marks every one', () => {
    expect(yamlBlocks.length).toBeGreaterThan(10);
    expect(base, 'a whole-scenario example the error examples build on').toBeDefined();
    for (const b of yamlBlocks) {
      const head = firstLine(b);
      const marked =
        head.startsWith('# yaml-language-server:') ||
        /^# fragment: \w+(\[\])?$/.test(head) ||
        head === '# error-example';
      expect(marked, `${guide}:${b.line}: unmarked yaml block starts with "${head}"`).toBe(true);
    }
  });

  it.each(full.map((b) => [b.line, b] as const))('whole scenario at line %i loads and checks', (_, b) => {
    const file = `${guide}:${b.line}`;
    const loaded = parseScenario(b.text, file);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
    const checked = checkScenarioText(b.text, file);
    expect(checked.problems.map(formatProblem)).toEqual([]);
  });

  const fragments = yamlBlocks.filter((b) => firstLine(b).startsWith('# fragment:'));
  it.each(fragments.map((b) => [b.line, firstLine(b).slice('# fragment: '.length), b] as const))(
    'fragment at line %i parses as %s',
    (_, name, b) => {
      const list = name.endsWith('[]');
      const schema = FRAGMENTS[list ? name.slice(0, -2) : name];
      expect(
        schema,
        `unknown fragment kind "${name}"; known: ${Object.keys(FRAGMENTS).join(', ')}`,
      ).toBeDefined();
      const data: unknown = parse(b.text, { uniqueKeys: true, strict: true });
      if (list) expect(Array.isArray(data), 'a [] fragment is a YAML list').toBe(true);
      const items = list ? (data as unknown[]) : [data];
      for (const item of items) {
        const r = (schema as z.ZodType).safeParse(item);
        expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      }
    },
  );

  const errors = yamlBlocks.filter((b) => firstLine(b) === '# error-example');
  it.each(errors.map((b) => [b.line, b] as const))(
    'error example at line %i fails with the quoted messages',
    (_, b) => {
      const quoted = blocks[blocks.indexOf(b) + 1];
      expect(quoted?.lang, `${guide}:${b.line}: an error example is followed by a \`\`\`text block`).toBe(
        'text',
      );
      const expected = (quoted?.text ?? '').split('\n').filter((l) => l.trim() !== '');
      expect(expected.length).toBeGreaterThan(0);
      const r = checkScenarioText(splice(base?.text ?? '', b.text), 'scenarios/gp-reception.yaml');
      expect(r.problems.some((p) => p.severity !== 'warning')).toBe(true);
      const messages = r.problems.map((p) => p.message);
      for (const line of expected) expect(messages).toContain(line);
    },
  );
});
