/**
 * The browser's end of the group link: a WebSocket to the relay on the page's own server (/live)
 * that reconnects by itself (after a drop or a relay restart) and then says again what it had: the
 * host its code and open vote, a phone its nickname and its vote. Messages in are validated.
 */
import { parseMessage, RelayMessage, type ClientMessage } from './messages';

export type LinkState = 'connecting' | 'open' | 'closed';

export interface LiveClientOptions {
  url?: string;
  /** Called on every (re)connect before anything else is sent: what this client must say again. */
  hello: () => ClientMessage[];
  onMessage: (m: RelayMessage) => void;
  onState?: (s: LinkState) => void;
  /** A WebSocket class (the browser's; a test's). */
  WebSocketImpl?: typeof WebSocket;
}

/** The relay's address on the page's own server. */
export function liveUrl(loc: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/live`;
}

export class LiveClient {
  private ws: WebSocket | null = null;
  private stopped = false;
  private retryMs = 250;
  private timer: ReturnType<typeof setTimeout> | null = null;
  state: LinkState = 'connecting';

  constructor(private readonly opts: LiveClientOptions) {
    this.connect();
  }

  send(m: ClientMessage): void {
    if (this.ws?.readyState === 1) this.ws.send(JSON.stringify(m));
  }

  /** Says the hello again on the open link (a phone that came back before its host did). */
  helloAgain(): void {
    for (const m of this.opts.hello()) this.send(m);
  }

  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close();
    this.setState('closed');
  }

  private setState(s: LinkState): void {
    this.state = s;
    this.opts.onState?.(s);
  }

  private connect(): void {
    if (this.stopped) return;
    const Impl = this.opts.WebSocketImpl ?? WebSocket;
    const ws = new Impl(this.opts.url ?? liveUrl());
    this.ws = ws;
    this.setState('connecting');
    ws.onopen = () => {
      this.retryMs = 250;
      this.setState('open');
      for (const m of this.opts.hello()) this.send(m);
    };
    ws.onmessage = (e: MessageEvent) => {
      if (typeof e.data !== 'string') return;
      const r = parseMessage(RelayMessage, e.data);
      if (r.ok) this.opts.onMessage(r.message);
    };
    ws.onclose = () => {
      if (this.ws !== ws || this.stopped) return;
      this.setState('connecting');
      this.timer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(2000, this.retryMs * 2);
    };
  }
}

/** What both ends of a session have: the link, its state, and listeners told of every change. */
abstract class LinkEnd {
  protected abstract readonly client: LiveClient;
  private readonly listeners = new Set<() => void>();

  get state(): LinkState {
    return this.client.state;
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  close(): void {
    this.client.close();
  }

  protected emit(): void {
    for (const fn of this.listeners) fn();
  }
}

/**
 * A phone's side of a session: joins under its nickname, keeps the open ballot and its own vote in
 * memory (nothing on the phone is stored), and on reconnect joins again and repeats its vote.
 */
export class PhoneLink extends LinkEnd {
  ballot: { id: number; options: { id: string; text: string }[] } | null = null;
  mine: { ballot: number; option: string } | null = null;
  joined = false;
  refused: string | null = null;
  lastTally: { ballot: number; tally: Record<string, number>; votes: number } | null = null;
  protected readonly client: LiveClient;

  constructor(
    readonly code: string,
    readonly nick: string,
    opts: Pick<LiveClientOptions, 'url' | 'WebSocketImpl'> = {},
  ) {
    super();
    this.client = new LiveClient({
      ...opts,
      hello: () => [{ type: 'join', code, nick }],
      onMessage: (m) => this.receive(m),
      onState: () => this.emit(),
    });
  }

  vote(option: string): void {
    if (!this.ballot) return;
    this.mine = { ballot: this.ballot.id, option };
    this.client.send({ type: 'vote', ballot: this.ballot.id, option });
    this.emit();
  }

  private receive(m: RelayMessage): void {
    if (m.type === 'joined') {
      this.joined = true;
      this.refused = null;
      this.retries = 0;
    } else if (m.type === 'ballot') {
      this.ballot = m.ballot === null ? null : { id: m.ballot, options: m.options };
      // Back after a drop or a relay restart: the vote this phone gave is given again.
      if (this.ballot && this.mine?.ballot === this.ballot.id)
        this.client.send({ type: 'vote', ballot: this.mine.ballot, option: this.mine.option });
    } else if (m.type === 'tally') this.lastTally = m;
    else if (m.type === 'refused') {
      this.refused = m.reason;
      // Back before the projector after a relay restart: its session comes back with it.
      if (m.reason === 'noSession' && this.retries++ < 60) {
        this.joined = false;
        setTimeout(() => this.client.helloAgain(), 500);
      }
    }
    this.emit();
  }
  private retries = 0;
}

/**
 * The projector's side: hosts a session (its code kept across reconnects), opens and closes votes,
 * and hears the live count and the tally.
 */
export class HostLink extends LinkEnd {
  code: string | null = null;
  /** Where phones on the local network open the app (from the relay), if it is reachable there. */
  lan: string[] = [];
  open: { ballot: number; options: { id: string; text: string }[] } | null = null;
  count: { votes: number; phones: number } | null = null;
  lastTally: { ballot: number; tally: Record<string, number>; votes: number } | null = null;
  private nextBallot = 1;
  protected readonly client: LiveClient;

  constructor(opts: Pick<LiveClientOptions, 'url' | 'WebSocketImpl'> = {}) {
    super();
    this.client = new LiveClient({
      ...opts,
      hello: () => {
        // (Re)connected: the count comes afresh from the relay, not from before the drop.
        if (this.open) this.count = { votes: 0, phones: 0 };
        return [
          this.code ? { type: 'host', code: this.code } : { type: 'host' },
          ...(this.open ? [{ type: 'open' as const, ...this.open }] : []),
        ];
      },
      onMessage: (m) => this.receive(m),
      onState: () => this.emit(),
    });
  }

  openVote(options: { id: string; text: string }[]): void {
    this.open = { ballot: this.nextBallot++, options };
    this.count = { votes: 0, phones: this.count?.phones ?? 0 };
    this.lastTally = null;
    this.client.send({ type: 'open', ...this.open });
    this.emit();
  }

  closeVote(): void {
    if (this.open) this.client.send({ type: 'close', ballot: this.open.ballot });
  }

  private receive(m: RelayMessage): void {
    if (m.type === 'hosting') {
      this.code = m.code;
      this.lan = m.lan;
    } else if (m.type === 'count' && this.open?.ballot === m.ballot)
      this.count = { votes: m.votes, phones: m.phones };
    else if (m.type === 'tally' && this.open?.ballot === m.ballot) {
      this.lastTally = m;
      this.open = null;
    }
    this.emit();
  }
}
