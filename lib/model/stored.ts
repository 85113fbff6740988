import { z } from 'zod';
import { ContentItem } from './content';
import { isoDateTime } from './dates';
import { Relationship } from './relationship';

/** Where a stored record came from: typed in here, or a pack (by file or by subscription). */
export const Origin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('pack'), packName: z.string(), subscriptionUrl: z.string().optional() }),
]);
export type Origin = z.infer<typeof Origin>;

/** Bookkeeping kept beside each pack record; never exported in a pack. */
export const RecordMeta = z.object({
  origin: Origin,
  /** Set when the user edits a record that came from a pack: a later pack version is a conflict. */
  locallyEditedAt: isoDateTime.optional(),
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
  url: z.url({ protocol: /^https$/ }),
  managed: z.boolean().default(false),
  refreshMinutes: z.number().int().min(15).default(360),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastAttemptAt: isoDateTime.optional(),
  lastSuccessAt: isoDateTime.optional(),
  lastError: z.string().optional(),
  packName: z.string().optional(),
});
export type Subscription = z.infer<typeof Subscription>;

export { ContentItem, Relationship };
