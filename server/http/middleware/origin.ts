/**
 * Browsers may call the API only from the extension: chrome-extension:// and moz-extension://
 * origins (optionally only the listed ids). A request from any other origin is refused outright;
 * one with no Origin (the CLI, curl, a server) is not a browser's and goes on to authentication.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';

const CHROME = /^chrome-extension:\/\/([a-p]{32})$/;
const FIREFOX = /^moz-extension:\/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function isExtensionOrigin(origin: string, allowedIds: ReadonlySet<string> | null): boolean {
  const id = CHROME.exec(origin)?.[1] ?? FIREFOX.exec(origin)?.[1]?.toLowerCase();
  return id !== undefined && (allowedIds === null || allowedIds.has(id));
}

export function extensionOrigins(allowedIds: ReadonlySet<string> | null): MiddlewareHandler<AppEnv>[] {
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin !== undefined && !isExtensionOrigin(origin, allowedIds)) {
      return fail(c, 403, 'origin-not-allowed', `Requests from ${origin} are not accepted: only the Warmline extension may call this server.`);
    }
    return next();
  };
  return [
    guard,
    cors({
      origin: (origin) => (isExtensionOrigin(origin, allowedIds) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    }),
  ];
}
