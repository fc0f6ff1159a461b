/**
 * npm run bench:relay: the group link's relay (server/relay.ts) under a full room: 60 phones on real
 * sockets vote through ROUNDS (50) votes. Prints the time from opening a vote to the host's tally
 * with all 60 counted, against the floor of the same messages sent over the same sockets with no
 * relay logic (an echo server), as a ratio in one run, and the heap before and after the rounds
 * (after a GC when node runs with --expose-gc) to show it stays flat.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { HostLink, PhoneLink } from '../src/live';
import { Relay } from '../server/relay';

const ROUNDS = Number(process.env.ROUNDS ?? 50);
const PHONES = 60;
const WS = WebSocket as unknown as typeof globalThis.WebSocket;
const OPTIONS = ['a', 'b', 'c'].map((id) => ({ id, text: `Replikk ${id}` }));
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const until = async (pred: () => boolean) => {
  while (!pred()) await new Promise((r) => setImmediate(r));
};

async function relayRounds(): Promise<{ msPerRound: number; heap: [number, number] }> {
  const server = createServer();
  const relay = new Relay({ refused: () => {} });
  relay.attach(server);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/live`;
  const host = new HostLink({ url, WebSocketImpl: WS });
  await until(() => host.code !== null);
  const phones = Array.from(
    { length: PHONES },
    (_, i) => new PhoneLink(host.code!, `P${i}`, { url, WebSocketImpl: WS }),
  );
  await until(() => phones.every((p) => p.joined));
  const round = async (r: number) => {
    host.openVote(OPTIONS);
    const id = host.open!.ballot;
    await until(() => phones.every((p) => p.ballot?.id === id));
    phones.forEach((p, i) => p.vote(OPTIONS[(i + r) % 3]!.id));
    await until(() => host.count?.votes === PHONES);
    host.closeVote();
    await until(() => host.lastTally?.ballot === id);
  };
  for (let r = 0; r < 5; r++) await round(r); // warm-up
  const before = heapMb();
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) await round(r);
  const ms = (performance.now() - t0) / ROUNDS;
  const after = heapMb();
  for (const l of [host, ...phones]) l.close();
  relay.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  return { msPerRound: ms, heap: [before, after] };
}

/** The floor: the same message pattern (open to 60, 60 votes in, a tally out) through an echo hub. */
async function floorRounds(): Promise<number> {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  const clients: WebSocket[] = [];
  let host: WebSocket | null = null;
  wss.on('connection', (ws) => {
    if (!host) host = ws;
    else clients.push(ws);
    ws.on('message', (d: Buffer) => {
      const m = JSON.parse(d.toString('utf8')) as { type: string };
      if (ws === host) for (const c of clients) c.send(d.toString('utf8'));
      else if (m.type === 'vote') host?.send(d.toString('utf8'));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const h = new WebSocket(url);
  await new Promise((ok) => h.on('open', ok));
  let votes = 0;
  h.on('message', () => votes++);
  const phones = await Promise.all(
    Array.from({ length: PHONES }, async () => {
      const p = new WebSocket(url);
      await new Promise((ok) => p.on('open', ok));
      p.on('message', () => p.send(JSON.stringify({ type: 'vote', ballot: 1, option: 'a' })));
      return p;
    }),
  );
  await until(() => clients.length === PHONES);
  const round = async () => {
    votes = 0;
    h.send(JSON.stringify({ type: 'open', ballot: 1, options: OPTIONS }));
    await until(() => votes === PHONES);
  };
  for (let r = 0; r < 5; r++) await round();
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) await round();
  const ms = (performance.now() - t0) / ROUNDS;
  for (const p of [h, ...phones]) p.close();
  wss.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  return ms;
}

const relay = await relayRounds();
const floor = await floorRounds();
console.log(`relay: ${PHONES} phones, ${ROUNDS} votes`);
console.log(
  `  open → all counted → tally: ${relay.msPerRound.toFixed(2)} ms a vote (floor, an echo hub: ${floor.toFixed(2)} ms; ratio ${(relay.msPerRound / floor).toFixed(2)})`,
);
console.log(
  `  heap ${relay.heap[0].toFixed(1)} MB before the votes, ${relay.heap[1].toFixed(1)} MB after${gc ? ' (after GC)' : ' (run with node --expose-gc for GC-settled figures)'}`,
);
process.exit(0);
