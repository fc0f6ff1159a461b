import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { runScripted } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { buildDebrief } from './build';
import { uuidFrom } from './ids';
import { DebriefRecordSchema, type DebriefRecord } from './record';
import { runWithFreezes } from '../session';
import { readdirSync } from 'node:fs';
import { xapiRuleViolations } from '../../test/support/xapiRules';
import { accountName, isoDuration, toStatements } from './xapi';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const startedAt = '2025-03-04T10:00:00.000Z';
const id = uuidFrom('test-run');

// Passive trainee, seed 3: freezes at 70 s and one seeded time; level-1 answers right, the rest
// wrong (but among the answers offered).
const passive = runWithFreezes(scenario, 'passive', 3, (p, truth) => {
  if (p.level === 1) return truth.value;
  if (p.kind === 'phase') return truth.value === 'crisis' ? 'baseline' : 'crisis';
  if (p.kind === 'riskBand') return truth.value === 'high' ? 'low' : 'high';
  return 'same';
});
const record = buildDebrief({
  id,
  scenario,
  seed: 3,
  pseudonym: 'Kari',
  startedAt,
  log: passive.sim.log,
  probes: passive.probes,
});

describe('debrief record', () => {
  it('validates against its schema and survives a JSON round trip unchanged', () => {
    const parsed = DebriefRecordSchema.parse(JSON.parse(JSON.stringify(record)));
    expect(parsed).toEqual(record);
  });

  it('holds what domain.md §6 lists, from the run (passive trainee, seed 3)', () => {
    expect(record.scenario).toMatchObject({ id: 'ed-waiting-room', version: 1 });
    expect(record.seed).toBe(3);
    expect(record.outcome?.id).toBe(passive.sim.outcome?.id);
    expect(record.durationS).toBeCloseTo(passive.sim.time, 2);
    expect(record.arousal.length).toBeGreaterThan(record.durationS * 1.5);
    expect(record.distance[0]![2]).toBe(1.5);
    expect(record.phases[0]).toMatchObject({ phaseId: 'waiting', cycle: 'baseline', from: 0 });
    // The passive trainee never looks at him: every sign shown is missed.
    expect(record.cues.length).toBeGreaterThan(0);
    expect(record.cues.every((c) => c.noticedAt === null)).toBe(true);
    // Probe answers by level: level 1 right, 2 and 3 wrong.
    expect(record.probes.length).toBeGreaterThanOrEqual(4);
    expect(record.sa.probes.byLevel[1].percent).toBe(100);
    expect(record.sa.probes.byLevel[2].percent).toBe(0);
    expect(record.sa.total).toBeCloseTo(0.6 * record.sa.probes.percent! + 0.4 * record.sa.process.score, 9);
    expect(record.timeline.filter((e) => e.kind === 'freeze').map((e) => e.t)).toEqual(
      [...new Set(passive.probes.map((p) => p.t))].map((t) => Math.round(t * 1000) / 1000),
    );
    expect(record.technique).toHaveLength(10);
    expect(record.wentWell.length).toBeGreaterThanOrEqual(1);
    expect(record.tryNext.length).toBeGreaterThanOrEqual(1);
    expect(record.tryNext.length).toBeLessThanOrEqual(3);
    expect(record.confidentiality.nb.length).toBeGreaterThan(20);
  });

  it('offers the wellbeing check-in only after an intense run, and never scores it', () => {
    expect(record.intense).toBe(true); // the ignored patient reached a crisis
    expect(record.wellbeing).toEqual({ offered: true, answers: {}, wantsPause: false });
    const calm = buildDebrief({
      id,
      scenario,
      seed: 1,
      pseudonym: 'Kari',
      startedAt,
      log: runScripted(scenario, 'textbook', 1, { hz: 30 }).sim.log,
      probes: [],
    });
    expect(calm.outcome?.kind).toBe('good');
    expect(calm.intense).toBe(false);
    expect(calm.wellbeing.offered).toBe(false);
    const answered: DebriefRecord = {
      ...record,
      wellbeing: { offered: true, answers: { safety: 1, hope: 5 }, wantsPause: true },
    };
    expect(JSON.stringify(answered.sa)).toBe(JSON.stringify(record.sa));
  });

  it('never says the same thing twice in what went well or what to try', () => {
    for (const trainee of ['textbook', 'provocative', 'passive', 'random'] as const)
      for (let seed = 1; seed <= 5; seed++) {
        const r = buildDebrief({
          id,
          scenario,
          seed,
          pseudonym: 'K',
          startedAt,
          log: runScripted(scenario, trainee, seed).sim.log,
          probes: [],
        });
        for (const list of [r.wentWell, r.tryNext])
          expect(new Set(list.map((x) => x.nb)).size, `${trainee} ${seed}`).toBe(list.length);
      }
  });

  it('names what went well and things to try as advocacy-inquiry (an observation and a question)', () => {
    const good = buildDebrief({
      id,
      scenario,
      seed: 1,
      pseudonym: 'K',
      startedAt,
      log: runScripted(scenario, 'textbook', 1, { hz: 30 }).sim.log,
      probes: [],
    });
    expect(good.wentWell).toHaveLength(3);
    const bad = buildDebrief({
      id,
      scenario,
      seed: 1,
      pseudonym: 'K',
      startedAt,
      log: runScripted(scenario, 'provocative', 1, { hz: 30 }).sim.log,
      probes: [],
    });
    expect(bad.tryNext).toHaveLength(3);
    for (const t of bad.tryNext) {
      expect(t.en.trim().endsWith('?')).toBe(true);
      expect(t.nb.trim().endsWith('?')).toBe(true);
    }
  });

  it('is the same record for the same inputs', () => {
    const again = buildDebrief({
      id,
      scenario,
      seed: 3,
      pseudonym: 'Kari',
      startedAt,
      log: passive.sim.log,
      probes: passive.probes,
    });
    expect(again).toEqual(record);
  });

  it('rejects a foreign or tampered record', () => {
    expect(DebriefRecordSchema.safeParse({ format: 'something-else' }).success).toBe(false);
    expect(DebriefRecordSchema.safeParse({ ...record, sa: { ...record.sa, total: 140 } }).success).toBe(
      false,
    );
    expect(DebriefRecordSchema.safeParse({ ...record, tryNext: [] }).success).toBe(false);
  });
});

describe('xAPI 1.0.3 statements', () => {
  const DEVICE = '0b6f2c1e-4d7a-4e8b-9c3d-2a1b0c9d8e7f';
  const who = { homePage: 'https://rolig.example.no/', device: DEVICE };
  const statements = toStatements(record, who);
  it('maps the run to attempted, answered per probe, completed and experienced', () => {
    const verbs = statements.map((s) => (s.verb as { id: string }).id.split('/').pop());
    expect(verbs).toEqual(['attempted', ...record.probes.map(() => 'answered'), 'completed', 'experienced']);
    const completed = statements.find((s) => (s.verb as { id: string }).id.endsWith('completed'))!;
    expect(completed.result).toMatchObject({ score: { scaled: Math.round(record.sa.total! * 10) / 1000 } });
    expect((completed.result as { duration: string }).duration).toBe(isoDuration(record.durationS));
    expect(statements[0]!.actor).toEqual({
      objectType: 'Agent',
      name: 'Kari',
      account: { homePage: 'https://rolig.example.no/', name: accountName(DEVICE, 'Kari') },
    });
    expect(statements.every((s) => !('version' in s))).toBe(true);
  });

  it('makes one actor per device and pseudonym: two trainees called "Kari" are two actors', () => {
    const other = toStatements(record, { ...who, device: '7c1d9e2f-3a4b-4c5d-8e6f-1a2b3c4d5e6f' });
    const name = (ss: typeof statements) => (ss[0]!.actor as { account: { name: string } }).account.name;
    expect(name(other)).not.toBe(name(statements));
    // A record made on another device keeps its own account wherever it is sent from.
    const fromThere = toStatements(
      { ...record, device: DEVICE },
      { ...who, device: '7c1d9e2f-3a4b-4c5d-8e6f-1a2b3c4d5e6f' },
    );
    expect(name(fromThere)).toBe(name(statements));
    expect(() => toStatements(record, { ...who, homePage: 'urn:rolig' })).toThrow(/http\(s\) URL/);
  });

  it('lists the choices offered on every choice interaction, with the answer among them', () => {
    const answered = statements.filter((s) => (s.verb as { id: string }).id.endsWith('answered'));
    expect(answered.length).toBe(record.probes.length);
    for (const s of answered) {
      const def = (s.object as { definition: { choices?: { id: string; description: object }[] } })
        .definition;
      expect(def.choices?.length).toBeGreaterThan(1);
    }
  });

  it('passes a third-party xAPI validator (Learning Locker), which does reject a broken one', () => {
    for (const s of statements) expect(validateStatement(s)).toEqual([]);
    const broken = { ...statements[0]!, verb: { id: 'attempted' }, timestamp: 'yesterday' };
    expect(validateStatement(broken).length).toBeGreaterThan(0);
  });

  it('keeps the specification’s rules (a second check), which do catch what the old statements did wrong', () => {
    for (const s of statements)
      expect(xapiRuleViolations(s), String((s.verb as { id: string }).id)).toEqual([]);
    const first = statements[0]!;
    const answered = statements.find((s) => (s.verb as { id: string }).id.endsWith('answered'))!;
    const def = (answered.object as { definition: Record<string, unknown> }).definition;
    const bad: [object, RegExp][] = [
      [
        { ...first, actor: { ...(first.actor as object), account: { homePage: 'urn:rolig', name: 'Kari' } } },
        /homePage: MUST be an IRL/,
      ],
      [{ ...first, version: '1.0.3' }, /version/],
      [
        {
          ...answered,
          object: { ...(answered.object as object), definition: { ...def, choices: undefined } },
        },
        /lists its choices/,
      ],
      [
        { ...answered, result: { ...(answered.result as object), response: 'not-a-choice' } },
        /result.response/,
      ],
      [{ ...first, context: { ...(first.context as object), language: 'norsk' } }, /context.language/],
    ];
    for (const [s, rule] of bad)
      expect(xapiRuleViolations(s as Record<string, unknown>).join('\n')).toMatch(rule);
  });

  it('every bundled scenario’s runs pass both checks', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
    let n = 0;
    for (const f of files) {
      const sc = loadScenarioFile(`scenarios/${f}`);
      for (const trainee of ['textbook', 'provocative'] as const) {
        const run = runWithFreezes(sc, trainee, 5, (_p, truth) => truth.value);
        const rec = buildDebrief({
          id: uuidFrom(`${f}:${trainee}`),
          scenario: sc,
          seed: 5,
          pseudonym: 'Ugle',
          startedAt,
          log: run.sim.log,
          probes: run.probes,
        });
        for (const s of toStatements(rec, who)) {
          expect(validateStatement(s), f).toEqual([]);
          expect(xapiRuleViolations(s), f).toEqual([]);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(files.length * 2 * 3);
  });

  it('gives stable, unique statement ids, so resending never duplicates', () => {
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(toStatements(record, who).map((s) => s.id)).toEqual(ids);
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(47.9)).toBe('PT47.9S');
    expect(isoDuration(420)).toBe('PT7M0S');
    expect(isoDuration(3725.5)).toBe('PT1H2M5.5S');
  });
});
