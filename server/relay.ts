/**
 * The group link's relay (issue 19): a plain WebSocket relay on the `ws` engine, attached to the
 * server that serves the app (vite preview or dev: server/vitePlugin.ts), so `npm start` is one
 * command and nothing else needs installing. It holds each session's open vote in memory; a host or
 * phone that reconnects (after a drop or a relay restart) says again what it had, so nothing is
 * lost. Every message is validated (src/live/messages.ts); a refused one changes nothing and is
 * logged. No accounts, nothing stored.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  ClientMessage,
  CODE_ALPHABET,
  MAX_MESSAGE_BYTES,
  MAX_PHONES,
  parseMessage,
  type Refusal,
  type RelayMessage,
  type Tally,
  type VoteOption,
} from '../src/live/messages';

export const LIVE_PATH = '/live';

interface Session {
  code: string;
  host: WebSocket | null;
  ballot: { id: number; options: VoteOption[]; votes: Map<string, string> } | null;
  /** Voters by nickname (lower case): a phone that comes back under its name is the same voter. */
  phones: Map<string, WebSocket>;
}

interface Peer {
  role: 'host' | 'phone' | null;
  code: string | null;
  voter: string | null;
}

export interface RelayLog {
  refused: (reason: Refusal, detail: string) => void;
}

export class Relay {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES * 2 });
  private readonly sessions = new Map<string, Session>();
  private readonly peers = new Map<WebSocket, Peer>();
  /** Refusals so far, by reason (the load and fault tests read them). */
  readonly refusals = new Map<Refusal, number>();

  constructor(
    private readonly log: RelayLog = { refused: (r, d) => console.warn(`relay: refused (${r}) ${d}`) },
    private readonly random: () => number = Math.random,
  ) {
    this.wss.on('connection', (ws) => this.connect(ws));
  }

  private server: Server | null = null;

  /** Takes the upgrade requests for LIVE_PATH on `server`. */
  attach(server: Server): void {
    this.server = server;
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== LIVE_PATH) return;
      this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
    });
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  close(): void {
    for (const ws of this.peers.keys()) ws.terminate();
    this.wss.close();
  }

  private connect(ws: WebSocket): void {
    this.peers.set(ws, { role: null, code: null, voter: null });
    ws.on('message', (data: RawData, binary: boolean) => this.receive(ws, data, binary));
    ws.on('close', () => this.leave(ws));
    ws.on('error', () => this.leave(ws));
  }

  private refuse(ws: WebSocket, reason: Refusal, detail: string): void {
    this.refusals.set(reason, (this.refusals.get(reason) ?? 0) + 1);
    this.log.refused(reason, detail);
    this.send(ws, { type: 'refused', reason });
  }

  private send(ws: WebSocket | null | undefined, m: RelayMessage): void {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m));
  }

  private receive(ws: WebSocket, data: RawData, binary: boolean): void {
    const peer = this.peers.get(ws);
    if (!peer) return;
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    const text = binary ? '' : bytes.toString('utf8');
    const parsed = parseMessage(ClientMessage, text);
    if (!parsed.ok) return this.refuse(ws, parsed.reason, `${text.length} chars`);
    const m = parsed.message;
    switch (m.type) {
      case 'host':
        return this.host(ws, peer, m.code);
      case 'join':
        return this.join(ws, peer, m.code, m.nick);
      case 'open':
      case 'close': {
        const s = peer.role === 'host' && peer.code ? this.sessions.get(peer.code) : undefined;
        if (!s || s.host !== ws) return this.refuse(ws, 'notHost', m.type);
        return m.type === 'open' ? this.open(s, m.ballot, m.options) : this.closeBallot(s, m.ballot);
      }
      case 'vote':
        return this.vote(ws, peer, m.ballot, m.option);
    }
  }

  private host(ws: WebSocket, peer: Peer, code: string | undefined): void {
    let s = code ? this.sessions.get(code) : undefined;
    if (code && s && s.host && s.host !== ws && s.host.readyState === WebSocket.OPEN)
      return this.refuse(ws, 'notHost', `code ${code} has its host`);
    if (!s) {
      // Its own code again (after a relay restart), or a fresh one.
      const c = code ?? this.newCode();
      s = { code: c, host: null, ballot: null, phones: new Map() };
      this.sessions.set(c, s);
    }
    s.host = ws;
    Object.assign(peer, { role: 'host', code: s.code, voter: null });
    this.send(ws, { type: 'hosting', code: s.code, lan: this.lanOrigins() });
    if (s.ballot) this.count(s);
  }

  private join(ws: WebSocket, peer: Peer, code: string, nick: string): void {
    const s = this.sessions.get(code);
    if (!s) return this.refuse(ws, 'noSession', code);
    const voter = nick.toLocaleLowerCase('nb');
    if (!s.phones.has(voter) && s.phones.size >= MAX_PHONES) return this.refuse(ws, 'full', code);
    const before = s.phones.get(voter);
    if (before && before !== ws) this.peers.set(before, { role: null, code: null, voter: null });
    s.phones.set(voter, ws);
    Object.assign(peer, { role: 'phone', code, voter });
    this.send(ws, { type: 'joined', code, nick });
    this.send(ws, { type: 'ballot', ballot: s.ballot?.id ?? null, options: s.ballot?.options ?? [] });
    const mine = s.ballot?.votes.get(voter);
    if (s.ballot && mine) this.send(ws, { type: 'voted', ballot: s.ballot.id, option: mine });
    if (s.ballot) this.count(s);
  }

  private open(s: Session, ballot: number, options: VoteOption[]): void {
    // The same ballot again (the host reconnected) keeps its votes.
    if (s.ballot?.id !== ballot) s.ballot = { id: ballot, options, votes: new Map() };
    for (const ws of s.phones.values()) this.send(ws, { type: 'ballot', ballot, options });
    this.count(s);
  }

  private closeBallot(s: Session, ballot: number): void {
    if (!s.ballot || s.ballot.id !== ballot) return this.refuse(s.host!, 'noBallot', String(ballot));
    const tally: Tally = Object.fromEntries(s.ballot.options.map((o) => [o.id, 0]));
    for (const option of s.ballot.votes.values()) tally[option] = (tally[option] ?? 0) + 1;
    const m: RelayMessage = { type: 'tally', ballot, tally, votes: s.ballot.votes.size };
    s.ballot = null;
    this.send(s.host, m);
    for (const ws of s.phones.values()) {
      this.send(ws, m);
      this.send(ws, { type: 'ballot', ballot: null, options: [] });
    }
  }

  private vote(ws: WebSocket, peer: Peer, ballot: number, option: string): void {
    const s = peer.role === 'phone' && peer.code ? this.sessions.get(peer.code) : undefined;
    if (!s || !peer.voter || s.phones.get(peer.voter) !== ws) return this.refuse(ws, 'notJoined', option);
    if (!s.ballot || s.ballot.id !== ballot) return this.refuse(ws, 'noBallot', String(ballot));
    if (!s.ballot.options.some((o) => o.id === option)) return this.refuse(ws, 'unknownOption', option);
    s.ballot.votes.set(peer.voter, option);
    this.send(ws, { type: 'voted', ballot, option });
    this.count(s);
  }

  private count(s: Session): void {
    if (s.ballot)
      this.send(s.host, {
        type: 'count',
        ballot: s.ballot.id,
        votes: s.ballot.votes.size,
        phones: s.phones.size,
      });
  }

  private leave(ws: WebSocket): void {
    const peer = this.peers.get(ws);
    this.peers.delete(ws);
    if (!peer?.code) return;
    const s = this.sessions.get(peer.code);
    if (!s) return;
    if (peer.role === 'host' && s.host === ws) s.host = null;
    // A phone that drops keeps its vote and its place; it is the same voter when it comes back.
    // A session with nobody left in it is forgotten.
    const anyone = s.host !== null || [...s.phones.values()].some((p) => this.peers.has(p));
    if (!anyone) this.sessions.delete(s.code);
  }

  /** The origins phones on the local network reach this server at (none if it listens on loopback only). */
  private lanOrigins(): string[] {
    const a = this.server?.address() as AddressInfo | null | undefined;
    if (!a || !['0.0.0.0', '::'].includes(a.address)) return [];
    const tls = 'cert' in (this.server as object);
    return Object.values(networkInterfaces())
      .flat()
      .filter((n): n is NonNullable<typeof n> => !!n && n.family === 'IPv4' && !n.internal)
      .slice(0, 8)
      .map((n) => `${tls ? 'https' : 'http'}://${n.address}:${a.port}/`);
  }

  private newCode(): string {
    for (;;) {
      let c = '';
      for (let i = 0; i < 4; i++) c += CODE_ALPHABET[Math.floor(this.random() * CODE_ALPHABET.length)];
      if (!this.sessions.has(c)) return c;
    }
  }
}
