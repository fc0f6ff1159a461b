import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDebrief, uuidFrom } from '../debrief';
import { inputsOf, isInput, replay, runScripted } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { RoligDb } from './db';
import { Autosaver } from '../session';
import { RunStore } from './runs';
import { exportRuns, importRuns, MAX_IMPORT_BYTES, utf8Bytes } from './transfer';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const { sim } = runScripted(scenario, 'textbook', 1, { hz: 30 });
const meta = (id: string, startedAt = '2025-03-04T10:00:00.000Z') => ({
  id,
  scenarioId: scenario.id,
  scenarioVersion: 1,
  seed: 1,
  pseudonym: 'Kari',
  startedAt,
});
const recordFor = (id: string, startedAt?: string) =>
  buildDebrief({ ...meta(id, startedAt), scenario, log: sim.log, probes: [] });

let store: RunStore;
let n = 0;
beforeEach(() => {
  store = new RunStore(new RoligDb(`rolig-test-${n++}`));
});
afterEach(async () => {
  await store.db.delete();
});

describe('autosave and recovery', () => {
  it('saves the inputs while a run goes on and recovers the interrupted run exactly', async () => {
    const id = uuidFrom('a');
    await store.start(meta(id));
    let clock = 0;
    const log: typeof sim.log = [];
    const saver = new Autosaver(
      store,
      id,
      log,
      () => ({ simTime: log.at(-1)?.t ?? 0, freezesDone: 0, probes: [] }),
      1000,
      () => clock,
    );
    // Feed the run's log in pieces, as frames would, poking the saver with a clock 100 ms a piece.
    for (let i = 0; i < sim.log.length; i += 7) {
      log.push(...sim.log.slice(i, i + 7).map((e) => (e.kind === 'tick' ? { ...e } : e)));
      clock += 100;
      saver.poke();
      await Promise.resolve();
    }
    await saver.flush();
    const run = await store.interrupted();
    expect(run?.id).toBe(id);
    const inputs = await store.inputs(id);
    expect(inputsOf(inputs)).toEqual(inputsOf(sim.log));
    expect(replay(scenario, 1, inputsOf(inputs)).log).toEqual(sim.log);
  });

  it('rewrites the last tick entry, whose count the running sim grows in place', async () => {
    const id = uuidFrom('grow');
    await store.start(meta(id));
    const signals = sim.log.find((e) => e.kind === 'signals')!;
    const tick = { t: 0, kind: 'tick' as const, dt: 0.1, n: 1 };
    const log: typeof sim.log = [signals, tick];
    const saver = new Autosaver(store, id, log, () => ({ simTime: 0, freezesDone: 0, probes: [] }));
    await saver.flush();
    tick.n = 5;
    await saver.flush();
    expect(await store.inputs(id)).toEqual([signals, { ...tick, n: 5 }]);
  });

  it('never overlaps saves: flushes during a save coalesce into one more', async () => {
    const id = uuidFrom('overlap');
    await store.start(meta(id));
    let writes = 0;
    const save = store.saveInputs.bind(store);
    store.saveInputs = async (...args) => {
      writes++;
      return save(...args);
    };
    const log = sim.log.slice(0, 10);
    const saver = new Autosaver(store, id, log, () => ({ simTime: 1, freezesDone: 0, probes: [] }));
    const first = saver.flush();
    log.push(...sim.log.slice(10, 40));
    const rest = Array.from({ length: 20 }, () => saver.flush());
    await Promise.all([first, ...rest]);
    expect(writes).toBe(2);
    expect((await store.inputs(id)).length).toBe(
      sim.log.slice(0, 40).filter((e) => ['signals', 'tick', 'act'].includes(e.kind)).length,
    );
  });

  it('throttles: pokes within the interval do not write', async () => {
    const id = uuidFrom('b');
    await store.start(meta(id));
    let clock = 0;
    const log = sim.log.slice(0, 10);
    const saver = new Autosaver(
      store,
      id,
      log,
      () => ({ simTime: 1, freezesDone: 0, probes: [] }),
      1000,
      () => clock,
    );
    saver.poke();
    await saver.flush();
    const count = await store.db.chunks.count();
    log.push(...sim.log.slice(10, 20));
    clock = 500;
    saver.poke();
    await Promise.resolve();
    expect(await store.db.chunks.count()).toBe(count);
    clock = 1000;
    saver.poke();
    await saver.flush();
    expect((await store.inputs(id)).length).toBe(
      sim.log.slice(0, 20).filter((e) => ['signals', 'tick', 'act'].includes(e.kind)).length,
    );
  });

  it('a finished run leaves recovery and joins the history; delete removes it and its log', async () => {
    const id = uuidFrom('c');
    await store.start(meta(id));
    await store.saveInputs(id, 0, sim.log.filter((e) => e.kind === 'tick').slice(0, 3), {
      simTime: 1,
      freezesDone: 0,
      probes: [],
    });
    await store.finish(id, recordFor(id));
    expect(await store.interrupted()).toBeUndefined();
    const h = await store.history();
    expect(h.map((r) => [r.id, r.outcome])).toEqual([[id, 'deEscalated']]);
    await store.remove(id);
    expect(await store.history()).toEqual([]);
    expect(await store.db.chunks.count()).toBe(0);
  });
});

describe('export and import', () => {
  async function storeFinished(id: string, startedAt: string) {
    await store.start(meta(id, startedAt));
    await store.saveInputs(
      id,
      0,
      sim.log.filter((e) => ['signals', 'tick', 'act'].includes(e.kind)),
      { simTime: sim.time, freezesDone: 0, probes: [] },
    );
    await store.finish(id, recordFor(id, startedAt));
  }

  it('round-trips one or many records losslessly, logs included', async () => {
    const a = uuidFrom('x');
    const b = uuidFrom('y');
    await storeFinished(a, '2025-03-04T10:00:00.000Z');
    await storeFinished(b, '2025-03-05T10:00:00.000Z');
    const text = await exportRuns(store, [a, b]);
    const other = new RunStore(new RoligDb('rolig-import-target'));
    try {
      const r = await importRuns(other, text);
      expect(r).toEqual({ ok: true, added: [a, b], kept: [], interrupted: [], copies: [] });
      expect((await other.get(a))?.record).toEqual((await store.get(a))?.record);
      expect(await other.inputs(b)).toEqual(await store.inputs(b));
      expect((await other.history()).map((x) => x.id)).toEqual([b, a]);
      expect(await exportRuns(other, [a])).toMatch(/"rolig-export"/);
    } finally {
      await other.db.delete();
    }
  });

  it('keeps a "Surprise me" run\'s persona variant through autosave, export and import', async () => {
    const varied = runScripted(scenario, 'textbook', 6, { hz: 30, surprise: true }).sim;
    const id = uuidFrom('surprise');
    await store.start({ ...meta(id), seed: 6 });
    await store.saveInputs(id, 0, varied.log.filter(isInput), {
      simTime: varied.time,
      freezesDone: 0,
      probes: [],
    });
    const inputs = await store.inputs(id);
    expect(inputs[0]).toMatchObject({ kind: 'persona' });
    const record = buildDebrief({ ...meta(id), seed: 6, scenario, log: inputs, probes: [] });
    expect(record.persona).toEqual(varied.persona);
    await store.finish(id, record);
    const other = new RunStore(new RoligDb('rolig-import-surprise'));
    try {
      expect(await importRuns(other, await exportRuns(store, [id]))).toMatchObject({ ok: true, added: [id] });
      expect(await other.inputs(id)).toEqual(inputs);
    } finally {
      await other.db.delete();
    }
  });

  it('rejects corrupt, foreign, tampered and oversized files with clear errors and changes nothing', async () => {
    const a = uuidFrom('z');
    await storeFinished(a, '2025-03-04T10:00:00.000Z');
    const before = await store.db.runs.toArray();
    const good = JSON.parse(await exportRuns(store, [a]));
    const tampered = structuredClone(good);
    tampered.runs[0].record.sa.total = 250;
    const twoOneBad = structuredClone(good);
    twoOneBad.runs.push({ ...structuredClone(good.runs[0]), record: { ...good.runs[0].record, id: 'nope' } });
    const newer = { ...structuredClone(good), version: 2 };
    const twice = structuredClone(good);
    twice.runs.push(structuredClone(good.runs[0]));
    const cases: [string, object][] = [
      ['{not json', { code: 'notJson' }],
      [JSON.stringify({ format: 'xapi', statements: [] }), { code: 'notRolig' }],
      [JSON.stringify(newer), { code: 'newerVersion', version: 2 }],
      [JSON.stringify(tampered), { code: 'invalid', run: 1, field: 'record.sa.total' }],
      [JSON.stringify(twoOneBad), { code: 'invalid', run: 2, field: 'record.id' }],
      [JSON.stringify(twice), { code: 'duplicateInFile', id: a, first: 1, second: 2 }],
      [
        'x'.repeat(MAX_IMPORT_BYTES + 1),
        { code: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES },
      ],
    ];
    for (const [text, problem] of cases) {
      const r = await importRuns(store, text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject(problem);
    }
    expect(await store.db.runs.toArray()).toEqual(before);
  });

  it('measures the size limit in bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('æøå')).toBe(6);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
    const text = 'æ'.repeat(MAX_IMPORT_BYTES / 2 + 1); // fewer characters than the limit, more bytes
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(utf8Bytes(text)).toBeGreaterThan(MAX_IMPORT_BYTES);
  });

  it('never overwrites a stored run: kept by default, kept beside as a copy on request', async () => {
    const a = uuidFrom('keep-a');
    await storeFinished(a, '2025-03-04T10:00:00.000Z');
    const file = JSON.parse(await exportRuns(store, [a]));
    // The stored run gets an instructor's comment; the file's copy has another.
    const mine = (await store.get(a))!.record!;
    await store.updateRecord({ ...mine, instructorComments: 'Mine: good use of the exit.' });
    file.runs[0].record.instructorComments = 'From the file.';
    const b = uuidFrom('keep-b');
    await storeFinished(b, '2025-03-05T10:00:00.000Z');
    const fresh = JSON.parse(await exportRuns(store, [b]));
    await store.remove(b);
    file.runs.push(fresh.runs[0]);
    const text = JSON.stringify(file);
    const inputsBefore = await store.inputs(a);

    const r = await importRuns(store, text);
    expect(r).toEqual({ ok: true, added: [b], kept: [a], interrupted: [], copies: [] });
    expect((await store.get(a))?.record?.instructorComments).toBe('Mine: good use of the exit.');
    expect(await store.inputs(a)).toEqual(inputsBefore);

    const both = await importRuns(store, text, 'keepBoth');
    expect(both.ok).toBe(true);
    if (!both.ok) return;
    expect(both.added).toEqual([]);
    expect(both.kept).toEqual([b]); // the same run already here, not changed: nothing to copy
    expect(both.copies).toHaveLength(1);
    const copy = both.copies[0]!;
    expect(copy.from).toBe(a);
    expect((await store.get(a))?.record?.instructorComments).toBe('Mine: good use of the exit.');
    expect((await store.get(copy.to))?.record?.instructorComments).toBe('From the file.');
    expect((await store.get(copy.to))?.record?.id).toBe(copy.to);
    expect(await store.inputs(copy.to)).toEqual(inputsBefore);
    // The same file again: its copy is found, no third run.
    const again = await importRuns(store, text, 'keepBoth');
    expect(again).toEqual({ ok: true, added: [], kept: [a, b], interrupted: [], copies: [] });
    expect(await store.db.runs.count()).toBe(3);
  });

  it('never touches the interrupted run waiting to be resumed', async () => {
    const a = uuidFrom('interrupted');
    await storeFinished(a, '2025-03-04T10:00:00.000Z');
    const text = await exportRuns(store, [a]);
    await store.remove(a);
    // The same id is now a run in progress here, saved halfway.
    await store.start(meta(a));
    const half = sim.log.filter((e) => ['signals', 'tick', 'act'].includes(e.kind)).slice(0, 40);
    await store.saveInputs(a, 0, half, { simTime: 12, freezesDone: 0, probes: [] });
    const before = await store.get(a);
    for (const mode of ['keepMine', 'keepBoth'] as const) {
      const r = await importRuns(store, text, mode);
      expect(r.ok && r.interrupted).toEqual([a]);
      expect(await store.get(a)).toEqual(before);
      expect(await store.inputs(a)).toEqual(half);
      expect((await store.interrupted())?.id).toBe(a);
    }
    // Keep both stored the file's copy beside it.
    expect(await store.db.runs.count()).toBe(2);
  });
});
