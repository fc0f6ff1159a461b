import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/schema';
import { loadScenarioFile } from '../scenario/testing';
import { answerChoices, isCorrect } from './answers';
import { SCORING } from './config';
import { eligibleProbes, pickProbes, scheduleFreezes } from './freeze';
import { NOTHING, type ProbeTruth } from './truth';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const withSchedule = (atS: number[], random: number, durationS = 420): Scenario => ({
  ...scenario,
  durationS,
  probeSchedule: { atS, random, questionsPerFreeze: 3 },
});

describe('freeze times (domain.md §5)', () => {
  it('keeps the fixed time and adds seeded random ones, the same for the same seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      const times = scheduleFreezes(scenario, seed);
      expect(times[0]).toBe(70);
      expect(times).toHaveLength(2);
      expect(scheduleFreezes(scenario, seed)).toEqual(times);
    }
    expect(scheduleFreezes(scenario, 1)).not.toEqual(scheduleFreezes(scenario, 2));
  });

  it('never freezes in the first minute, within a minute of another, or in the last 30 s', () => {
    const sc = withSchedule([10, 65, 90, 400], 6, 420);
    for (let seed = 0; seed < 300; seed++) {
      const times = scheduleFreezes(sc, seed);
      expect(times[0]).toBe(65); // 10 is too early, 90 too near 65, 400 too near the end
      for (const t of times) {
        expect(t).toBeGreaterThanOrEqual(SCORING.freeze.notBeforeS);
        expect(t).toBeLessThanOrEqual(420 - SCORING.freeze.notInLastS);
      }
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(60);
    }
  });

  it('a short scenario has room for no freeze at all', () => {
    expect(scheduleFreezes(withSchedule([30, 50], 3, 80), 1)).toEqual([]);
  });
});

describe('questions per freeze', () => {
  it('asks 2-4 probes that fit the phase, spread over the levels, deterministically', () => {
    for (let i = 0; i < 20; i++) {
      const ps = pickProbes(scenario, 'waiting', 7, i);
      expect(ps).toHaveLength(3);
      expect(ps.map((p) => p.level)).toEqual([1, 2, 3]);
      expect(new Set(ps.map((p) => p.id)).size).toBe(3);
      expect(pickProbes(scenario, 'waiting', 7, i)).toEqual(ps);
    }
    const seen = new Set(Array.from({ length: 20 }, (_, i) => pickProbes(scenario, 'waiting', 7, i)[0]!.id));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('respects probe phases and clamps the count to 2-4', () => {
    const sc: Scenario = {
      ...scenario,
      probes: scenario.probes.map((p) => (p.level === 3 ? { ...p, phases: ['crisis'] } : p)),
      probeSchedule: { atS: [], random: 0, questionsPerFreeze: 1 },
    };
    expect(eligibleProbes(sc, 'waiting').every((p) => p.level < 3)).toBe(true);
    const ps = pickProbes(sc, 'waiting', 1, 0);
    expect(ps).toHaveLength(SCORING.freeze.minQuestions);
    expect(ps.every((p) => p.level < 3)).toBe(true);
    const many = pickProbes(
      { ...sc, probeSchedule: { atS: [], random: 0, questionsPerFreeze: 4 } },
      'crisis',
      1,
      0,
    );
    expect(many).toHaveLength(4);
  });
});

describe('answer options and scoring', () => {
  const holds = scenario.probes.find((p) => p.kind === 'patientHolds')!;
  it('offers the truth, "nothing" and distractors from the scenario for what he holds', () => {
    for (const value of ['coffee-cup', NOTHING]) {
      const truth: ProbeTruth = { kind: 'patientHolds', value };
      const c = answerChoices(scenario, holds, truth, 3);
      const values = c.options.map((o) => o.value);
      expect(c.multiple).toBe(false);
      expect(values).toContain(value);
      expect(values).toContain(NOTHING);
      expect(values.length).toBeLessThanOrEqual(4);
      expect(values.every((v) => v === NOTHING || scenario.setting.objects.some((o) => o.id === v))).toBe(
        true,
      );
      expect(answerChoices(scenario, holds, truth, 3)).toEqual(c);
    }
  });

  it('asks for every sign at once and marks a set right only when it matches exactly', () => {
    const cues = scenario.probes.find((p) => p.kind === 'cuesPresent')!;
    const truth: ProbeTruth = { kind: 'cuesPresent', value: ['irritable', 'boisterous'] };
    expect(answerChoices(scenario, cues, truth, 1)).toMatchObject({ multiple: true });
    expect(answerChoices(scenario, cues, truth, 1).options).toHaveLength(6);
    expect(isCorrect(truth, ['boisterous', 'irritable'])).toBe(true);
    expect(isCorrect(truth, ['irritable'])).toBe(false);
    expect(isCorrect(truth, ['irritable', 'boisterous', 'confused'])).toBe(false);
    expect(isCorrect({ kind: 'cuesPresent', value: [] }, [])).toBe(true);
    expect(isCorrect(truth, null)).toBe(false);
  });

  it('scores single answers by equality', () => {
    const truth: ProbeTruth = { kind: 'phase', value: 'escalation' };
    expect(isCorrect(truth, 'escalation')).toBe(true);
    expect(isCorrect(truth, 'crisis')).toBe(false);
    expect(isCorrect(truth, ['escalation'])).toBe(false);
  });
});
