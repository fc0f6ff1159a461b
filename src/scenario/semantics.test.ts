/** parseScenario: semantic problems (references, duplicates, geometry, timing), all reported at once. */
import { describe, expect, it } from 'vitest';
import {
  bundledText as base,
  edit,
  loadProblems,
  problemAt,
} from '../../test/fixtures/scenarios/scenarioText';
import { parseScenario, type LoadOptions } from './load';
import { formatProblem } from './problems';

const F = 'scenarios/ed-waiting-room.yaml';
const problems = (text: string, opts: LoadOptions = {}) => loadProblems(text, F, opts);
const at = (text: string, needle: string, message: string, shift = 0) =>
  problemAt(F, text, needle, message, shift);

describe('semantic problems', () => {
  const ok = parseScenario(base, F);
  if (!ok.ok) throw new Error('bundled scenario must load');
  const s = ok.scenario;
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id).join(', ');

  it('reports duplicate phase ids at the second id', () => {
    const block = base.slice(base.indexOf('  - id: exhausted'), base.indexOf('\n\nlines:'));
    const copy = edit(block, [
      '{ nb: "Utslitt, angrer", en: "Exhausted, regretful" }',
      '{ nb: Kopi, en: Copy }',
    ]);
    const text = edit(base, ['\n\nlines:', `\n${copy}\n\nlines:`]);
    expect(problems(text)).toEqual([
      at(
        text,
        'exhausted\n    cycle: postCrisis\n    label: { nb: Kopi',
        'phases[6].id: duplicate id "exhausted" (already used by phases[5])',
      ),
    ]);
  });

  it('reports a "Surprise me" weight for a rule the patient does not have, listing his rules', () => {
    const text = edit(base, ['      too-close: [0.7, 1.4]', '      too-closee: [0.7, 1.4]']);
    const rules = ids([...s.patient.sensitivities.triggers, ...s.patient.sensitivities.calming]);
    expect(problems(text)).toEqual([
      at(
        text,
        'too-closee',
        `patient.vary.weights.too-closee: unknown rule "too-closee"; the patient's triggers and calming rules are: ${rules}`,
        'too-closee: '.length,
      ),
    ]);
  });

  it('reports a range whose low end is above its high end', () => {
    const text = edit(base, ['halfLifeS: [144, 225]', 'halfLifeS: [225, 144]']);
    const line = text.slice(0, text.indexOf('[225, 144]')).split('\n').length;
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^${F}:${line}:\\d+: patient\\.vary\\.halfLifeS: .*low must not be above high`),
    );
  });

  it('reports an unknown phase in a transition, listing the known ones', () => {
    const text = edit(base, [
      '{ to: threatening, when: { arousalAbove: 0.75 }',
      '{ to: threatning, when: { arousalAbove: 0.75 }',
    ]);
    const known = `${ids(s.phases)}, ${ids(s.endings)}`;
    expect(problems(text)).toEqual([
      at(
        text,
        'threatning',
        `phases[1].transitions[0].to: unknown phase or ending "threatning"; known: ${known}`,
      ),
    ]);
  });

  it('reports an unknown cue, object and option, all at once', () => {
    const text = edit(
      base,
      ['    cues: [irritable, boisterous]\n', '    cues: [irritable, boistrous]\n'],
      ['    holds: coffee-cup', '    holds: coffee-mug'],
      ['{ say: wait-like-others,', '{ say: wait-like-other,'],
    );
    expect(problems(text)).toEqual([
      at(text, 'boistrous', `phases[1].cues[1]: unknown cue "boistrous"; cues are: ${ids(s.cues)}`),
      at(
        text,
        'coffee-mug',
        `phases[3].holds: unknown object "coffee-mug"; objects are: ${ids(s.setting.objects)}`,
      ),
      at(
        text,
        'wait-like-other,',
        `probes[6].hypothetical.say: unknown option "wait-like-other"; options are: ${ids(s.options)}`,
      ),
    ]);
  });

  it('reports an unknown gazeOn target at the condition', () => {
    const text = edit(base, ['{ staringAboveS: 6 }', '{ staringAboveS: 6, gazeOn: window }']);
    const targets = `patient.face, patient.hands, ${ids(s.setting.exits)}, ${ids(s.setting.objects)}, receptionist`;
    expect(problems(text)).toEqual([
      at(
        text,
        '{ staringAboveS: 6, gazeOn',
        `patient.sensitivities.triggers[6].when: gazeOn: unknown target "window"; targets are: ${targets}`,
      ),
    ]);
  });

  it('checks audio asset ids only when known assets are given', () => {
    const text = edit(base, ['  - id: ignored-2\n', '  - id: ignored-2\n    audio: clip-x\n']);
    expect(problems(text, { knownAssets: new Set(['clip-y']) })).toEqual([
      at(
        text,
        'clip-x',
        'lines[15].audio: unknown audio asset "clip-x": put the recording in assets/recordings/clip-x.nb.wav (and .en.wav) and run npm run audio',
      ),
    ]);
    expect(parseScenario(text, F, { knownAssets: new Set(['clip-x']) }).ok).toBe(true);
    expect(parseScenario(text, F).ok).toBe(true);
  });

  it('reports an exit or a start position outside the room', () => {
    const text = edit(
      base,
      ['[-4.0, 0.6]', '[-9.0, 0.6]'],
      ['patientStart: { position: [-1.6', 'patientStart: { position: [-9.6'],
    );
    expect(problems(text)).toEqual([
      at(text, '[-9.0, 0.6]', 'setting.exits[1].position: an exit must lie on a wall of the 8 x 6 m room'),
      at(
        text,
        '[-9.6',
        'setting.patientStart.position: [-9.6, -2.4] lies outside the 8 x 6 m room (origin at its centre)',
      ),
    ]);
  });

  it('reports rate on an instant condition (tone)', () => {
    const text = edit(base, [
      '        when: { utteranceTag: command }\n        impulse: 0.04',
      '        when: { tone: commanding }\n        rate: 0.04',
    ]);
    expect(problems(text)).toEqual([
      at(
        text,
        '0.04\n      - id: threatened',
        'patient.sensitivities.triggers[11].rate: a rule on an utterance or act happens at an instant: use impulse, not rate',
      ),
    ]);
  });

  it('requires exactly one timeout ending', () => {
    const text = edit(base, ['    on: timeout\n', '']);
    const msg = (n: number) =>
      `endings: exactly one ending needs on: timeout (found ${n}); it is where a run goes when time runs out`;
    expect(problems(text)).toEqual([at(text, '- id: deEscalated', msg(0))]);
    const two = edit(base, [
      '  - id: assault\n    kind: bad\n',
      '  - id: assault\n    kind: bad\n    on: timeout\n',
    ]);
    expect(problems(two)).toEqual([at(two, '- id: deEscalated', msg(2))]);
  });
});

describe('warnings an instructor needs (issue 21)', () => {
  const warnings = (text: string) => {
    const r = parseScenario(text, F);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return r.warnings.map(formatProblem);
  };
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('the bundled scenario has none', () => {
    expect(warnings(base)).toEqual([]);
  });

  it('a phase left below the level it was entered above flips back and forth: says so, with a lower value', () => {
    const text = edit(base, [
      '{ to: agitated, when: { arousalBelow: 0.66 }',
      '{ to: agitated, when: { arousalBelow: 0.76 }',
    ]);
    const [w] = warnings(text);
    expect(w).toContain(`${F}:${lineOf(text, 'arousalBelow: 0.76')}:`);
    expect(w).toContain('"threatening" is entered from "agitated" above 0.75 and left back to it below 0.76');
    expect(w).toContain('leave below 0.7 or lower');
  });

  it('a distance condition no moment can meet (closer than 1.2 m and farther than 3 m)', () => {
    const text = edit(base, [
      'when: { distanceBelow: 1.2 }',
      'when: { distanceBelow: 1.2, distanceAbove: 3 }',
    ]);
    expect(warnings(text)).toEqual([
      expect.stringContaining(
        'warning: patient.sensitivities.triggers[0].when: this condition can never hold: distance below 1.2 m and above 3 m at once',
      ),
    ]);
  });

  it('the trainee on top of the patient, and a person inside the furniture', () => {
    const near = edit(base, [
      'traineeStart: { position: [2.9, 2.3]',
      'traineeStart: { position: [-1.4, -2.1]',
    ]);
    expect(warnings(near)).toEqual([
      expect.stringContaining('the trainee starts 0.36 m from the patient, inside his personal space'),
    ]);
    const inside = edit(base, [
      'traineeStart: { position: [2.9, 2.3]',
      'traineeStart: { position: [2.6, -2.3]',
    ]);
    expect(warnings(inside)).toEqual([
      expect.stringContaining(
        'setting.traineeStart.position: the trainee starts inside the counter "reception"',
      ),
    ]);
  });

  it('a text that is only spaces', () => {
    const text = edit(base, ['label: { nb: Står for nær,', 'label: { nb: "   ",']);
    expect(warnings(text)).toEqual([
      expect.stringContaining('patient.sensitivities.triggers[0].label.nb: this text is only spaces'),
    ]);
  });
});
