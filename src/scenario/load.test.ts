/** parseScenario: YAML syntax and schema problems, each at its exact file:line:col. */
import { describe, expect, it } from 'vitest';
import {
  bundledText as base,
  edit,
  loadProblems,
  problemAt,
} from '../../test/fixtures/scenarios/scenarioText';
import { parseScenario, type LoadOptions } from './load';

const F = 'scenarios/ed-waiting-room.yaml';
const POSES =
  '"sitting", "standing", "pacing", "turnedAway", "armsCrossed", "fistsClenched", "pointing", "advancing", "strikingObject", "slumped"';

const problems = (text: string, opts: LoadOptions = {}) => loadProblems(text, F, opts);
const at = (text: string, needle: string, message: string, shift = 0) =>
  problemAt(F, text, needle, message, shift);

describe('parseScenario on the bundled scenario', () => {
  it('loads with no problems or warnings', () => {
    const r = parseScenario(base, F);
    expect(r.ok && r.warnings).toEqual([]);
    if (!r.ok) return;
    expect(r.scenario.id).toBe('ed-waiting-room');
    expect(r.scenario.phases.map((p) => p.id)).toContain('crisis');
    expect(r.scenario.setting.exits[0]?.width).toBe(0.9); // a default filled in by the schema
  });

  it('accepts CRLF line endings, a BOM and a few aliases', () => {
    expect(parseScenario(base.replace(/\n/g, '\r\n'), F).ok).toBe(true);
    expect(parseScenario('\ufeff' + base, F).ok).toBe(true);
    const aliased = edit(
      base,
      ['  halfLifeS: 180', '  halfLifeS: &t 180'],
      ['  ignoredAfterS: 25', '  ignoredAfterS: *t'],
    );
    const r = parseScenario(aliased, F);
    expect(r.ok && r.scenario.patient.ignoredAfterS).toBe(180);
  });
});

describe('YAML syntax', () => {
  it('reports an unclosed quote at the end of its line', () => {
    const text = edit(base, ['  name: Tor Andersen', '  name: "Tor Andersen']);
    expect(problems(text)).toEqual([at(text, '"Tor Andersen\n', 'YAML syntax: Missing closing "quote', 13)]);
  });

  it('reports bad indentation where the parser sees it', () => {
    const text = edit(base, ['  gender: male', '   gender: male']);
    const where = at(text, '52\n   gender', '');
    expect(problems(text)).toEqual([
      `${where}YAML syntax: Nested mappings are not allowed in compact mappings`,
      `${where}YAML syntax: Implicit keys need to be on a single line`,
    ]);
  });

  it('reports a duplicate key at the second key', () => {
    const text = edit(base, ['  age: 52\n', '  age: 52\n  age: 53\n']);
    expect(problems(text)).toEqual([at(text, 'age: 53', 'YAML syntax: Map keys must be unique')]);
  });

  it('reports two independent syntax errors together', () => {
    const text = edit(
      base,
      ['  age: 52\n', '  age: 52\n  age: 53\n'],
      ['difficulty: 2\n', 'difficulty: 2\ndifficulty: 3\n'],
    );
    expect(problems(text)).toEqual([
      at(text, 'difficulty: 3', 'YAML syntax: Map keys must be unique'),
      at(text, 'age: 53', 'YAML syntax: Map keys must be unique'),
    ]);
  });

  it('rejects an empty file or a document that is not a mapping, at 1:1', () => {
    for (const text of ['', '~', 'hello', '- 1\n- 2'])
      expect(problems(text)).toEqual([
        `${F}:1:1: expected a scenario: a mapping with version, id, title, ...`,
      ]);
  });
});

describe('schema problems', () => {
  it('reports a wrong type at the value', () => {
    const text = edit(base, ['  age: 52', '  age: "old"']);
    expect(problems(text)).toEqual([at(text, '"old"', 'patient.age: expected number, got the text "old"')]);
  });

  it('says what it found where a number belongs: .nan and .inf by name', () => {
    const nan = edit(base, ['  halfLifeS: 180', '  halfLifeS: .nan']);
    expect(problems(nan)).toEqual([
      at(nan, '.nan', 'patient.halfLifeS: expected number, got .nan (not a number)'),
    ]);
    const inf = edit(base, ['  halfLifeS: 180', '  halfLifeS: -.inf']);
    expect(problems(inf)).toEqual([
      at(inf, '-.inf', 'patient.halfLifeS: expected number, got -.inf (infinite)'),
    ]);
  });

  it('shows an invisible or right-to-left character hidden in an id, with its code point and place', () => {
    const text = edit(base, ['  - id: recovery\n', '  - id: recov\u200bery\n']);
    const [p] = problems(text);
    expect(p).toContain('phases[4].id: an id: a letter, then letters, digits, - or _ (max 64)');
    expect(p).toContain('U+200B (zero width space), after "recov" (character 6)');
    const rtl = edit(base, ['  - id: recovery\n', '  - id: \u202erecovery\n']);
    expect(problems(rtl)[0]).toContain('U+202E (right-to-left override), after "" (character 1)');
  });

  it('reports an unknown key at the key itself', () => {
    const text = edit(base, ['    calmingEffect: 0.9\n', '    calmingEfect: 0.9\n']);
    expect(problems(text)).toEqual([at(text, 'calmingEfect', 'phases[1]: unknown key "calmingEfect"')]);
  });

  it('shows a multi-line YAML key (`? `) as one short line', () => {
    // A mapping as a key: long enough that YAML writes it back over several lines.
    const key =
      '    ? calmingEffect: 0.9\n      when: { utteranceTone: calm, distanceAbove: 1.5, stanceAngled: true }\n    : 2\n';
    const text = edit(base, ['    calmingEffect: 0.9\n', key]);
    const r = parseScenario(text, F);
    const unknown = r.ok ? [] : r.problems.filter((p) => p.message.includes('unknown key'));
    expect(unknown.length).toBeGreaterThan(0);
    for (const p of unknown) {
      expect(p.message).not.toMatch(/\n/);
      expect(p.message).toMatch(/unknown key "\{ calmingEffect: 0\.9, when: .{0,20}…"$/);
    }
  });

  it('reports a typo in a required key as an unknown key (and the now-missing field)', () => {
    const text = edit(base, ['    pose: sitting', '    pose_: sitting']);
    expect(problems(text)).toContain(at(text, 'pose_', 'phases[0]: unknown key "pose_"'));
  });

  it('reports a missing field at the start of the mapping that lacks it', () => {
    const text = edit(base, ['durationS: 420\n', '']);
    expect(problems(text)).toEqual([
      at(text, 'version: 1', 'missing field "durationS" in the file: expected number'),
    ]);
    const label = edit(base, ['    label: { nb: "Venter, plaget", en: "Waiting, in pain" }\n', '']);
    expect(problems(label)).toEqual([
      at(label, 'id: waiting', 'missing field "label" in phases[0]: expected object'),
    ]);
  });

  it('reports a missing version as a missing field', () => {
    const text = edit(base, ['version: 1\n', '']);
    expect(problems(text)).toEqual([
      at(text, 'id: ed-waiting-room', 'missing field "version" in the file: expected 1'),
    ]);
  });

  it('reports only the misspelt key in a condition, not an empty condition', () => {
    const text = edit(base, ['when: { distanceBelow: 1.2 }', 'when: { distanceBelw: 1.2 }']);
    expect(problems(text)).toEqual([
      at(text, 'distanceBelw', 'patient.sensitivities.triggers[0].when: unknown key "distanceBelw"'),
    ]);
  });

  it('reports a missing enum field (pose) as missing, listing the allowed values', () => {
    const text = edit(base, ['    pose: sitting\n', '']);
    expect(problems(text)).toEqual([
      at(
        text,
        'id: waiting',
        'missing field "pose" in phases[0]: expected "sitting" or "standing" or "pacing" or "turnedAway" or "armsCrossed" or "fistsClenched" or "pointing" or "advancing" or "strikingObject" or "slumped"',
      ),
    ]);
  });

  it('lists the allowed values for an enum', () => {
    const text = edit(base, ['    pose: sitting', '    pose: dancing']);
    expect(problems(text)).toEqual([at(text, 'dancing', `phases[0].pose: expected one of ${POSES}`)]);
  });

  it('reports out-of-range numbers with the limit', () => {
    const text = edit(base, ['  baselineArousal: 0.35', '  baselineArousal: 1.5']);
    expect(problems(text)).toEqual([
      at(text, 'baselineArousal: 1.5', 'patient.baselineArousal: Too big: expected number to be <=1', 17),
    ]);
    const far = edit(base, ['[-4.0, 0.6]', '[-400, 0.6]']);
    expect(problems(far)).toEqual([
      at(far, '-400', 'setting.exits[1].position[0]: Too small: expected number to be >=-100'),
    ]);
  });

  it('reports a rule with both rate and impulse', () => {
    const text = edit(base, [
      '        impulse: 0.05\n        cooldownS: 3',
      '        impulse: 0.05\n        rate: 0.01\n        cooldownS: 3',
    ]);
    expect(problems(text)).toEqual([
      at(
        text,
        'id: fast-approach',
        'patient.sensitivities.triggers[1]: a rule needs exactly one of rate (continuous) or impulse (one-off)',
      ),
    ]);
  });

  it('reports two independent schema mistakes together, in file order', () => {
    const text = edit(base, ['  age: 52', '  age: "old"'], ['    pose: pacing', '    pose: dancing']);
    expect(problems(text)).toEqual([
      at(text, '"old"', 'patient.age: expected number, got the text "old"'),
      at(text, 'dancing', `phases[1].pose: expected one of ${POSES}`),
    ]);
  });

  it('explains a future format version at the version value', () => {
    const text = edit(base, ['version: 1', 'version: 2']);
    expect(problems(text)).toEqual([
      at(
        text,
        '2\nid:',
        'version: this file is format version 2, newer than this Rolig understands (1); update Rolig',
      ),
    ]);
    const bad = edit(base, ['version: 1', 'version: 1.5']);
    expect(problems(bad)).toEqual([
      at(bad, 'version: 1.5', 'version: expected a format version number (current: 1)', 9),
    ]);
  });
});
