// @vitest-environment node
/**
 * LRS delivery against a real LRS: Learning Locker's xapi-statements service (npm
 * @learninglocker/xapi-statements), started here as a child process with its in-memory models
 * repository (no MongoDB or Redis), on a local port. The outbox queues while it is down, delivers
 * every statement once it is up, never duplicates on resend (deterministic statement ids), and drops
 * what the LRS refuses (409 conflict, 400 invalid) instead of retrying it forever.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDebrief, toStatements, uuidFrom } from '../debrief';
import { runScripted } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { reserveLearningLocker, type LearningLocker } from '../../test/support/learningLocker';
import { LrsOutbox, OutboxDb } from './lrs';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const record = buildDebrief({
  id: uuidFrom('lrs-learning-locker'),
  scenario,
  seed: 2,
  pseudonym: 'Ugle',
  startedAt: '2025-03-04T10:00:00.000Z',
  log: runScripted(scenario, 'textbook', 2, { hz: 30 }).sim.log,
  probes: [],
});
const statements = toStatements(record, {
  homePage: 'https://rolig.example.no/',
  device: '0b6f2c1e-4d7a-4e8b-9c3d-2a1b0c9d8e7f',
});

let ll: LearningLocker;
beforeAll(async () => {
  ll = await reserveLearningLocker('rolig-key', 'rolig-secret');
});
afterAll(() => ll.stop());

describe('LRS delivery to Learning Locker (xapi-statements)', () => {
  it(
    'queues while it is down, then delivers every statement exactly once; refusals are dropped',
    { timeout: 90_000 },
    async () => {
      let clock = 1_000_000;
      const outbox = new LrsOutbox(new OutboxDb('outbox-ll'), { now: () => clock, baseDelayMs: 1000 });
      const target = {
        endpoint: new URL(ll.endpoint),
        key: 'rolig-key',
        secret: 'rolig-secret',
      };

      // Offline: nothing is lost, everything waits.
      await outbox.enqueue(statements);
      const down = await outbox.flush(target);
      expect(down).toMatchObject({ sent: 0, waiting: statements.length });

      // The LRS comes up; after the backoff every statement is delivered.
      await ll.start();
      clock += 1000;
      expect(await outbox.flush(target)).toEqual({ sent: statements.length, dropped: 0, waiting: 0 });

      // Each statement is stored as sent, with the LRS's own stored/authority added.
      for (const st of statements) {
        const res = await ll.xapi(`statements?statementId=${st.id}`);
        expect(res.status).toBe(200);
        type Stored = { id: string; verb: { id: string }; actor: unknown; stored: string };
        const got = (await res.json()) as Stored;
        expect(got.id).toBe(st.id);
        expect(got.verb.id).toBe((st as unknown as Stored).verb.id);
        expect(got.actor).toEqual(st.actor);
        expect(got.stored).toMatch(/^\d{4}-/);
      }

      // Sending the run again (a second finish, a retry after a lost response) duplicates nothing.
      await outbox.enqueue(statements);
      expect((await outbox.flush(target)).sent).toBe(statements.length);
      const list = (await (await ll.xapi('statements?limit=500')).json()) as { statements: { id: string }[] };
      expect(list.statements.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());

      // Different content under a stored id: the LRS answers 409 Conflict and the outbox drops it.
      const changed = {
        ...statements[0]!,
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      };
      const direct = await ll.xapi(`statements?statementId=${changed.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(changed),
      });
      expect(direct.status).toBe(409);
      await outbox.enqueue([changed]);
      expect(await outbox.flush(target)).toEqual({ sent: 0, dropped: 1, waiting: 0 });

      // An invalid statement: the LRS's validator refuses it (400) and the outbox drops it, no retry loop.
      const invalid = { ...statements[0]!, id: uuidFrom('invalid'), verb: { id: 'not a url' } };
      await outbox.enqueue([invalid]);
      expect(await outbox.flush(target)).toEqual({ sent: 0, dropped: 1, waiting: 0 });
      expect(await outbox.pending()).toEqual([]);
      await outbox.db.delete();
    },
  );
});
