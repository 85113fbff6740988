/** docs/PACK-FORMAT.md, merging: pure planning, so the rules are testable without a database. */
import type { ImportWrite } from '../db';
import {
  originName,
  sameOrigin,
  type ConflictReason,
  type ConflictSummary,
  type ContentItem,
  type Origin,
  type RecordMeta,
  type Relationship,
  type StoredContent,
  type StoredRelationship,
} from '../model';
import type { ImportIssue } from './issues';

export type MergeCounts = { added: number; updated: number; unchanged: number; removed: number; conflicts: number };

type ConflictCommon = {
  id: string;
  /** Why the file's version was not applied. */
  reason: ConflictReason;
  /** The stored record's title or subject, to name it in a list. */
  label: string;
  localUpdatedAt: string;
  incomingUpdatedAt: string;
};

export type MergeConflict =
  | (ConflictCommon & { kind: 'content'; local: StoredContent; incoming: ContentItem })
  | (ConflictCommon & { kind: 'relationship'; local: StoredRelationship; incoming: Relationship });

export type MergePlan = {
  origin: Origin;
  /** Totals over both kinds, with each kind's own counts beside them. */
  counts: MergeCounts & { content: MergeCounts; relationships: MergeCounts };
  conflicts: MergeConflict[];
  /** Warnings from reading the file, carried so the final report can count them (planMerge leaves it empty). */
  warnings: ImportIssue[];
  /** Added and updated records, and the removed ones' ids; unchanged and conflicting ones are left as they are. */
  write: ImportWrite;
};

export type MergeOptions = {
  /**
   * A subscription refresh: records of this origin that are no longer in the pack are removed,
   * unless edited here (docs/PACK-FORMAT.md, merging). A file import never removes anything.
   */
  removeMissing?: boolean;
};

type Decision = 'added' | 'updated' | 'unchanged' | { conflict: ConflictReason };

type Stored = { updatedAt: string; meta: RecordMeta };

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * New → added. A record of another origin is never touched: a conflict whatever the dates. Of
 * this origin: incoming newer → updated, older or equal → unchanged, and a record the user edited
 * here (meta.locallyEditedAt) is never replaced: a newer incoming version is a conflict. (The
 * local editor keeps `updatedAt` as the version it was edited from.)
 */
export function decide(stored: Stored | undefined, incomingUpdatedAt: string, origin: Origin): Decision {
  if (!stored) return 'added';
  if (!sameOrigin(stored.meta.origin, origin)) return { conflict: 'other-origin' };
  const newer = time(incomingUpdatedAt) > time(stored.updatedAt);
  if (!newer) return 'unchanged';
  return stored.meta.locallyEditedAt ? { conflict: 'edited-here' } : 'updated';
}

function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0, removed: 0, conflicts: 0 };
}

function count(counts: MergeCounts, decision: Decision | 'removed'): void {
  if (typeof decision === 'object') counts.conflicts++;
  else counts[decision]++;
}

export function relationshipLabel(rel: Relationship): string {
  const person = rel.person?.name;
  const company = rel.company?.name;
  if (person && company) return `${person} (${company})`;
  return person ?? company ?? rel.id;
}

/** Stored records of this origin that the pack no longer holds and nobody edited here. */
function leftThePack<T extends { id: string; meta: RecordMeta }>(stored: Map<string, T>, incoming: ReadonlyArray<{ id: string }>, origin: Origin): string[] {
  const kept = new Set(incoming.map((record) => record.id));
  const gone: string[] = [];
  for (const record of stored.values()) {
    if (!kept.has(record.id) && !record.meta.locallyEditedAt && sameOrigin(record.meta.origin, origin)) gone.push(record.id);
  }
  return gone;
}

export function planMerge(
  incoming: { content: ContentItem[]; relationships: Relationship[] },
  existing: { content: Map<string, StoredContent>; relationships: Map<string, StoredRelationship> },
  origin: Origin,
  options: MergeOptions = {},
): MergePlan {
  const plan: MergePlan = {
    origin,
    counts: { ...emptyCounts(), content: emptyCounts(), relationships: emptyCounts() },
    conflicts: [],
    warnings: [],
    write: { content: [], relationships: [] },
  };
  const meta = (): RecordMeta => ({ origin: { ...origin } });
  const tally = (kind: 'content' | 'relationships', decision: Decision | 'removed') => {
    count(plan.counts[kind], decision);
    count(plan.counts, decision);
  };

  for (const item of incoming.content) {
    const stored = existing.content.get(item.id);
    const decision = decide(stored, item.updatedAt, origin);
    tally('content', decision);
    if (decision === 'added' || decision === 'updated') plan.write.content.push({ ...item, meta: meta() });
    else if (typeof decision === 'object' && stored) {
      plan.conflicts.push({
        kind: 'content',
        id: item.id,
        reason: decision.conflict,
        label: stored.title,
        localUpdatedAt: stored.updatedAt,
        incomingUpdatedAt: item.updatedAt,
        local: stored,
        incoming: item,
      });
    }
  }

  for (const rel of incoming.relationships) {
    const stored = existing.relationships.get(rel.id);
    const decision = decide(stored, rel.updatedAt, origin);
    tally('relationships', decision);
    if (decision === 'added' || decision === 'updated') plan.write.relationships.push({ rel, meta: meta() });
    else if (typeof decision === 'object' && stored) {
      plan.conflicts.push({
        kind: 'relationship',
        id: rel.id,
        reason: decision.conflict,
        label: relationshipLabel(stored),
        localUpdatedAt: stored.updatedAt,
        incomingUpdatedAt: rel.updatedAt,
        local: stored,
        incoming: rel,
      });
    }
  }

  if (options.removeMissing) {
    const content = leftThePack(existing.content, incoming.content, origin);
    const relationships = leftThePack(existing.relationships, incoming.relationships, origin);
    content.forEach(() => tally('content', 'removed'));
    relationships.forEach(() => tally('relationships', 'removed'));
    if (content.length) plan.write.deleteContentIds = content;
    if (relationships.length) plan.write.deleteRelationshipIds = relationships;
  }
  return plan;
}

/** Conflicts as a subscription keeps them beside its pack: what the user needs to find and compare each. */
export function summarizeConflicts(conflicts: readonly MergeConflict[]): ConflictSummary[] {
  return conflicts.map((conflict) => ({
    kind: conflict.kind,
    id: conflict.id,
    label: conflict.label.slice(0, 200),
    reason: conflict.reason,
    ...(conflict.reason === 'other-origin' ? { heldBy: originName(conflict.local.meta.origin) } : {}),
    localUpdatedAt: conflict.localUpdatedAt,
    ...(conflict.local.meta.locallyEditedAt ? { locallyEditedAt: conflict.local.meta.locallyEditedAt } : {}),
    incomingUpdatedAt: conflict.incomingUpdatedAt,
  }));
}
