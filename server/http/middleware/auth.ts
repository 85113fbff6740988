/** Bearer tokens: 401 without a valid one, 403 for a role without the right. Neither changes anything. */
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../../lib/model/index.ts';
import { callerForToken } from '../../auth/authenticate.ts';
import type { Db } from '../../db/types.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';

export function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

export function requireCaller(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    const caller = token ? await callerForToken(db, token) : null;
    if (!caller) {
      c.header('WWW-Authenticate', 'Bearer');
      const message = token ? 'This token is not valid (revoked, or the user was removed): join again.' : 'Send your token: Authorization: Bearer <token>.';
      return fail(c, 401, 'unauthorized', message);
    }
    c.set('caller', caller);
    return next();
  };
}

export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('caller').role)) {
      return fail(c, 403, 'forbidden', `This needs the role ${roles.join(' or ')}.`);
    }
    return next();
  };
}
