/**
 * The shapes of the small records kept in the IndexedDB `meta` store (lib/db/meta.ts names the
 * key of each and reads it back through these). Settings and guardrails have their own files.
 */
import { z } from 'zod';
import { BOUNDS } from './bounds';
import { isoDateTime } from './dates';
import type { StoredContent } from './stored';

/** Content ids this rep has acknowledged as "New for you"; ids that are not strings are dropped. */
export const SellInSeen = z.array(z.unknown()).max(BOUNDS.storedRecords).transform((ids) => ids.filter((id): id is string => typeof id === 'string'));

/** Changes with every content write, in the same transaction (lib/db/approved-cache.ts). */
export const ContentStamp = z.string().max(BOUNDS.stamp);

/**
 * The approved library as one record, under the stamp it was built at. The items are checked
 * only for being records: the cache is written by the store itself from validated content, and
 * checking 5,000 items field by field would cost the panel the time the cache saves.
 */
export const ApprovedCache = z.object({
  stamp: ContentStamp,
  items: z.array(z.custom<StoredContent>((item) => typeof item === 'object' && item !== null && 'id' in item)).max(BOUNDS.storedRecords),
});
export type ApprovedCache = z.infer<typeof ApprovedCache>;

/**
 * Why a pack's record was not applied: the copy here was edited since it came from this pack, or
 * the id belongs to a record of another origin (made here, another pack, the team).
 */
export const CONFLICT_REASONS = ['edited-here', 'other-origin'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** A record a subscribed pack would have replaced: kept, and listed for the user. */
export const ConflictSummary = z.object({
  kind: z.enum(['content', 'relationship']),
  id: z.string().max(BOUNDS.id),
  label: z.string().max(BOUNDS.name),
  /** Summaries kept before origins were (database version 1) were all local edits. */
  reason: z.enum(CONFLICT_REASONS).default('edited-here'),
  /** With 'other-origin': whose record it is, by name (Origin's originName). */
  heldBy: z.string().max(BOUNDS.url).optional(),
  /** The version kept here, and when it was edited here. */
  localUpdatedAt: z.string().max(BOUNDS.dateTime),
  locallyEditedAt: isoDateTime.optional(),
  /** The pack's version, not applied. */
  incomingUpdatedAt: z.string().max(BOUNDS.dateTime),
});
export type ConflictSummary = z.infer<typeof ConflictSummary>;

/** What the copy held from one subscription contains, counted when it was refreshed. */
export const SubscriptionHeld = z.object({
  content: z.number().int().min(0),
  relationships: z.number().int().min(0),
  conflicts: z.array(ConflictSummary).max(BOUNDS.storedRecords),
});
export type SubscriptionHeld = z.infer<typeof SubscriptionHeld>;
