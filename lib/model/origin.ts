/**
 * Where a stored record came from (docs/PACK-FORMAT.md, "Merging"; TEAM.md, "Origins"). An import
 * or a refresh updates only records of its own origin: the same id from another origin is a
 * conflict, shown, never overwritten.
 */
import { z } from 'zod';
import { BOUNDS } from './bounds';

const name = z.string().max(BOUNDS.name);
const url = z.string().max(BOUNDS.url);

export const Origin = z.discriminatedUnion('kind', [
  /** Made here: the popup's flags, the library editor's items. */
  z.object({ kind: z.literal('local') }),
  /**
   * A pack or CSV chosen by hand, known by its publisher (the pack's `publisher.name`; none for a
   * CSV or a pack without one). `packName` is for showing it.
   */
  z.object({
    kind: z.literal('file'),
    publisher: name.optional(),
    packName: name.optional(),
    /**
     * Stored before origins were kept (database version 1), which recorded a file's pack name but
     * not its publisher: such a record belongs to any file without a publisher, and to a file of
     * the same pack name, which then claims it for its publisher.
     */
    publisherUnknown: z.literal(true).optional(),
  }),
  /** One subscribed pack, by its URL. */
  z.object({ kind: z.literal('subscription'), url, packName: name.optional() }),
  /** Warmline Team: the server's records (issue 12 syncs them; server-stamped, never merged by packs). */
  z.object({ kind: z.literal('team'), server: url }),
]);
export type Origin = z.infer<typeof Origin>;
export type OriginKind = Origin['kind'];

/** True when a record stored with origin `stored` is `incoming`'s to update. */
export function sameOrigin(stored: Origin, incoming: Origin): boolean {
  switch (stored.kind) {
    case 'local':
      return incoming.kind === 'local';
    case 'file':
      if (incoming.kind !== 'file') return false;
      if (stored.publisherUnknown) return incoming.publisher === undefined || incoming.packName === stored.packName;
      return stored.publisher === incoming.publisher;
    case 'subscription':
      return incoming.kind === 'subscription' && incoming.url === stored.url;
    case 'team':
      return incoming.kind === 'team' && incoming.server === stored.server;
  }
}

/** Records from a pack (a file or a subscription): an edit here is remembered, so the pack's next version is a conflict. */
export function isPackOrigin(origin: Origin): origin is Extract<Origin, { kind: 'file' | 'subscription' }> {
  return origin.kind === 'file' || origin.kind === 'subscription';
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

/** A short name for an origin, for lists and messages ("made here", a pack's name, a host). */
export function originName(origin: Origin): string {
  switch (origin.kind) {
    case 'local':
      return 'made here';
    case 'file':
      return origin.packName ?? origin.publisher ?? 'a file';
    case 'subscription':
      return origin.packName ?? hostOf(origin.url);
    case 'team':
      return `the team server at ${hostOf(origin.server)}`;
  }
}
