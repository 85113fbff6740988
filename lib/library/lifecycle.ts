/** A library item's life: draft → approved → retired, duplicates, and how a save is stored. */
import { isPackOrigin, type ContentItem, type StoredContent } from '../model';

export const LOCAL_META: StoredContent['meta'] = { origin: { kind: 'local' } };

export function newContentId(): string {
  return `item-${crypto.randomUUID()}`;
}

/** Drops the approval fields (a draft or a copy has not been approved by anyone). */
function withoutApproval<T extends ContentItem>(item: T): T {
  const { approvedBy: _by, approvedAt: _at, ...rest } = item;
  return rest as T;
}

/** A draft copy under a new id, titled "Copy of …" (cut to the 200-character limit). */
export function duplicateOf(item: ContentItem | StoredContent, id: string, now: Date): ContentItem {
  // A copy is a new local draft: no approval, no pack bookkeeping.
  const { meta: _meta, approvedBy: _by, approvedAt: _at, ...rest } = item as Partial<StoredContent> & ContentItem;
  return { ...rest, id, status: 'draft', title: `Copy of ${item.title}`.slice(0, 200), updatedAt: now.toISOString() };
}

export function approve<T extends ContentItem>(item: T, approvedBy: string, now: Date): T {
  return { ...item, status: 'approved', approvedBy, approvedAt: now.toISOString(), updatedAt: now.toISOString() };
}

/** Retired items keep who approved them (the record of what reps were given). */
export function retire<T extends ContentItem>(item: T, now: Date): T {
  return { ...item, status: 'retired', updatedAt: now.toISOString() };
}

/** A retired or approved item back to draft, to be reworked and approved again. */
export function reopen<T extends ContentItem>(item: T, now: Date): T {
  return { ...withoutApproval(item), status: 'draft', updatedAt: now.toISOString() };
}

/** What reps read or share: changing any of these needs a new approval. */
const APPROVED_WORDING = ['kind', 'title', 'body', 'url'] as const;

/** True when saving `edited` over an approved `previous` changes what reps were approved to send. */
export function needsReapproval(previous: ContentItem | undefined, edited: ContentItem): boolean {
  if (!previous || previous.status !== 'approved' || edited.status !== 'approved') return false;
  return APPROVED_WORDING.some((field) => (previous[field] ?? '') !== (edited[field] ?? ''));
}

/**
 * The edited item as it should be saved: back to draft when approved wording changed, and
 * with its bookkeeping. A new item is local; an item from a pack keeps its origin and records
 * the local edit, so the pack's next version shows as a conflict instead of overwriting it.
 */
export function toStored(edited: ContentItem, previous: StoredContent | undefined, now: Date): StoredContent {
  const item = needsReapproval(previous, edited) ? reopen(edited, now) : edited;
  const stamped = { ...item, updatedAt: now.toISOString() };
  if (!previous) return { ...stamped, meta: LOCAL_META };
  const meta = isPackOrigin(previous.meta.origin) ? { ...previous.meta, locallyEditedAt: now.toISOString() } : previous.meta;
  return { ...stamped, meta };
}

/** Only drafts may be deleted; everything else is retired, so the record of what reps had stays. */
export function canDelete(item: Pick<ContentItem, 'status'>): boolean {
  return item.status === 'draft';
}
