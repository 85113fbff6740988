/**
 * The shapes of the small records kept in the IndexedDB `meta` store (lib/db/meta.ts names the
 * key of each and reads it back through these). Settings and guardrails have their own files.
 */
import { z } from 'zod';
import { isoDateTime } from './dates';
import type { StoredContent } from './stored';

/** Content ids this rep has acknowledged as "New for you"; ids that are not strings are dropped. */
export const SellInSeen = z.array(z.unknown()).transform((ids) => ids.filter((id): id is string => typeof id === 'string'));

/** Changes with every content write, in the same transaction (lib/db/approved-cache.ts). */
export const ContentStamp = z.string();

/**
 * The approved library as one record, under the stamp it was built at. The items are checked
 * only for being records: the cache is written by the store itself from validated content, and
 * checking 5,000 items field by field would cost the panel the time the cache saves.
 */
export const ApprovedCache = z.object({
  stamp: z.string(),
  items: z.array(z.custom<StoredContent>((item) => typeof item === 'object' && item !== null && 'id' in item)),
});
export type ApprovedCache = z.infer<typeof ApprovedCache>;

/** A local edit a subscribed pack would have replaced: kept, and listed for the user. */
export const ConflictSummary = z.object({
  kind: z.enum(['content', 'relationship']),
  id: z.string(),
  label: z.string(),
  /** The pack version the local copy was edited from, and when it was edited here. */
  localUpdatedAt: z.string(),
  locallyEditedAt: isoDateTime.optional(),
  /** The pack's newer version, not applied. */
  incomingUpdatedAt: z.string(),
});
export type ConflictSummary = z.infer<typeof ConflictSummary>;

/** What the copy held from one subscription contains, counted when it was refreshed. */
export const SubscriptionHeld = z.object({
  content: z.number().int().min(0),
  relationships: z.number().int().min(0),
  conflicts: z.array(ConflictSummary),
});
export type SubscriptionHeld = z.infer<typeof SubscriptionHeld>;
