/** Activity and feedback: append-only events of the caller, counted for their teams' insights. */
import type { Activity, Feedback, Mutation } from '../../../lib/model/index.ts';
import type { Work } from '../../store.ts';
import { eventSpaces } from '../spaces.ts';
import { applied, current, refused, type Outcome } from './outcome.ts';

type AddActivity = Extract<Mutation, { type: 'activity.add' }>;
type AddFeedback = Extract<Mutation, { type: 'feedback.add' }>;
type RetractFeedback = Extract<Mutation, { type: 'feedback.retract' }>;

/** The columns insights filter and group on, beside the record itself. */
type Event =
  | { kind: 'activity'; table: 'activities'; record: Activity; columns: { action: string; content_id: string | null; profile_key: string } }
  | { kind: 'feedback'; table: 'feedback'; record: Feedback; columns: { verdict: string; content_id: string; objection_tag: string | null } };

export function addActivity(work: Work, m: AddActivity): Promise<Outcome> {
  // The server says who did it: a rep cannot record in someone else's name.
  const record: Activity = { ...m.record, actor: work.caller.name };
  const profile_key = `${record.profileKind}:${record.profileSlug}`;
  return append(work, { kind: 'activity', table: 'activities', record, columns: { action: record.action, content_id: record.contentId ?? null, profile_key } });
}

export function addFeedback(work: Work, m: AddFeedback): Promise<Outcome> {
  const record: Feedback = { ...m.record, actor: work.caller.name };
  const objection_tag = record.objection?.tag || null;
  return append(work, { kind: 'feedback', table: 'feedback', record, columns: { verdict: record.verdict, content_id: record.contentId, objection_tag } });
}

async function append(work: Work, event: Event): Promise<Outcome> {
  const { tx, caller } = work;
  const names = Object.keys(event.columns);
  const [row] = await tx.query(
    `INSERT INTO ${event.table} (id, actor_id, team_ids, at, data, ${names.join(', ')})
     VALUES ($1, $2, $3::uuid[], $4, $5::jsonb, ${names.map((_, i) => `$${i + 6}`).join(', ')})
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [event.record.id, caller.userId, caller.teamIds, event.record.at, JSON.stringify(event.record), ...Object.values(event.columns)],
  );
  if (!row) {
    // The same event sent again (it is the caller's), or someone else's id.
    const [mine] = await tx.query(`SELECT 1 FROM ${event.table} WHERE id = $1 AND actor_id = $2`, [event.record.id, caller.userId]);
    if (mine) return current(work, event.kind, event.record.id);
    return { status: 'conflict', change: null, message: 'A record with this id already exists.' };
  }
  work.changes.touch(eventSpaces(caller.userId), event.kind, event.record.id);
  await work.audit({ action: `${event.kind}.add`, kind: event.kind, recordId: event.record.id, after: event.record });
  return current(work, event.kind, event.record.id);
}

/**
 * A verdict taken back (the rep's Undo): the caller's own, within 10 minutes of the server taking
 * it (row-level security holds both), with the activity that stands for it. Already gone is what
 * the caller wanted; an older verdict stays and the answer says so.
 */
export async function retractFeedback(work: Work, m: RetractFeedback): Promise<Outcome> {
  const { tx, caller } = work;
  const [row] = await tx.query<{ data: Feedback }>('DELETE FROM feedback WHERE id = $1 AND actor_id = $2 RETURNING data', [m.recordId, caller.userId]);
  if (!row) {
    const [kept] = await tx.query('SELECT 1 FROM feedback WHERE id = $1 AND actor_id = $2', [m.recordId, caller.userId]);
    if (kept) return refused(work, 'forbidden', 'feedback', m.recordId, 'A verdict can be taken back only within 10 minutes of giving it.');
    return applied({ op: 'gone', kind: 'feedback', id: m.recordId });
  }
  const activities = await tx.query<{ id: string }>(
    `DELETE FROM activities WHERE actor_id = $1 AND action = 'feedback' AND data->>'feedbackId' = $2 RETURNING id`,
    [caller.userId, m.recordId],
  );
  const spaces = eventSpaces(caller.userId);
  work.changes.touch(spaces, 'feedback', m.recordId, true);
  for (const activity of activities) work.changes.touch(spaces, 'activity', activity.id, true);
  await work.audit({ action: 'feedback.retract', kind: 'feedback', recordId: m.recordId, before: row.data });
  return applied({ op: 'gone', kind: 'feedback', id: m.recordId });
}
