/**
 * Graph checks (check.ts + graph.ts) on the bundled scenario and on broken variants of it.
 * Each check explores the real patient machine, so each test allows a generous timeout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledText as base, edit, pos } from '../../test/fixtures/scenarios/scenarioText';
import { checkScenarioText, hasErrors, type CheckResult } from './check';
import { formatProblem } from './problems';

const F = 'scenarios/ed-waiting-room.yaml';
const SLOW = 30_000;
const at = (text: string, needle: string, message: string, shift = 0) =>
  `${F}:${pos(text, needle, shift)}: ${message}`;
const lines = (r: CheckResult) => r.problems.map(formatProblem);

describe('checkScenarioText on the bundled scenario', () => {
  let r: CheckResult;
  beforeAll(() => {
    r = checkScenarioText(base, F);
  }, SLOW);

  it('has no errors and builds a graph', () => {
    expect(lines(r).filter((l) => !l.includes(': warning: '))).toEqual([]);
    expect(hasErrors(r)).toBe(false);
    expect(r.scenario?.id).toBe('ed-waiting-room');
    expect(r.graph?.vertices).toBeGreaterThan(10);
    expect(r.graph?.transitions).toBeGreaterThan(r.graph?.vertices ?? 0);
  });

  it('reaches every phase and both a good and a bad ending', () => {
    const s = r.scenario!;
    const reachable = r.graph!.reachable;
    for (const p of s.phases) expect(reachable, `phase ${p.id}`).toContain(p.id);
    const reached = (kind: string) =>
      s.endings.filter((e) => e.kind === kind && reachable.has(e.id)).map((e) => e.id);
    expect(reached('good')).toEqual(['deEscalated']);
    expect(reached('bad')).toEqual(['assault']);
  });

  it('lets the patient leave every phase on their own', () => {
    for (const p of r.scenario!.phases)
      expect(r.graph!.edges.get(p.id)?.size ?? 0, `edges from ${p.id}`).toBeGreaterThan(0);
    expect([...r.graph!.edges.get('crisis')!]).toContain('recovery');
    expect([...r.graph!.edges.get('waiting')!]).toContain('deEscalated');
  });

  it('runs in well under 5 s', () => {
    expect(r.ms).toBeLessThan(5000);
  });
});

describe('checkScenarioText on broken variants', () => {
  it(
    'reports a phase that no transition leads to, at its id',
    () => {
      const text = edit(base, ['      - { to: exhausted, when: { arousalBelow: 0.45 }, forS: 8 }\n', '']);
      const r = checkScenarioText(text, F);
      expect(hasErrors(r)).toBe(true);
      expect(r.graph!.reachable).not.toContain('exhausted');
      expect(lines(r)).toContain(
        at(text, 'exhausted\n    cycle: postCrisis', 'phases[5].id: phase "exhausted" can never be reached'),
      );
      expect(lines(r)).toContain(
        at(
          text,
          '[exhausted]',
          'warning: lines[5].phases: line "enter-exhausted" can never be said: none of its phases is reachable',
        ),
      );
    },
    SLOW,
  );

  it(
    'reports a dead end: a phase with no transitions out',
    () => {
      const exhausted = base.slice(base.indexOf('  - id: exhausted'), base.indexOf('\n\nlines:'));
      const transitions = exhausted.slice(exhausted.indexOf('    transitions:'));
      const text = edit(base, [transitions, '    transitions: []']);
      const r = checkScenarioText(text, F);
      expect(r.graph!.reachable).toContain('exhausted');
      expect(r.problems.filter((p) => p.severity !== 'warning').map(formatProblem)).toEqual([
        at(
          text,
          'transitions: []',
          `phases[5].transitions: dead end: the patient never leaves phase "exhausted" (only the time limit or the trainee's acts end it)`,
          13,
        ),
      ]);
    },
    SLOW,
  );

  it(
    'reports when no path leads to a good ending',
    () => {
      const toGood = /\n {6}- to: deEscalated\n {8}when: .*\n {8}forS: \d+/g;
      expect(base.match(toGood)).toHaveLength(2);
      const text = base.replace(toGood, '');
      const r = checkScenarioText(text, F);
      expect(r.graph!.reachable).not.toContain('deEscalated');
      expect(lines(r)).toEqual([
        at(text, '- id: deEscalated', 'endings: no path leads to a good ending'),
        at(
          text,
          'deEscalated\n    kind: good',
          'warning: endings[0].id: ending "deEscalated" can never be reached',
        ),
      ]);
    },
    SLOW,
  );

  it(
    'reports a cue that no phase shows',
    () => {
      const cue =
        '  - id: sweating\n    behaviour: irritable\n    description: { nb: Svetter, en: Sweating }\n';
      const text = edit(base, ['\nphases:\n', `${cue}\nphases:\n`]);
      const r = checkScenarioText(text, F);
      expect(lines(r)).toEqual([
        at(text, 'sweating', 'cues[5].id: cue "sweating" is never shown: no reachable phase lists it'),
      ]);
    },
    SLOW,
  );

  it('skips the graph when the file does not load', () => {
    const r = checkScenarioText(edit(base, ['  age: 52', '  age: "old"']), F);
    expect(r.graph).toBeNull();
    expect(r.scenario).toBeNull();
    expect(hasErrors(r)).toBe(true);
    expect(r.problems).toHaveLength(1);
  });
});
