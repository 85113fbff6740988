/** /v1/admin/*: people, teams, invites and the audit log, for admins only. */
import { Hono } from 'hono';
import { z } from 'zod';
import { InviteRequest, Role } from '../../../lib/model/index.ts';
import { readAudit } from '../../admin/audit.ts';
import { changeUser, listTeams, listUsers, removeUser, revokeUser } from '../../admin/users.ts';
import { createInvite } from '../../auth/invites.ts';
import type { Db } from '../../db/types.ts';
import { asCaller } from '../../store.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { requireCaller, requireRole } from '../middleware/auth.ts';
import { jsonBody, limit, queryOf, SMALL_BODY } from '../middleware/body.ts';

const UserChange = z
  .object({ role: Role.optional(), teams: z.array(z.uuid()).min(1).max(100).optional() })
  .refine((change) => change.role !== undefined || change.teams !== undefined, { message: 'send role, teams or both' });
const RemoveUser = z.object({ sharedFlags: z.enum(['delete', 'transfer']), transferTo: z.uuid().optional() });
const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});
const UserId = z.uuid();

export function adminRoutes(db: Db) {
  const app = new Hono<AppEnv>();
  app.use('/v1/admin/*', requireCaller(db), requireRole('admin'), limit(SMALL_BODY));
  app.use('/v1/admin/users/:id/*', async (c, next) =>
    UserId.safeParse(c.req.param('id')).success ? next() : fail(c, 404, 'not-found', 'No such user.'),
  );
  app.use('/v1/admin/users/:id', async (c, next) =>
    UserId.safeParse(c.req.param('id')).success ? next() : fail(c, 404, 'not-found', 'No such user.'),
  );
  const admin = (c: { get(key: 'caller'): AppEnv['Variables']['caller'] }) => c.get('caller');

  return app
    .get('/v1/admin/users', async (c) => c.json({ users: await asCaller(db, admin(c), listUsers) }))
    .get('/v1/admin/teams', async (c) => c.json({ teams: await asCaller(db, admin(c), listTeams) }))
    .post('/v1/admin/invites', jsonBody(InviteRequest), async (c) => {
      const request = c.req.valid('json');
      const code = await asCaller(db, admin(c), ({ tx, caller }) => createInvite(tx, { id: caller.userId, name: caller.name }, request));
      return c.json(code, 201);
    })
    .patch('/v1/admin/users/:id', jsonBody(UserChange), async (c) => {
      const id = c.req.param('id');
      const user = await asCaller(db, admin(c), (work) => changeUser(work, id, c.req.valid('json')), { managedUser: id });
      return c.json({ user: { id: user.id, name: user.name, role: user.role, teams: user.teams } });
    })
    .post('/v1/admin/users/:id/revoke', async (c) => {
      const id = c.req.param('id');
      const revoked = await asCaller(db, admin(c), (work) => revokeUser(work, id), { managedUser: id });
      return c.json({ revoked });
    })
    .post('/v1/admin/users/:id/remove', jsonBody(RemoveUser), async (c) => {
      const id = c.req.param('id');
      if (id === admin(c).userId) return fail(c, 409, 'refused', 'You cannot remove yourself.');
      const outcome = await asCaller(db, admin(c), (work) => removeUser(work, id, c.req.valid('json')), { managedUser: id });
      return c.json(outcome);
    })
    .get('/v1/admin/audit', queryOf(AuditQuery), async (c) => {
      const query = c.req.valid('query');
      return c.json({ entries: await asCaller(db, admin(c), ({ tx }) => readAudit(tx, query)) });
    });
}
