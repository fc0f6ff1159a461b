import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../debrief/build';
import { uuidFrom } from '../../debrief/ids';
import { runWithFreezes } from '../../session';
import { t as translate, tx, type Translate } from '../../i18n';
import { answerChoices, pickProbes, probeTruth } from '../../scoring';
import { createPolicy, Simulation } from '../../sim';
import { loadScenarioFile } from '../../scenario/testing';
import type { FreezeQuestion } from '../freeze';
import { freezePanelSpec, toggleAnswer } from './XrFreeze';
import { xrDebriefSpec } from './XrDebrief';
import { optionsPanelSpec } from './XrPanels';

const t = ((key, params) => translate(key, params, 'en')) as Translate;
t.lang = 'en';
t.tx = (x) => tx(x, 'en');

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');

/** The questions the runtime would ask at a freeze 70 s into a passive run. */
function questionsAt70(): FreezeQuestion[] {
  const sim = new Simulation(scenario, { seed: 3 });
  const policy = createPolicy('passive', sim.model, 3);
  for (let i = 0; i < 70 * 30 && !sim.done; i++) {
    for (const act of policy.step({
      t: sim.time,
      dt: 1 / 30,
      view: sim.view,
      options: sim.availableOptions(),
    }))
      sim.apply(act);
    sim.tick(1 / 30, policy.signals);
  }
  return pickProbes(scenario, sim.view.phaseId, 3, 0).map((probe) => {
    const truth = probeTruth(sim, probe);
    return { probe, choices: answerChoices(scenario, probe, truth, 3) };
  });
}

describe('the VR freeze panel', () => {
  const qs = questionsAt70();
  const empty = qs.map((q) => (q.choices.multiple ? [] : null));

  it('asks one question at a time, numbered, with Back from the second and Submit on the last', () => {
    expect(qs.length).toBeGreaterThanOrEqual(2);
    const first = freezePanelSpec(t, qs, empty, 0);
    expect(first.title).toContain(`(1/${qs.length})`);
    expect(first.lines?.[0]).toBe(tx(qs[0]!.probe.question, 'en'));
    const ids = first.buttons!.map((b) => b.id);
    expect(ids).not.toContain('back');
    expect(first.buttons!.at(-1)).toMatchObject({ id: 'next', label: t('xr.next') });
    const last = freezePanelSpec(t, qs, empty, qs.length - 1);
    expect(last.buttons!.map((b) => b.id)).toContain('back');
    expect(last.buttons!.at(-1)).toMatchObject({ id: 'next', label: t('freeze.submit') });
    // One button per answer option, in order.
    expect(ids.filter((id) => id.startsWith('opt:'))).toEqual(
      qs[0]!.choices.options.map((o) => `opt:${o.value}`),
    );
  });

  it('marks the chosen answer; single choice replaces, multiple choice toggles', () => {
    const single = qs.findIndex((q) => !q.choices.multiple);
    expect(single).toBeGreaterThanOrEqual(0);
    const [a, b] = qs[single]!.choices.options.map((o) => o.value);
    let answers = toggleAnswer(qs, empty, single, a!);
    expect(answers[single]).toBe(a);
    answers = toggleAnswer(qs, answers, single, b!);
    expect(answers[single]).toBe(b);
    answers = toggleAnswer(qs, answers, single, b!);
    expect(answers[single]).toBeNull();
    answers = toggleAnswer(qs, answers, single, a!);
    const spec = freezePanelSpec(t, qs, answers, single);
    const chosen = spec.buttons!.filter((x) => x.primary && x.id.startsWith('opt:'));
    expect(chosen.map((x) => x.id)).toEqual([`opt:${a}`]);
    expect(chosen[0]!.label.startsWith('◉ ')).toBe(true);

    const multi: FreezeQuestion = {
      probe: { ...qs[0]!.probe, kind: 'cuesPresent' },
      choices: {
        multiple: true,
        options: ['irritable', 'boisterous', 'confused', 'verbalThreats', 'nothing'].map((value) => ({
          value,
        })),
      },
    };
    let m = toggleAnswer([multi], [[]], 0, 'irritable');
    m = toggleAnswer([multi], m, 0, 'confused');
    expect(m[0]).toEqual(['irritable', 'confused']);
    m = toggleAnswer([multi], m, 0, 'irritable');
    expect(m[0]).toEqual(['confused']);
    // Five options go in two columns; the odd one out gets a blank cell so Next starts its own row.
    const spec5 = freezePanelSpec(t, [multi], m, 0);
    expect(spec5.columns).toBe(2);
    expect(spec5.buttons!.map((x) => x.id)).toEqual([
      'opt:irritable',
      'opt:boisterous',
      'opt:confused',
      'opt:verbalThreats',
      'opt:nothing',
      'gap',
      'next',
    ]);
    expect(spec5.buttons![5]!.hidden).toBe(true);
    expect(spec5.buttons![2]!.label.startsWith('☑ ')).toBe(true);
    expect(spec5.buttons![0]!.label.startsWith('☐ ')).toBe(true);
  });
});

describe('the compact debrief in VR', () => {
  const run = runWithFreezes(scenario, 'textbook', 5, (_p, truth) => truth.value);
  const record = buildDebrief({
    id: uuidFrom('xr-compact'),
    scenario,
    seed: 5,
    pseudonym: 'Kari',
    startedAt: '2026-01-01T10:00:00.000Z',
    log: run.sim.log,
    probes: run.probes,
  });

  it('shows the outcome, the arousal curve over the phases and the SA score with its parts', () => {
    const spec = xrDebriefSpec(t, null, record, 'summary');
    expect(spec.title).toContain(tx(record.outcome!.title, 'en'));
    expect(spec.chart!.points).toBe(record.arousal);
    expect(spec.chart!.bands).toHaveLength(record.phases.length);
    expect(spec.chart!.duration).toBeCloseTo(record.durationS);
    const text = spec.lines!.join('\n');
    // The calm run ended before its first freeze: too little evidence, and the panel says so.
    expect(record.sa.total).toBeNull();
    expect(text).toContain(
      `only ${Math.round(record.sa.evidence!.observedS)} s were observed (at least 120 s are needed)`,
    );
    expect(text).toContain(`${Math.round(record.sa.process.score)}`);
    const l1 = record.sa.probes.byLevel[1];
    expect(text).toContain(`Level 1: ${l1.asked ? `${l1.correct}/${l1.asked}` : '–'}`);
    expect(spec.buttons!.map((b) => b.id)).toEqual(['feedback', 'exit']);
    // A calm run is not intense: no wellbeing pointer.
    expect(record.intense).toBe(false);
    expect(text).not.toContain(t('xr.intense'));
  });

  it('gives a run with answered questions its SA score', () => {
    const long = runWithFreezes(scenario, 'passive', 5, (_p, truth) => truth.value);
    const scored = buildDebrief({
      id: uuidFrom('xr-compact-scored'),
      scenario,
      seed: 5,
      pseudonym: 'Kari',
      startedAt: '2026-01-01T10:00:00.000Z',
      log: long.sim.log,
      probes: long.probes,
    });
    expect(scored.sa.total).not.toBeNull();
    const text = xrDebriefSpec(t, null, scored, 'summary').lines!.join('\n');
    expect(text).toContain(`SA score: ${Math.round(scored.sa.total!)} of 100`);
    expect(text).not.toContain('Not enough to score');
  });

  it('lists what went well first, then what to try next', () => {
    const spec = xrDebriefSpec(t, null, record, 'feedback');
    const lines = spec.lines!;
    const well = lines.indexOf(`${t('debrief.wentWell')}:`);
    const next = lines.indexOf(`${t('debrief.tryNext')}:`);
    expect(well).toBe(0);
    expect(next).toBe(1 + record.wentWell.length);
    expect(lines.slice(1, next)).toEqual(record.wentWell.map((w) => `• ${tx(w, 'en')}`));
    expect(lines.slice(next + 1)).toEqual(record.tryNext.map((w) => `• ${tx(w, 'en')}`));
  });

  it('points an intense run to a break and a colleague', () => {
    const bad = runWithFreezes(scenario, 'provocative', 5, () => null);
    const r = buildDebrief({
      id: uuidFrom('xr-compact-bad'),
      scenario,
      seed: 5,
      pseudonym: 'Kari',
      startedAt: '2026-01-01T10:00:00.000Z',
      log: bad.sim.log,
      probes: bad.probes,
    });
    expect(r.intense).toBe(true);
    expect(xrDebriefSpec(t, null, r, 'summary').lines).toContain(t('xr.intense'));
  });

  it('without a record still names the ending and how to leave', () => {
    const ending = scenario.endings[0]!;
    const spec = xrDebriefSpec(t, ending, undefined, 'summary');
    expect(spec.lines).toContain(tx(ending.title, 'en'));
    expect(spec.buttons!.map((b) => b.id)).toEqual(['exit']);
  });
});

describe('the VR options panel', () => {
  it('shows the lines as words only, with a delivery button that says how they will be said', () => {
    const options = new Simulation(scenario, { seed: 2 }).menuOptions();
    const words = (id: string) => scenario.options.find((o) => `say:${o.id}` === id)?.text.en;
    const toneWords = ['calm', 'neutral', 'firm', 'raised', 'commanding', 'shouting'].map((x) =>
      t(`tone.${x}` as 'tone.calm'),
    );
    let lines = 0;
    const { pages } = optionsPanelSpec(t, options, 0, 'firm', null);
    expect(pages).toBe(2);
    for (let page = 0; page < pages; page++) {
      const { spec } = optionsPanelSpec(t, options, page, 'firm', null);
      for (const b of spec.buttons!.filter((x) => x.id.startsWith('say:'))) {
        expect(b.label).toBe(words(b.id));
        for (const w of toneWords) expect(b.label).not.toContain(`(${w})`);
        lines++;
      }
      expect(spec.buttons!.find((b) => b.id === 'delivery')?.label).toBe('Voice: firm');
    }
    expect(lines).toBe(options.length);
  });
});
