/**
 * The gaming scripts (src/sim/gaming.ts) over every bundled scenario (issue 21), and the two
 * mechanisms that stop them: proportionate help, and a patient who weighs what is said against what
 * he just said and against what was said before.
 */
import { describe, expect, it } from 'vitest';
import { buildDebrief, DebriefRecordSchema, uuidFrom } from '../../src/debrief';
import { bundledScenarios, loadScenarioFile } from '../../src/scenario/testing';
import { runScripted, Simulation } from '../../src/sim';

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

  it('standFar: keeping out of it and saying one line never ends well', () => {
    for (let seed = 1; seed <= SEEDS; seed++)
      expect(runScripted(scenario, 'standFar', seed).summary.outcomeKind, `seed ${seed}`).not.toBe('good');
  });
});

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
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
