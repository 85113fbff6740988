import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** The caller's address: the socket's, or behind a trusted proxy the last X-Forwarded-For hop. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim() : undefined;
  return forwarded || c.env?.incoming?.socket?.remoteAddress || 'unknown';
}

/** Straight from this machine: a loopback socket, and no proxy in between. */
export function isDirectLoopback(c: Context<AppEnv>): boolean {
  if (c.req.header('X-Forwarded-For') !== undefined || c.req.header('Forwarded') !== undefined) return false;
  const address = c.env?.incoming?.socket?.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
