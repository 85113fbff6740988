/**
 * The answers of the team server's admin, device and health endpoints (docs/TEAM-API.md), as the
 * extension checks them. Requests are the server's to check; these keep what comes back honest.
 */
import { z } from 'zod';
import { BOUNDS } from './bounds';
import { isoDateTime } from './dates';
import { Role } from './team';

const uuid = z.uuid();
const name = z.string().max(BOUNDS.name);
const many = <T extends z.ZodType>(entry: T) => z.array(entry).max(100_000);

export const Health = z.object({ ok: z.literal(true), engine: z.enum(['pglite', 'postgres']) });
export type Health = z.infer<typeof Health>;

export const TokenList = z.object({
  tokens: many(
    z.object({ id: uuid, device: z.string().max(100).nullable(), createdAt: isoDateTime, lastUsedAt: isoDateTime, current: z.boolean() }),
  ),
});
export type TokenList = z.infer<typeof TokenList>;

export const AdminUser = z.object({
  id: uuid,
  name,
  email: z.string().max(BOUNDS.email).nullable(),
  role: Role,
  teams: z.array(uuid).max(1000),
  removed: z.boolean(),
  lastSeenAt: isoDateTime.nullable(),
});
export type AdminUser = z.infer<typeof AdminUser>;
export const AdminUsers = z.object({ users: many(AdminUser) });

export const AdminTeam = z.object({ id: uuid, name, members: z.number().int().min(0) });
export type AdminTeam = z.infer<typeof AdminTeam>;
export const AdminTeams = z.object({ teams: many(AdminTeam) });

export const ChangedUser = z.object({ user: z.object({ id: uuid, name, role: Role, teams: z.array(uuid).max(1000) }) });
export const Revoked = z.object({ revoked: z.number().int().min(0) });
export const Removed = z.object({ deleted: z.number().int().min(0), transferred: z.number().int().min(0) });

export const AuditEntry = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actor: z.object({ id: uuid.nullable(), name }),
  action: z.string().max(BOUNDS.label),
  kind: z.string().max(BOUNDS.label),
  recordId: z.string().max(BOUNDS.id),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = z.object({ entries: z.array(AuditEntry).max(500) });

/** What an admin changes about a person: their role, their teams, or both. */
export type UserChange = { role?: Role; teams?: string[] };
/** Removing a person: their shared flags are deleted, or given to someone else. */
export type RemoveUser = { sharedFlags: 'delete' | 'transfer'; transferTo?: string };
