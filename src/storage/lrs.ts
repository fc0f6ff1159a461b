/**
 * Delivery of xAPI statements to an optional LRS (docs/xapi.md). Statements wait in an IndexedDB
 * outbox until the LRS answers; each is sent with PUT /statements?statementId=<id> (xAPI 1.0.3
 * §2.1.3), so a retry of a statement that did arrive is answered 204 and never duplicates it.
 * Network errors, timeouts, 401/403, 429 and 5xx keep a statement queued with exponential backoff;
 * 409 (the LRS holds different content under this id) and other 4xx drop it, since resending the
 * same statement cannot succeed. LRS responses are untrusted: at most MAX_RESPONSE_CHARS of a body
 * is read, as text, and kept only as an error string.
 */
import Dexie, { type Table } from 'dexie';
import type { Statement } from '../debrief';
import { XAPI_VERSION } from '../debrief';

export interface LrsTarget {
  /** The xAPI endpoint, ending in '/': statements go to <endpoint>statements. */
  endpoint: URL;
  key: string;
  secret: string;
}

export interface QueuedStatement {
  id: string;
  statement: Statement;
  queuedAt: number;
  tries: number;
  /** Not before this time (ms since epoch). */
  nextAt: number;
  lastError?: string;
}

export class OutboxDb extends Dexie {
  statements!: Table<QueuedStatement, string>;
  constructor(name = 'rolig-outbox') {
    super(name);
    this.version(1).stores({ statements: 'id, nextAt, queuedAt' });
  }
}

export const MAX_RESPONSE_CHARS = 2048;

export interface FlushResult {
  sent: number;
  /** Dropped: the LRS has different content under the id (409) or refused the statement (4xx). */
  dropped: number;
  /** Still queued (offline, server error, auth): retried after backoff. */
  waiting: number;
}

export interface OutboxOptions {
  fetch?: typeof fetch;
  now?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
}

/** Reads at most `max` characters of a response body as text (never parsed, never rendered). */
export async function readLimited(res: Response, max = MAX_RESPONSE_CHARS): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let out = '';
  try {
    while (out.length < max) {
      const { done, value } = await reader.read();
      if (done) break;
      out += decoder.decode(value, { stream: true });
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return out.slice(0, max);
}

/** HTTP Basic credentials, UTF-8 encoded (btoa alone fails on non-Latin-1 characters). */
export function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

export class LrsOutbox {
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly base: number;
  private readonly max: number;
  private readonly timeout: number;
  private flushing: Promise<FlushResult> | null = null;

  constructor(
    readonly db: OutboxDb = new OutboxDb(),
    opts: OutboxOptions = {},
  ) {
    this.fetch = opts.fetch ?? ((...a) => globalThis.fetch(...a));
    this.now = opts.now ?? (() => Date.now());
    this.base = opts.baseDelayMs ?? 5_000;
    this.max = opts.maxDelayMs ?? 15 * 60_000;
    this.timeout = opts.timeoutMs ?? 20_000;
  }

  /** Queues statements; one already queued under the same id keeps its place and retry state. */
  async enqueue(statements: readonly Statement[]): Promise<void> {
    const at = this.now();
    await this.db.transaction('rw', this.db.statements, async () => {
      for (const statement of statements) {
        if (await this.db.statements.get(statement.id)) continue;
        await this.db.statements.put({ id: statement.id, statement, queuedAt: at, tries: 0, nextAt: at });
      }
    });
  }

  pending(): Promise<QueuedStatement[]> {
    return this.db.statements.orderBy('queuedAt').toArray();
  }

  /** The earliest time a queued statement may be retried, or null when the outbox is empty. */
  async nextDue(): Promise<number | null> {
    return (await this.db.statements.orderBy('nextAt').first())?.nextAt ?? null;
  }

  /** Sends every due statement, oldest first. Flushes never overlap. */
  flush(target: LrsTarget): Promise<FlushResult> {
    this.flushing ??= this.flushOnce(target).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async flushOnce(target: LrsTarget): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, dropped: 0, waiting: 0 };
    const queue = await this.pending();
    let offline: number | null = null;
    for (const q of queue) {
      if (offline !== null || q.nextAt > this.now()) {
        // Behind a failure, due statements wait as long as the one that failed (sent in order later).
        if (offline !== null && q.nextAt < offline)
          await this.db.statements.update(q.id, { nextAt: offline });
        result.waiting++;
        continue;
      }
      const outcome = await this.send(target, q.statement);
      if (outcome.kind === 'sent' || outcome.kind === 'drop') {
        await this.db.statements.delete(q.id);
        if (outcome.kind === 'sent') result.sent++;
        else {
          result.dropped++;
          console.warn(`LRS refused statement ${q.id}: ${outcome.error}`);
        }
        continue;
      }
      const tries = q.tries + 1;
      const nextAt = this.now() + Math.min(this.max, this.base * 2 ** (tries - 1));
      await this.db.statements.update(q.id, { tries, nextAt, lastError: outcome.error });
      result.waiting++;
      // Unreachable or failing server: the rest waits for the next round instead of timing out one by one.
      offline = nextAt;
    }
    return result;
  }

  private async send(
    target: LrsTarget,
    statement: Statement,
  ): Promise<{ kind: 'sent' } | { kind: 'drop' | 'retry'; error: string }> {
    const url = new URL('statements', target.endpoint);
    url.searchParams.set('statementId', statement.id);
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.timeout);
    try {
      const res = await this.fetch(url, {
        method: 'PUT',
        headers: {
          Authorization: basicAuth(target.key, target.secret),
          'X-Experience-API-Version': XAPI_VERSION,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(statement),
        signal: ctrl.signal,
        credentials: 'omit',
        redirect: 'error',
      });
      // 204 No Content: stored, or the LRS already held this very statement (xAPI 1.0.3 §2.1.3).
      if (res.status === 204 || res.status === 200) {
        void res.body?.cancel().catch(() => undefined);
        return { kind: 'sent' };
      }
      const error = `HTTP ${res.status}: ${(await readLimited(res)).replace(/\s+/g, ' ').trim()}`.slice(
        0,
        MAX_RESPONSE_CHARS,
      );
      if (res.status === 409) return { kind: 'drop', error };
      if (res.status === 401 || res.status === 403 || res.status === 408 || res.status === 429)
        return { kind: 'retry', error };
      if (res.status >= 400 && res.status < 500) return { kind: 'drop', error };
      return { kind: 'retry', error };
    } catch (e) {
      return { kind: 'retry', error: String((e as Error)?.message ?? e).slice(0, 200) };
    } finally {
      clearTimeout(timer);
    }
  }
}
