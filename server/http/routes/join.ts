import { Hono } from 'hono';
import { JoinRequest } from '../../../lib/model/index.ts';
import { redeemCode } from '../../auth/invites.ts';
import { countAttempt, type Limit } from '../../auth/rate-limit.ts';
import type { Db } from '../../db/types.ts';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { jsonBody, limit, SMALL_BODY } from '../middleware/body.ts';

/** POST /v1/join: an invite or device code for a token. Attempts per address are rate-limited. */
export function joinRoutes(db: Db, options: { joinLimit: Limit; trustProxy: boolean }) {
  return new Hono<AppEnv>().post('/v1/join', limit(SMALL_BODY), jsonBody(JoinRequest), async (c) => {
    const verdict = await countAttempt(db, `join:${clientAddress(c, options.trustProxy)}`, options.joinLimit);
    if (!verdict.allowed) {
      c.header('Retry-After', String(verdict.retryAfterSeconds));
      return fail(c, 429, 'rate-limited', `Too many attempts to join from this address: try again in ${verdict.retryAfterSeconds} s.`);
    }
    const { code, device } = c.req.valid('json');
    return c.json(await redeemCode(db, code, device ?? null));
  });
}
