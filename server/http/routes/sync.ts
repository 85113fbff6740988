/** POST /v1/pull and POST /v1/push (docs/TEAM-API.md). */
import { Hono } from 'hono';
import { PullRequest, PushRequest } from '../../../lib/model/index.ts';
import type { Db } from '../../db/types.ts';
import { asCaller } from '../../store.ts';
import { pull, pullBody } from '../../sync/pull.ts';
import { futureDateIssues, push, roleIssue } from '../../sync/push.ts';
import type { AppEnv } from '../env.ts';
import { badBody, fail } from '../errors.ts';
import { requireCaller } from '../middleware/auth.ts';
import { jsonBody, limit, PUSH_BODY, SMALL_BODY } from '../middleware/body.ts';

export function syncRoutes(db: Db) {
  return new Hono<AppEnv>()
    .post('/v1/pull', limit(SMALL_BODY), requireCaller(db), jsonBody(PullRequest), async (c) => {
      const request = c.req.valid('json');
      const answer = await asCaller(db, c.get('caller'), ({ tx, caller }) => pull(tx, caller, request));
      return c.body(pullBody(answer), 200, { 'Content-Type': 'application/json' });
    })
    .post('/v1/push', limit(PUSH_BODY), requireCaller(db), jsonBody(PushRequest), async (c) => {
      const { mutations } = c.req.valid('json');
      const caller = c.get('caller');
      const dates = futureDateIssues(mutations);
      if (dates.length > 0) return badBody(c, dates);
      const refused = roleIssue(caller, mutations);
      if (refused) return fail(c, 403, 'forbidden', `${refused.path}: ${refused.message}. Nothing was written.`);
      const results = await asCaller(db, caller, (work) => push(work, mutations));
      return c.json({ results });
    });
}
