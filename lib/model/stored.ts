import { z } from 'zod';
import { BOUNDS } from './bounds';
import { ContentItem } from './content';
import { isoDateTime } from './dates';
import { Origin } from './origin';
import { Relationship } from './relationship';
import { TeamRecordMeta } from './team-local';

export { Origin, isPackOrigin, originName, sameOrigin, type OriginKind } from './origin';

/** Bookkeeping kept beside each pack record; never exported in a pack. */
export const RecordMeta = z.object({
  origin: Origin,
  /** Set when the user edits a record that came from a pack: a later pack version is a conflict, and a refresh never removes it. */
  locallyEditedAt: isoDateTime.optional(),
  /** With origin `team`: the server's version, and whose flag it is or whose library holds it. */
  team: TeamRecordMeta.optional(),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

export type StoredContent = ContentItem & { meta: RecordMeta };

/**
 * The keys a person or company is looked up by (lib/identity/keys.ts derives them): stored with
 * each relationship, on write, so matching a profile is a few indexed reads.
 */
export type LookupKeys = {
  personSlug?: string;
  personNameKey?: string;
  companyKey?: string;
  companySlug?: string;
};
export type StoredRelationship = Relationship & { meta: RecordMeta; keys: LookupKeys };

export const Subscription = z.object({
  url: z.url({ protocol: /^https$/ }).max(BOUNDS.url),
  managed: z.boolean().default(false),
  refreshMinutes: z.number().int().min(15).default(360),
  etag: z.string().max(BOUNDS.url).optional(),
  lastModified: z.string().max(BOUNDS.label).optional(),
  lastAttemptAt: isoDateTime.optional(),
  lastSuccessAt: isoDateTime.optional(),
  lastError: z.string().max(BOUNDS.message).optional(),
  packName: z.string().max(BOUNDS.name).optional(),
});
export type Subscription = z.infer<typeof Subscription>;

export { ContentItem, Relationship };
