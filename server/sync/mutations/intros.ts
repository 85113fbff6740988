/**
 * Intro requests: a rep asks the holder of a teammate's flag for an introduction. The state
 * moves one way (sent → asked-first → introduced | declined); the furthest state wins, and of
 * the two final states the first one recorded stays.
 */
import { INTRO_STATE_RANK, type IntroState, type Mutation } from '../../../lib/model/index.ts';
import type { Work } from '../../store.ts';
import { introSpaces } from '../spaces.ts';
import { current, notFound, refused, type Outcome } from './outcome.ts';

type Ask = Extract<Mutation, { type: 'intro.request' }>;
type Answer = Extract<Mutation, { type: 'intro.answer' }>;

export async function askIntro(work: Work, m: Ask): Promise<Outcome> {
  const { tx, caller } = work;
  const { id, relationshipId, ...details } = m.record;
  const [relationship] = await tx.query<{ owner_id: string }>('SELECT owner_id FROM relationships WHERE id = $1', [relationshipId]);
  if (!relationship) return notFound('No flag with this relationshipId is shared with you.');
  if (relationship.owner_id === caller.userId) {
    return { status: 'forbidden', change: null, message: 'This flag is yours: there is no one to ask.' };
  }
  const [row] = await tx.query(
    `INSERT INTO intro_requests (id, relationship_id, requester_id, holder_id, state, data)
     VALUES ($1, $2, $3, $4, 'sent', $5::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [id, relationshipId, caller.userId, relationship.owner_id, JSON.stringify(details)],
  );
  if (!row) {
    const [mine] = await tx.query('SELECT 1 FROM intro_requests WHERE id = $1 AND requester_id = $2', [id, caller.userId]);
    if (mine) return current(work, 'intro', id);
    return { status: 'conflict', change: null, message: 'A record with this id already exists.' };
  }
  work.changes.touch(introSpaces({ requesterId: caller.userId, holderId: relationship.owner_id }), 'intro', id);
  await work.audit({ action: 'intro.request', kind: 'intro', recordId: id, after: { relationshipId, holder: relationship.owner_id, ...details } });
  return current(work, 'intro', id);
}

export async function answerIntro(work: Work, m: Answer): Promise<Outcome> {
  const { tx } = work;
  const [before] = await tx.query<{ state: IntroState; requester_id: string; holder_id: string; note: string | null }>(
    'SELECT state, requester_id, holder_id, note FROM intro_requests WHERE id = $1 FOR UPDATE',
    [m.recordId],
  );
  if (!before) {
    const outcome = await refused(work, 'forbidden', 'intro', m.recordId, 'Only the colleague who was asked answers a request.');
    return outcome.change ? outcome : notFound('No intro request with this id is yours to answer.');
  }
  if (INTRO_STATE_RANK[m.state] <= INTRO_STATE_RANK[before.state]) {
    return refused(work, 'superseded', 'intro', m.recordId, `The request is already "${before.state}".`);
  }
  await tx.query('UPDATE intro_requests SET state = $2, note = $3, rev = rev + 1, updated_at = now() WHERE id = $1', [
    m.recordId,
    m.state,
    m.note ?? before.note,
  ]);
  work.changes.touch(introSpaces({ requesterId: before.requester_id, holderId: before.holder_id }), 'intro', m.recordId);
  await work.audit({
    action: 'intro.answer',
    kind: 'intro',
    recordId: m.recordId,
    before: { state: before.state, note: before.note },
    after: { state: m.state, note: m.note ?? before.note },
  });
  return current(work, 'intro', m.recordId);
}
