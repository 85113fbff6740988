/**
 * Reading records as the caller (row-level security decides what comes back) and shaping them
 * as the changes a pull or a push answer carries.
 */
import type { Activity, Change, ContentItem, Feedback, IntroRequest, IntroState, RecordKind, Relationship } from '../../lib/model/index.ts';
import type { Queryable } from '../db/types.ts';

type RelationshipRow = {
  id: string; owner_id: string; owner_name: string | null; share: 'team' | 'private'; narrowed: boolean;
  team_ids: string[]; data: Relationship; rev: number; updated_at: Date;
};
type ContentRow = { id: string; team_id: string | null; data: ContentItem; rev: number; updated_at: Date };
type EventRow<T> = { id: string; data: T };
type IntroRow = {
  id: string; relationship_id: string; requester_id: string; requester_name: string | null; holder_id: string;
  holder_name: string | null; state: IntroState; note: string | null; data: Omit<IntroRequest, 'state' | 'note' | 'requester' | 'holder' | 'createdAt' | 'updatedAt' | 'id' | 'relationshipId'>;
  rev: number; created_at: Date; updated_at: Date;
};

/** The query for one kind; `data` is how its stored record is read (as jsonb, or as its JSON text). */
const SELECTS: Record<RecordKind, (data: string) => string> = {
  relationship: (data) => `SELECT r.id, r.owner_id, u.name AS owner_name, r.share, r.narrowed_team_ids IS NOT NULL AS narrowed,
      r.team_ids::text[] AS team_ids, r.${data}, r.rev, r.updated_at
    FROM relationships r LEFT JOIN users u ON u.id = r.owner_id WHERE r.id = ANY ($1::text[])`,
  content: (data) => `SELECT id, team_id::text AS team_id, ${data}, rev, updated_at FROM content_items WHERE id = ANY ($1::text[])`,
  activity: (data) => `SELECT id, ${data} FROM activities WHERE id = ANY ($1::text[])`,
  feedback: (data) => `SELECT id, ${data} FROM feedback WHERE id = ANY ($1::text[])`,
  intro: (data) => `SELECT i.id, i.relationship_id, i.requester_id, rq.name AS requester_name, i.holder_id, h.name AS holder_name,
      i.state, i.note, i.${data}, i.rev, i.created_at, i.updated_at
    FROM intro_requests i LEFT JOIN users rq ON rq.id = i.requester_id LEFT JOIN users h ON h.id = i.holder_id
    WHERE i.id = ANY ($1::text[])`,
};
/** Kinds whose change carries the stored record as it is (an intro's is assembled from its columns). */
const RECORD_AS_STORED: Record<RecordKind, boolean> = { relationship: true, content: true, activity: true, feedback: true, intro: false };

const FORMER = 'A former member';

function toChange(kind: RecordKind, row: unknown, callerId: string): Change {
  switch (kind) {
    case 'relationship': {
      const r = row as RelationshipRow;
      return {
        op: 'put', kind, id: r.id, version: r.rev, record: r.data,
        meta: {
          owner: { id: r.owner_id, name: r.owner_name ?? FORMER },
          mine: r.owner_id === callerId,
          share: r.share,
          teams: r.team_ids,
          narrowed: r.narrowed,
          serverUpdatedAt: r.updated_at.toISOString(),
        },
      };
    }
    case 'content': {
      const r = row as ContentRow;
      return { op: 'put', kind, id: r.id, version: r.rev, record: r.data, meta: { team: r.team_id, serverUpdatedAt: r.updated_at.toISOString() } };
    }
    case 'activity': {
      const r = row as EventRow<Activity>;
      return { op: 'put', kind, id: r.id, version: 1, record: r.data };
    }
    case 'feedback': {
      const r = row as EventRow<Feedback>;
      return { op: 'put', kind, id: r.id, version: 1, record: r.data };
    }
    case 'intro': {
      const r = row as IntroRow;
      return {
        op: 'put', kind, id: r.id, version: r.rev,
        record: {
          ...r.data,
          id: r.id,
          relationshipId: r.relationship_id,
          state: r.state,
          ...(r.note === null ? {} : { note: r.note }),
          requester: { id: r.requester_id, name: r.requester_name ?? FORMER },
          holder: { id: r.holder_id, name: r.holder_name ?? FORMER },
          createdAt: r.created_at.toISOString(),
          updatedAt: r.updated_at.toISOString(),
        },
      };
    }
  }
}

/** The records of one kind the caller may see, by id, as changes. */
export async function loadChanges(db: Queryable, kind: RecordKind, ids: readonly string[], callerId: string): Promise<Map<string, Change>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string }>(SELECTS[kind]('data'), [ids]);
  return new Map(rows.map((row) => [row.id, toChange(kind, row, callerId)]));
}

/**
 * The same as JSON text, what a pull sends: a stored record's JSON goes out as the database
 * writes it, never parsed into objects and written again (most of a first sync's bytes).
 */
export async function loadChangeTexts(db: Queryable, kind: RecordKind, ids: readonly string[], callerId: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  if (!RECORD_AS_STORED[kind]) return new Map([...(await loadChanges(db, kind, ids, callerId))].map(([id, change]) => [id, JSON.stringify(change)]));
  const rows = await db.query<{ id: string; data: string }>(SELECTS[kind]('data::text AS data'), [ids]);
  return new Map(
    rows.map((row) => {
      const { record: _text, ...rest } = toChange(kind, row, callerId) as Change & { record: unknown };
      return [row.id, `${JSON.stringify(rest).slice(0, -1)},"record":${row.data}}`];
    }),
  );
}

/** One record as the caller sees it, or null when it is gone or out of their view. */
export async function loadChange(db: Queryable, kind: RecordKind, id: string, callerId: string): Promise<Change | null> {
  return (await loadChanges(db, kind, [id], callerId)).get(id) ?? null;
}
