/**
 * The gaming scripts (src/sim/gaming.ts) over every bundled scenario (issue 21), and the two
 * mechanisms that stop them: proportionate help, and a patient who weighs what is said against what
 * he just said and against what was said before.
 */
import { describe, expect, it } from 'vitest';
import { buildDebrief, DebriefRecordSchema, uuidFrom } from '../../src/debrief';
import { processIndicators, traceRun } from '../../src/scoring';
import { bundledScenarios, forgiving, loadScenarioFile } from '../../src/scenario/testing';
import { compileModel, initialContext, runScripted, Simulation, stepAct, stepTick } from '../../src/sim';
import type { PatientContext } from '../../src/sim';

const SEEDS = 20;
const scenarios = bundledScenarios();

describe.each(scenarios)('$file', ({ scenario }) => {
  it.each(['alarmAtOnce', 'helpAtOnce'] as const)(
    '%s: help before anything was seen is safe, but escalated the response, never a good or safe ending',
    (policy) => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const { sim, summary } = runScripted(scenario, policy, seed);
        expect(summary.outcomeKind, `seed ${seed}`).toBe('disproportionate');
        expect(sim.context.response).toMatchObject({ proportionate: false });
      }
    },
  );

  it('provokeThenTalk: a crisis provoked on purpose, then calm talk, never earns the good kind', () => {
    for (let seed = 1; seed <= SEEDS; seed++)
      expect(runScripted(scenario, 'provokeThenTalk', seed).summary.outcomeKind, `seed ${seed}`).not.toBe(
        'good',
      );
  });

  it('standFar: keeping out of contact earns no credit for keeping safe (process score 25+ below textbook)', () => {
    const score = (policy: 'textbook' | 'standFar', seed: number) =>
      processIndicators(traceRun(scenario, seed, runScripted(scenario, policy, seed).sim.log)).score;
    const far = Math.max(...[1, 2, 3, 4, 5].map((s) => score('standFar', s)));
    const textbook = Math.min(...[1, 2, 3, 4, 5].map((s) => score('textbook', s)));
    expect(far).toBeLessThanOrEqual(textbook - 25);
  });

  it('standFar: keeping out of it and saying one line never ends well', () => {
    for (let seed = 1; seed <= SEEDS; seed++)
      expect(runScripted(scenario, 'standFar', seed).summary.outcomeKind, `seed ${seed}`).not.toBe('good');
  });
});

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
type Scenario = typeof ed;
const still = (sim: Simulation) => ({
  ...sim.context.signals,
  hands: 'open' as const,
  stance: 'angled' as const,
});

describe('proportionate help', () => {
  it('the alarm after a crisis is proportionate: the authored safe ending', () => {
    const { sim } = runScripted({ ...ed, proportionality: { alarmFromCues: 0 } }, 'alarmAtOnce', 1);
    expect(sim.outcome?.kind).toBe('safe');
    expect(sim.context.response).toMatchObject({ act: 'alarm', from: 0, proportionate: true });
  });

  it('the debrief record carries the judgement and validates', () => {
    const { sim } = runScripted(ed, 'helpAtOnce', 2);
    const record = buildDebrief({
      id: uuidFrom('gaming'),
      scenario: ed,
      seed: 2,
      pseudonym: 'Kari',
      startedAt: '2026-12-07T10:00:00.000Z',
      log: sim.log,
      probes: [],
    });
    expect(record.outcome).toMatchObject({
      id: 'colleagueJoined',
      kind: 'disproportionate',
      response: { act: 'help', t: 0, cues: 1, from: 2, proportionate: false },
    });
    expect(DebriefRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});

describe('relevance and repetition', () => {
  /** Arousal change of saying `ids` in turn, 7 s apart (past every cooldown), standing calm. */
  const drops = (ids: string[]): number[] => {
    const sim = new Simulation(ed, { seed: 4 });
    const out: number[] = [];
    for (const id of ids) {
      const before = sim.view.arousal;
      sim.say(id);
      out.push(sim.view.arousal - before);
      for (let i = 0; i < 70; i++) sim.tick(0.1, still(sim));
    }
    return out;
  };

  it('an answer to what he just asked calms more than a calm line that passes it over', () => {
    // He opens with "does anyone even know I'm here?" (asks acknowledgement, an introduction, news).
    const [answered] = drops(['acknowledge']);
    const [ignored] = drops(['agree']);
    expect(answered).toBeLessThan(0);
    expect(answered!).toBeLessThan(ignored!);
  });

  it('passing him over takes the edge off calm presence too, until he is answered', () => {
    const sim = new Simulation(ed, { seed: 4 });
    sim.say('agree'); // passes over what he asked
    expect(sim.context.unheard).toBe(true);
    sim.say('inform-choice'); // his reply to 'agree' asks for information: answered
    expect(sim.context.unheard).toBe(false);
  });

  it('the same kind of line again works less each time', () => {
    const [first, second, third] = drops(['ask', 'ask', 'ask']);
    expect(first!).toBeLessThan(second!);
    expect(second!).toBeLessThan(third!);
  });
});

/** The debrief record of a scripted ED run, seed 1, with no question answered. */
const unansweredRecord = (policy: 'helpAtOnce' | 'standFar', id: string) =>
  buildDebrief({
    id: uuidFrom(id),
    scenario: ed,
    seed: 1,
    pseudonym: 'Kari',
    startedAt: '2026-12-07T10:00:00.000Z',
    log: runScripted(ed, policy, 1).sim.log,
    probes: [],
  });

describe('SA evidence', () => {
  it('a run with no question answered and under two minutes observed is not scored, and says why', () => {
    const record = unansweredRecord('helpAtOnce', 'evidence');
    expect(record.sa.total).toBeNull();
    expect(record.sa.evidence).toEqual({ probes: 0, observedS: 30, notScored: 'noProbesShortRun' });
  });

  it('a long run without questions is scored on behaviour alone, and says so', () => {
    const record = unansweredRecord('standFar', 'evidence-2');
    expect(record.sa.total).toBe(record.sa.process.score);
    expect(record.sa.evidence).toMatchObject({ probes: 0, notScored: null });
    expect(record.sa.evidence!.observedS).toBeGreaterThan(120);
  });
});

describe('after a crisis', () => {
  /**
   * The ED patient stripped to one trigger (a command) and one calming rule that always holds, so
   * what the recovery mechanisms do is all that differs between two runs.
   */
  const bare = (recovery?: Scenario['patient']['recovery']): Scenario => ({
    ...ed,
    patient: {
      ...ed.patient,
      noise: 0,
      ...(recovery ? { recovery } : {}),
      sensitivities: {
        triggers: [
          {
            id: 'order',
            label: ed.patient.sensitivities.triggers[0]!.label,
            when: { utteranceTag: 'command' },
            impulse: 0.05,
          },
        ],
        calming: [
          {
            id: 'presence',
            label: ed.patient.sensitivities.calming[0]!.label,
            when: { arousalAbove: 0 },
            rate: 0.05,
          },
        ],
      },
    },
  });
  /** Arousal after `s` seconds in the recovery phase, 10 s after he left a crisis at 0.9. */
  const recoveringFor = (scenario: Scenario, s: number): number => {
    const model = compileModel(scenario);
    let ctx: PatientContext = {
      ...initialContext(model, 1),
      phaseId: 'recovery',
      arousal: 0.9,
      crisisLeft: { t: 0, arousal: 0.9 },
    };
    for (let i = 0; i < s * 10; i++) ctx = stepTick(model, ctx, 0.1, ctx.signals).ctx;
    return ctx.arousal;
  };

  it('he comes down no faster than the recovery half-life, whatever calms him', () => {
    const sc = bare({ halfLifeS: 60 });
    const p = sc.patient;
    const floor = p.exhaustedArousal + (0.9 - p.exhaustedArousal) * Math.pow(2, -20 / 60);
    const held = recoveringFor(sc, 20);
    expect(held).toBeGreaterThanOrEqual(floor - 1e-9);
    expect(held).toBeCloseTo(floor, 2);
    // Without the floor the same calming brings him down much further.
    expect(recoveringFor(bare({ halfLifeS: 0 }), 20)).toBeLessThan(floor - 0.2);
  });

  it('in the recovery window a trigger works exactly (1 + triggerGain) times as strongly', () => {
    const rise = (phaseId: string, triggerGain: number): number => {
      const sc = bare({ triggerGain });
      const model = compileModel(sc);
      const ctx = { ...initialContext(model, 1), phaseId, arousal: 0.5 };
      const option = sc.options.find((o) => o.tags.includes('command'))!;
      return (
        stepAct(model, ctx, 'say', { tone: 'calm', tags: ['command'], optionId: option.id }).ctx.arousal - 0.5
      );
    };
    expect(rise('recovery', 1)).toBeCloseTo(2 * rise('agitated', 1), 9);
    expect(rise('recovery', 2)).toBeCloseTo(3 * rise('agitated', 2), 9);
    expect(rise('agitated', 1)).toBeGreaterThan(0);
  });

  it('a good ending reached through a crisis is its own kind, in the sim and the debrief record', () => {
    // The ward's patient when he forgives everything (no relevance, no recovery floor or gain):
    // provoking a crisis and then talking calmly reaches the good ending, but only after a crisis.
    const lenient = forgiving(loadScenarioFile('scenarios/psych-ward-leave.yaml'));
    const { sim, summary } = runScripted(lenient, 'provokeThenTalk', 1);
    expect(sim.outcome).toMatchObject({ id: 'deEscalated', kind: 'afterCrisis' });
    expect(summary.outcomeKind).toBe('afterCrisis');
    const record = buildDebrief({
      id: uuidFrom('after-crisis'),
      scenario: lenient,
      seed: 1,
      pseudonym: 'Kari',
      startedAt: '2026-12-08T10:00:00.000Z',
      log: sim.log,
      probes: [],
    });
    expect(record.outcome).toMatchObject({ id: 'deEscalated', kind: 'afterCrisis' });
    expect(record.phases.some((p) => p.cycle === 'crisis')).toBe(true);
    expect(DebriefRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
