/**
 * The relay with real WebSockets on a real port (issue 19): a vote by three phones, sixty phones
 * through several votes with nothing lost or counted twice and flat memory, a relay restart in the
 * middle of a vote, and bad messages refused without effect.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { HostLink, PhoneLink } from '../src/live';
import { Relay } from './relay';

const WS = WebSocket as unknown as typeof globalThis.WebSocket;
let server: Server | null = null;
let relay: Relay | null = null;
const links: { close(): void }[] = [];
const refusedLog: string[] = [];

async function start(port = 0): Promise<number> {
  server = createServer();
  relay = new Relay({ refused: (r, d) => refusedLog.push(`${r}: ${d}`) });
  relay.attach(server);
  await new Promise<void>((ok) => server!.listen(port, '127.0.0.1', ok));
  return (server.address() as AddressInfo).port;
}
async function stop(): Promise<void> {
  relay?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  server = relay = null;
}
afterEach(async () => {
  refusedLog.length = 0;
  for (const l of links.splice(0)) l.close();
  await stop();
});

const until = async (what: string, pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
const OPTIONS = [
  { id: 'acknowledge', text: 'Jeg ser at du har det vondt.' },
  { id: 'ask', text: 'Hva er verst akkurat nå?' },
  { id: 'sit-down', text: 'Sett deg ned!' },
];

async function session(port: number, phones: number) {
  const url = `ws://127.0.0.1:${port}/live`;
  const host = new HostLink({ url, WebSocketImpl: WS });
  links.push(host);
  await until('a code', () => host.code !== null);
  const ps = Array.from(
    { length: phones },
    (_, i) => new PhoneLink(host.code!, `Deltaker ${i + 1}`, { url, WebSocketImpl: WS }),
  );
  links.push(...ps);
  await until('phones joined', () => ps.every((p) => p.joined));
  return { host, phones: ps, url };
}

describe('the relay', () => {
  it('runs a vote: phones see the options, vote, may change their mind, and the host gets the tally', async () => {
    const { host, phones } = await session(await start(), 3);
    host.openVote(OPTIONS);
    await until('the ballot on the phones', () => phones.every((p) => p.ballot?.options.length === 3));
    phones[0]!.vote('ask');
    phones[1]!.vote('sit-down');
    phones[1]!.vote('ask'); // changed its mind: counts once, as the last choice
    phones[2]!.vote('acknowledge');
    await until('three votes', () => host.count?.votes === 3);
    host.closeVote();
    await until('the tally', () => host.lastTally !== null);
    expect(host.lastTally).toMatchObject({ tally: { ask: 2, 'sit-down': 0, acknowledge: 1 }, votes: 3 });
    await until('the phones hear it', () =>
      phones.every((p) => p.lastTally?.votes === 3 && p.ballot === null),
    );
  });

  it('sixty phones vote through ten rounds: every vote counted once, the sixty-first refused, memory flat', async () => {
    const port = await start();
    const { host, phones, url } = await session(port, 60);
    const extra = new PhoneLink(host.code!, 'Nummer 61', { url, WebSocketImpl: WS });
    links.push(extra);
    await until('the 61st refused', () => extra.refused === 'full');
    let heapAfterFirst = 0;
    for (let round = 0; round < 10; round++) {
      host.openVote(OPTIONS);
      const id = host.open!.ballot;
      await until('the ballot', () => phones.every((p) => p.ballot?.id === id));
      phones.forEach((p, i) => p.vote(OPTIONS[(i + round) % 3]!.id));
      // A few phones press twice: still one vote each.
      phones.slice(0, 5).forEach((p, i) => p.vote(OPTIONS[(i + round) % 3]!.id));
      await until('sixty votes', () => host.count?.votes === 60);
      host.closeVote();
      await until('the tally', () => host.lastTally?.ballot === id);
      expect(Object.values(host.lastTally!.tally).reduce((a, b) => a + b, 0)).toBe(60);
      expect(host.lastTally!.tally).toEqual({ acknowledge: 20, ask: 20, 'sit-down': 20 });
      if (round === 1) heapAfterFirst = process.memoryUsage().heapUsed;
    }
    expect(relay!.sessionCount).toBe(1);
    // Ten rounds of sixty votes leave no growth beyond noise (a ballot's votes go with it).
    expect(process.memoryUsage().heapUsed - heapAfterFirst).toBeLessThan(32 * 1024 * 1024);
  }, 60_000);

  it('restarts mid-vote: everyone reconnects, the host keeps its code, no vote is lost', async () => {
    const port = await start();
    const { host, phones } = await session(port, 5);
    const code = host.code;
    host.openVote(OPTIONS);
    await until('the ballot', () => phones.every((p) => p.ballot !== null));
    phones.forEach((p, i) => p.vote(OPTIONS[i % 3]!.id));
    await until('five votes', () => host.count?.votes === 5);
    await stop();
    await until('everyone sees the drop', () => [host, ...phones].every((l) => l.state !== 'open'));
    await start(port);
    await until('everyone back', () => [host, ...phones].every((l) => l.state === 'open'), 10_000);
    expect(host.code).toBe(code);
    await until('the votes again', () => host.count?.votes === 5, 10_000);
    host.closeVote();
    await until('the tally', () => host.lastTally !== null);
    expect(host.lastTally).toMatchObject({ tally: { acknowledge: 2, ask: 2, 'sit-down': 1 }, votes: 5 });
  }, 30_000);

  it('refuses malformed, oversized and foreign messages, logs them, and counts nothing from them', async () => {
    const port = await start();
    const { host, phones } = await session(port, 1);
    host.openVote(OPTIONS);
    await until('the ballot', () => phones[0]!.ballot !== null);
    const raw = new WebSocket(`ws://127.0.0.1:${port}/live`);
    const replies: string[] = [];
    raw.on('message', (d: Buffer) => replies.push(d.toString('utf8')));
    await new Promise((ok) => raw.on('open', ok));
    const ballot = host.open!.ballot;
    raw.send('not json');
    raw.send(JSON.stringify({ type: 'vote', ballot, option: 'x'.repeat(5000) }));
    raw.send(JSON.stringify({ type: 'vote', ballot, option: 'ask' })); // never joined
    raw.send(JSON.stringify({ type: 'join', code: 'ZZZZ', nick: 'Ola' })); // another session's code
    raw.send(JSON.stringify({ type: 'open', ballot: 9, options: OPTIONS })); // not the host
    raw.send(JSON.stringify({ type: 'join', code: host.code, nick: '<script>' }));
    await until('six refusals', () => replies.length === 6);
    expect(replies.map((r) => JSON.parse(r).reason)).toEqual([
      'malformed',
      'tooLarge',
      'notJoined',
      'noSession',
      'notHost',
      'malformed',
    ]);
    expect(refusedLog).toHaveLength(6);
    phones[0]!.vote('ask');
    await until('one vote', () => host.count?.votes === 1);
    host.closeVote();
    await until('the tally', () => host.lastTally !== null);
    expect(host.lastTally).toMatchObject({ tally: { ask: 1, acknowledge: 0, 'sit-down': 0 }, votes: 1 });
    raw.close();
  });
});
