/** docs/PACK-FORMAT.md, merging: pure planning, so the rules are testable without a database. */
import type { ImportWrite } from '../db';
import type { ConflictSummary, ContentItem, Origin, RecordMeta, Relationship, StoredContent, StoredRelationship } from '../model';
import type { ImportIssue } from './issues';

export type MergeCounts = { added: number; updated: number; unchanged: number; conflicts: number };

export type MergeConflict =
  | {
      kind: 'content';
      id: string;
      /** The local title, to name the item in a list. */
      label: string;
      localUpdatedAt: string;
      incomingUpdatedAt: string;
      local: StoredContent;
      incoming: ContentItem;
    }
  | {
      kind: 'relationship';
      id: string;
      /** Who or which company the relationship is about, as stored locally. */
      label: string;
      localUpdatedAt: string;
      incomingUpdatedAt: string;
      local: StoredRelationship;
      incoming: Relationship;
    };

export type MergePlan = {
  origin: Origin;
  /** Totals over both kinds, with each kind's own counts beside them. */
  counts: MergeCounts & { content: MergeCounts; relationships: MergeCounts };
  conflicts: MergeConflict[];
  /** Warnings from reading the file, carried so the final report can count them (planMerge leaves it empty). */
  warnings: ImportIssue[];
  /** Added and updated records only; unchanged and conflicting ones are left as they are. */
  write: ImportWrite;
};

type Decision = 'added' | 'updated' | 'unchanged' | 'conflict';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * New → added; incoming newer → updated; older or equal → unchanged. A stored record the user
 * edited locally (meta.locallyEditedAt) is never replaced: an incoming version newer than the one
 * stored is a conflict. (The local editor keeps `updatedAt` as the version it was edited from.)
 */
export function decide(stored: { updatedAt: string; meta: RecordMeta } | undefined, incomingUpdatedAt: string): Decision {
  if (!stored) return 'added';
  const newer = time(incomingUpdatedAt) > time(stored.updatedAt);
  if (!newer) return 'unchanged';
  return stored.meta.locallyEditedAt ? 'conflict' : 'updated';
}

function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
}

function count(counts: MergeCounts, decision: Decision): void {
  if (decision === 'conflict') counts.conflicts++;
  else counts[decision]++;
}

export function relationshipLabel(rel: Relationship): string {
  const person = rel.person?.name;
  const company = rel.company?.name;
  if (person && company) return `${person} (${company})`;
  return person ?? company ?? rel.id;
}

export function planMerge(
  incoming: { content: ContentItem[]; relationships: Relationship[] },
  existing: { content: Map<string, StoredContent>; relationships: Map<string, StoredRelationship> },
  origin: Origin,
): MergePlan {
  const plan: MergePlan = {
    origin,
    counts: { ...emptyCounts(), content: emptyCounts(), relationships: emptyCounts() },
    conflicts: [],
    warnings: [],
    write: { content: [], relationships: [] },
  };
  const meta = (): RecordMeta => ({ origin: { ...origin } });

  for (const item of incoming.content) {
    const stored = existing.content.get(item.id);
    const decision = decide(stored, item.updatedAt);
    count(plan.counts.content, decision);
    count(plan.counts, decision);
    if (decision === 'added' || decision === 'updated') plan.write.content.push({ ...item, meta: meta() });
    else if (decision === 'conflict' && stored) {
      plan.conflicts.push({
        kind: 'content',
        id: item.id,
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
    const decision = decide(stored, rel.updatedAt);
    count(plan.counts.relationships, decision);
    count(plan.counts, decision);
    if (decision === 'added' || decision === 'updated') plan.write.relationships.push({ rel, meta: meta() });
    else if (decision === 'conflict' && stored) {
      plan.conflicts.push({
        kind: 'relationship',
        id: rel.id,
        label: relationshipLabel(stored),
        localUpdatedAt: stored.updatedAt,
        incomingUpdatedAt: rel.updatedAt,
        local: stored,
        incoming: rel,
      });
    }
  }
  return plan;
}

/** Conflicts as a subscription keeps them beside its pack: what the user needs to find and compare each. */
export function summarizeConflicts(conflicts: readonly MergeConflict[]): ConflictSummary[] {
  return conflicts.map((conflict) => ({
    kind: conflict.kind,
    id: conflict.id,
    label: conflict.label,
    localUpdatedAt: conflict.localUpdatedAt,
    ...(conflict.local.meta.locallyEditedAt ? { locallyEditedAt: conflict.local.meta.locallyEditedAt } : {}),
    incomingUpdatedAt: conflict.incomingUpdatedAt,
  }));
}
