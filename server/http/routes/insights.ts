/** GET /v1/insights?team=<id>&weeks=<n>: the caller's teams' figures (marketers and admins). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/types.ts';
import { teamInsights } from '../../insights/insights.ts';
import { asCaller } from '../../store.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { requireCaller, requireRole } from '../middleware/auth.ts';
import { queryOf } from '../middleware/body.ts';

const InsightsQuery = z.object({
  team: z.uuid().optional(),
  weeks: z.coerce.number().int().min(1).max(104).default(12),
});

export function insightsRoutes(db: Db) {
  return new Hono<AppEnv>().get('/v1/insights', requireCaller(db), requireRole('marketer', 'admin'), queryOf(InsightsQuery), async (c) => {
    const { team, weeks } = c.req.valid('query');
    const caller = c.get('caller');
    if (team && !caller.teamIds.includes(team)) return fail(c, 403, 'forbidden', 'team: not one of your teams.');
    const teams = team ? [team] : caller.teamIds;
    return c.json(await asCaller(db, caller, (work) => teamInsights(work, teams, weeks)));
  });
}
