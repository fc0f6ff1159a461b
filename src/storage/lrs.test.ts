// @vitest-environment node
/**
 * LRS delivery against an in-test LRS stub (node:http) that implements the xAPI 1.0.3 statement
 * resource rules the outbox relies on: PUT /statements?statementId=, 204 on store or identical
 * resend, 409 on different content under a stored id, 400 without X-Experience-API-Version 1.0.x,
 * 401 without the right Basic credentials. The stub lets these tests force what a real LRS will not
 * do on demand (401, a huge error body); lrs.learninglocker.test.ts delivers to a real LRS.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDebrief, toStatements, uuidFrom } from '../debrief';
import { runScripted } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { LrsOutbox, MAX_RESPONSE_CHARS, OutboxDb } from './lrs';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const record = buildDebrief({
  id: uuidFrom('lrs'),
  scenario,
  seed: 1,
  pseudonym: 'Ugle',
  startedAt: '2025-03-04T10:00:00.000Z',
  log: runScripted(scenario, 'textbook', 1, { hz: 30 }).sim.log,
  probes: [],
});
const statements = toStatements(record, {
  homePage: 'https://rolig.example.no/',
  device: '0b6f2c1e-4d7a-4e8b-9c3d-2a1b0c9d8e7f',
});

function stubLrs() {
  const stored = new Map<string, string>();
  const requests: { method: string; id: string | null; status: number }[] = [];
  let bigError = false;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const id = url.searchParams.get('statementId');
      const reply = (status: number, text = '') => {
        requests.push({ method: req.method ?? '', id, status });
        res.writeHead(status, { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'text/plain' });
        res.end(text);
      };
      if (bigError) return reply(500, '<script>alert(1)</script>' + 'x'.repeat(1_000_000));
      if (!/^1\.0(\.\d+)?$/.test(String(req.headers['x-experience-api-version'] ?? '')))
        return reply(400, 'missing X-Experience-API-Version');
      if (req.headers.authorization !== `Basic ${Buffer.from('key:sécret').toString('base64')}`)
        return reply(401, 'unauthorised');
      if (req.method !== 'PUT' || url.pathname !== '/xapi/statements' || !id)
        return reply(400, 'bad request');
      let st: { id?: string };
      try {
        st = JSON.parse(body);
      } catch {
        return reply(400, 'not JSON');
      }
      if (st.id !== undefined && st.id !== id) return reply(400, 'id mismatch');
      const canonical = JSON.stringify({ ...st, id });
      const had = stored.get(id);
      if (had !== undefined) return reply(had === canonical ? 204 : 409, had === canonical ? '' : 'conflict');
      stored.set(id, canonical);
      return reply(204);
    });
  });
  return {
    server,
    stored,
    requests,
    setBigError: (v: boolean) => (bigError = v),
  };
}

let outbox: LrsOutbox;
let clock = 1_000_000;
let lrs: ReturnType<typeof stubLrs>;
let n = 0;
const listen = (server: Server, port = 0) =>
  new Promise<number>((r) =>
    server.listen(port, '127.0.0.1', () => r((server.address() as AddressInfo).port)),
  );
const close = (server: Server) => new Promise<void>((r) => server.close(() => r()));

beforeEach(() => {
  clock = 1_000_000;
  outbox = new LrsOutbox(new OutboxDb(`outbox-${n++}`), { now: () => clock, baseDelayMs: 1000 });
  lrs = stubLrs();
});
afterEach(async () => {
  if (lrs.server.listening) await close(lrs.server);
  await outbox.db.delete();
});

describe('LRS delivery', () => {
  it('queues while the LRS is down, delivers each statement exactly once when it is up', async () => {
    // Reserve a port, then stop the server: the LRS is offline.
    const port = await listen(lrs.server);
    await close(lrs.server);
    const target = { endpoint: new URL(`http://127.0.0.1:${port}/xapi/`), key: 'key', secret: 'sécret' };
    await outbox.enqueue(statements);
    const down = await outbox.flush(target);
    expect(down.sent).toBe(0);
    expect(down.waiting).toBe(statements.length);
    const queued = await outbox.pending();
    expect(queued).toHaveLength(statements.length);
    expect(queued[0]!.tries).toBe(1);
    expect(await outbox.nextDue()).toBe(clock + 1000);

    // Still down after the backoff: the delay doubles.
    clock += 1000;
    await outbox.flush(target);
    expect(await outbox.nextDue()).toBe(clock + 2000);

    // Back up, but the backoff has not run out: nothing is sent yet.
    await listen(lrs.server, port);
    expect((await outbox.flush(target)).sent).toBe(0);
    clock += 2000;
    const up = await outbox.flush(target);
    expect(up).toEqual({ sent: statements.length, dropped: 0, waiting: 0 });
    expect(await outbox.pending()).toEqual([]);
    expect([...lrs.stored.keys()].sort()).toEqual(statements.map((s) => s.id).sort());

    // Queuing the same run again (e.g. a second finish) resends, and the LRS keeps one copy each.
    await outbox.enqueue(statements);
    expect((await outbox.flush(target)).sent).toBe(statements.length);
    expect(lrs.stored.size).toBe(statements.length);
    expect(lrs.requests.filter((r) => r.status !== 204)).toEqual([]);
  });

  it('drops a conflicting statement (409), keeps statements on 401, and reads error bodies size-limited', async () => {
    const port = await listen(lrs.server);
    const target = { endpoint: new URL(`http://127.0.0.1:${port}/xapi/`), key: 'key', secret: 'sécret' };
    await outbox.enqueue(statements.slice(0, 1));
    await outbox.flush(target);
    await outbox.enqueue([{ ...statements[0]!, timestamp: '2030-01-01T00:00:00.000Z' }]);
    expect(await outbox.flush(target)).toEqual({ sent: 0, dropped: 1, waiting: 0 });
    expect(lrs.requests.at(-1)!.status).toBe(409);

    await outbox.enqueue(statements.slice(1, 2));
    expect((await outbox.flush({ ...target, secret: 'wrong' })).waiting).toBe(1);
    expect((await outbox.pending())[0]!.lastError).toMatch(/HTTP 401/);

    lrs.setBigError(true);
    clock += 10_000;
    await outbox.flush(target);
    const err = (await outbox.pending())[0]!.lastError!;
    expect(err.length).toBeLessThanOrEqual(MAX_RESPONSE_CHARS);
    expect(err).toMatch(/^HTTP 500/);
    lrs.setBigError(false);
    clock += 60_000;
    expect((await outbox.flush(target)).sent).toBe(1);
  });
});
