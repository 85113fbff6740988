/**
 * The sockets of this instance and the spaces each listens to. Every instance LISTENs on the
 * poke channel, so a write through any instance pokes the right clients on all of them:
 *   "<space>,<space>,…"  those spaces moved
 *   "a:<user>"           the user's access changed (role, teams, revoked, removed)
 *   "*"                  anything may have moved (the listener reconnected, or a huge write)
 * Pokes are coalesced per tick: one message however many spaces moved.
 */
import type { PokeServerMessage } from '../../lib/model/index.ts';
import type { Caller } from '../auth/caller.ts';
import { readableSpaces } from '../sync/spaces.ts';

export type PokeSocket = {
  send(message: PokeServerMessage): void;
  close(code: number, reason: string): void;
};

type Member = { socket: PokeSocket; token: string; userId: string; spaces: Set<string> };

export const CLOSE_SIGNED_OUT = 4401;
export const CLOSE_GOING_AWAY = 1001;

export class PokeHub {
  private readonly members = new Map<PokeSocket, Member>();
  private readonly due = new Set<PokeSocket>();
  private flushing = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly resolve: (token: string) => Promise<Caller | null>;

  constructor(resolve: (token: string) => Promise<Caller | null>, heartbeatMs: number) {
    this.resolve = resolve;
    this.heartbeat = setInterval(() => this.broadcast({ type: 'heartbeat' }), heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.members.size;
  }

  add(socket: PokeSocket, token: string, caller: Caller): void {
    this.members.set(socket, { socket, token, userId: caller.userId, spaces: spacesOf(caller) });
  }

  remove(socket: PokeSocket): void {
    this.members.delete(socket);
    this.due.delete(socket);
  }

  /** A NOTIFY payload from any instance. */
  notify(payload: string): void {
    for (const key of payload.split(',')) {
      if (key === '*') {
        for (const socket of this.members.keys()) this.due.add(socket);
      } else if (key.startsWith('a:')) {
        void this.recheck(key.slice(2));
      } else {
        for (const member of this.members.values()) if (member.spaces.has(key)) this.due.add(member.socket);
      }
    }
    this.schedule();
  }

  /** Access changed: signed-out sockets close; the others listen to their new spaces and pull. */
  private async recheck(userId: string): Promise<void> {
    for (const member of [...this.members.values()].filter((m) => m.userId === userId)) {
      const caller = await this.resolve(member.token).catch(() => null);
      if (!this.members.has(member.socket)) continue;
      if (!caller) {
        this.remove(member.socket);
        member.socket.close(CLOSE_SIGNED_OUT, 'signed out');
        continue;
      }
      member.spaces = spacesOf(caller);
      this.due.add(member.socket);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.flushing || this.due.size === 0) return;
    this.flushing = true;
    setImmediate(() => {
      this.flushing = false;
      for (const socket of this.due) socket.send({ type: 'poke' });
      this.due.clear();
    });
  }

  private broadcast(message: PokeServerMessage): void {
    for (const socket of this.members.keys()) socket.send(message);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const socket of this.members.keys()) socket.close(CLOSE_GOING_AWAY, 'server stopping');
    this.members.clear();
    this.due.clear();
  }
}

function spacesOf(caller: Caller): Set<string> {
  return new Set(readableSpaces({ id: caller.userId, role: caller.role, teamIds: caller.teamIds }));
}
