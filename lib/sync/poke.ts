/**
 * The poke socket (docs/TEAM-API.md, "Poke channel"): the server says "pull now" within moments
 * of a teammate's write. The token goes in the first message, never in the URL. A pull follows
 * every (re)connection, since pokes sent while disconnected are lost; a dropped socket comes back
 * with backoff (1 s doubling to 60 s), and the alarm's pull is the fallback. A ping every 20 s
 * keeps an extension's service worker alive while the socket is open (Chrome 116+).
 */
import { PokeServerMessage } from '../model';

/** The part of the browser's WebSocket this uses (Node's `ws` has it too). */
export type SocketLike = {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason?: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
};
export type OpenSocket = (url: string) => SocketLike;

export const CLOSE_SIGNED_OUT = 4401;
const PING_MS = 20_000;
const BACKOFF_FIRST_MS = 1000;
const BACKOFF_MAX_MS = 60_000;

export type PokeEvents = {
  /** Connected and signed in: pull now (anything sent while away was missed). */
  onReady(): void;
  /** A teammate's write: pull now. */
  onPoke(): void;
  /** The server closed for a revoked token or a removed user. */
  onSignedOut(): void;
};

export type PokeOptions = {
  url: string;
  token: string;
  open: OpenSocket;
  events: PokeEvents;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

export class PokeConnection {
  private socket: SocketLike | null = null;
  private stopped = false;
  private backoff = BACKOFF_FIRST_MS;
  private retry: unknown = null;
  private ping: unknown = null;
  private ready = false;
  private readonly options: PokeOptions;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(options: PokeOptions) {
    this.options = options;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** Signed in and listening now. */
  get connected(): boolean {
    return this.ready;
  }

  /** For this server and token (a new token means a new connection). */
  matches(url: string, token: string): boolean {
    return this.options.url === url && this.options.token === token && !this.stopped;
  }

  start(): void {
    if (this.stopped || this.socket) return;
    let socket: SocketLike;
    try {
      socket = this.options.open(this.options.url);
    } catch {
      this.reconnectLater();
      return;
    }
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token: this.options.token }));
    socket.onmessage = (event) => this.heard(event.data);
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.ready = false;
      this.clearTimer(this.ping);
      if (this.stopped) return;
      if (event.code === CLOSE_SIGNED_OUT) {
        this.stopped = true;
        this.options.events.onSignedOut();
        return;
      }
      this.reconnectLater();
    };
  }

  private heard(data: unknown): void {
    let message: PokeServerMessage;
    try {
      const parsed = PokeServerMessage.safeParse(JSON.parse(String(data)));
      if (!parsed.success) return;
      message = parsed.data;
    } catch {
      return;
    }
    if (message.type === 'ready') {
      this.ready = true;
      this.backoff = BACKOFF_FIRST_MS;
      this.keepAlive();
      this.options.events.onReady();
    } else if (message.type === 'poke') {
      this.options.events.onPoke();
    }
  }

  private keepAlive(): void {
    this.clearTimer(this.ping);
    this.ping = this.setTimer(() => {
      if (this.socket && this.ready) this.socket.send(JSON.stringify({ type: 'ping' }));
      if (this.ready) this.keepAlive();
    }, PING_MS);
  }

  private reconnectLater(): void {
    if (this.stopped || this.retry) return;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
    this.retry = this.setTimer(() => {
      this.retry = null;
      this.start();
    }, wait);
  }

  /** Try at once (the alarm fired, the network came back), rather than wait out the backoff. */
  nudge(): void {
    if (this.stopped || this.socket) return;
    if (this.retry) this.clearTimer(this.retry);
    this.retry = null;
    this.start();
  }

  stop(): void {
    this.stopped = true;
    this.ready = false;
    if (this.retry) this.clearTimer(this.retry);
    this.clearTimer(this.ping);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'signed out here');
  }
}
