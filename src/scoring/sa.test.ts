import { describe, expect, it } from 'vitest';
import { runScripted } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import type { ProcessIndicators } from './process';
import { processIndicators } from './process';
import { saScore, type ProbeResult } from './sa';
import { techniqueChecklist } from './technique';
import { holdLog } from './testLogs';
import { traceRun } from './trace';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const result = (level: 1 | 2 | 3, correct: boolean): ProbeResult => ({
  freeze: 0,
  t: 70,
  probeId: `p${level}`,
  level,
  truth: { kind: 'phase', value: 'baseline' },
  answer: correct ? 'baseline' : 'crisis',
  correct,
});
const processOf = (score: number) => ({ score }) as ProcessIndicators;

describe('SA score = 0.6 × probes + 0.4 × process', () => {
  it('combines the two with per-level breakdowns', () => {
    const rs = [result(1, true), result(1, false), result(2, true), result(3, false)];
    const sa = saScore(rs, processOf(80));
    expect(sa.probes.percent).toBe(50);
    expect(sa.probes.byLevel[1]).toEqual({ asked: 2, correct: 1, percent: 50 });
    expect(sa.probes.byLevel[2]).toEqual({ asked: 1, correct: 1, percent: 100 });
    expect(sa.probes.byLevel[3]).toEqual({ asked: 1, correct: 0, percent: 0 });
    expect(sa.total).toBeCloseTo(0.6 * 50 + 0.4 * 80, 9);
    expect(sa.weights).toEqual({ probes: 0.6, process: 0.4 });
  });

  it('falls back to the process score when no freeze came (and says so in the weights)', () => {
    const sa = saScore([], processOf(70));
    expect(sa.probes.percent).toBeNull();
    expect(sa.probes.byLevel[3].percent).toBeNull();
    expect(sa.total).toBe(70);
    expect(sa.weights).toEqual({ probes: 0, process: 1 });
  });
});

describe('technique checklist (Project BETA)', () => {
  const checklist = (trainee: 'textbook' | 'provocative', seed = 1) => {
    const trace = traceRun(scenario, seed, runScripted(scenario, trainee, seed, { hz: 30 }).sim.log);
    return techniqueChecklist(trace, processIndicators(trace));
  };
  const byDomain = (items: ReturnType<typeof checklist>) =>
    Object.fromEntries(items.map((i) => [i.domain, i]));

  it('has all ten domains in order, the debrief one left to the debrief', () => {
    const items = checklist('textbook');
    expect(items.map((i) => i.domain)).toEqual([
      'respectSpace',
      'dontProvoke',
      'verbalContact',
      'concise',
      'identifyWants',
      'listen',
      'agree',
      'limits',
      'choices',
      'debrief',
    ]);
    expect(byDomain(items).debrief).toMatchObject({ status: 'na', score: null });
  });

  it('credits the textbook trainee (seed 1) with evidence from what was said and when', () => {
    const d = byDomain(checklist('textbook'));
    expect(d.respectSpace!.status).toBe('met');
    expect(d.dontProvoke!.status).toBe('met');
    expect(d.verbalContact!.status).toBe('met');
    expect(d.verbalContact!.evidence[0]).toMatchObject({ kind: 'said', optionId: 'introduce' });
    expect(d.choices!.evidence.some((e) => e.optionId === 'inform-choice')).toBe(true);
    // The patient never escalated, so limit-setting was not needed: not applicable, not a miss.
    expect(d.limits).toMatchObject({ status: 'na', score: null });
  });

  it('marks the provocative trainee down, naming the provocations and the too-close episodes', () => {
    const d = byDomain(checklist('provocative'));
    expect(d.respectSpace!.status).toBe('notYet');
    expect(d.respectSpace!.evidence[0]).toMatchObject({ kind: 'tooClose' });
    expect(d.dontProvoke!.status).toBe('notYet');
    const provoked = d.dontProvoke!.evidence.filter((e) => e.kind === 'provocation');
    expect(provoked.length).toBeGreaterThan(0);
    expect(provoked.every((e) => ['sit-down', 'security', 'wait-like-others'].includes(e.optionId!))).toBe(
      true,
    );
    expect(d.verbalContact!.status).toBe('notYet');
    expect(d.limits!.status).toBe('notYet'); // escalated, and no calm limit was set
  });

  it('reads body language as time shares near the patient (hand-built log)', () => {
    const calm = { ...scenario, patient: { ...scenario.patient, initialArousal: 0.35 } };
    const trace = traceRun(
      calm,
      2,
      holdLog([
        { at: [0.4, -0.4], seconds: 3, hands: 'crossed', stance: 'square' }, // ~2.8 m: in range
        { at: [0.4, -0.4], seconds: 1, hands: 'open', stance: 'square' },
        { at: [2.9, 2.3], seconds: 6, hands: 'pointing' }, // 6.5 m: too far to count
      ]),
    );
    const d = byDomain(techniqueChecklist(trace, processIndicators(trace)));
    const open = d.dontProvoke!.evidence.find((e) => e.kind === 'handsOpen')!.value!;
    const angled = d.dontProvoke!.evidence.find((e) => e.kind === 'angled')!.value!;
    expect(open).toBeCloseTo(0.25, 6);
    expect(angled).toBe(0);
    expect(d.dontProvoke!.score).toBeCloseTo((0.25 + 0 + 1) / 3, 6);
  });
});
