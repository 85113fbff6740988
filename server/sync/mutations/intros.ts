/**
 * Intro requests: a rep asks for an introduction through a teammate's flag. The request goes to
 * the person the flag says knows the prospect (`knownBy`) when they are a member of one of the
 * teams the flag is shared with, else to the flag's creator. The state moves one way (sent →
 * asked-first → introduced | declined); the furthest state wins, and of the final states the first
 * one recorded stays. A request whose flag leaves the requester's view closes (`closeLostIntros`),
 * as do a person's requests when they leave the flag's teams (`closeRequestsOutOfView`).
 */
import { INTRO_STATE_RANK, type IntroState, type Mutation, type Relationship } from '../../../lib/model/index.ts';
import type { Work } from '../../store.ts';
import { introSpaces } from '../spaces.ts';
import { current, notFound, refused, type Outcome } from './outcome.ts';

type Ask = Extract<Mutation, { type: 'intro.request' }>;
type Answer = Extract<Mutation, { type: 'intro.answer' }>;

const OPEN_STATES = ['sent', 'asked-first'];

/**
 * Who answers: the one member of the flag's teams the caller can see whose email (else, with no
 * email on the flag, whose name) is the flag's `knownBy`; the flag's creator when there is none,
 * or more than one.
 */
async function holderOf(work: Work, flag: { owner_id: string; team_ids: string[]; data: Relationship }): Promise<string> {
  const { email, name } = flag.data.knownBy;
  const matches = await work.tx.query<{ id: string }>(
    `SELECT DISTINCT u.id::text AS id FROM users u JOIN memberships m ON m.user_id = u.id
     WHERE m.team_id = ANY ($1::uuid[]) AND u.removed_at IS NULL
       AND CASE WHEN $2::text IS NOT NULL THEN lower(u.email) = lower($2::text) ELSE lower(u.name) = lower($3::text) END`,
    [flag.team_ids, email ?? null, name],
  );
  return matches.length === 1 ? matches[0]!.id : flag.owner_id;
}

export async function askIntro(work: Work, m: Ask): Promise<Outcome> {
  const { tx, caller } = work;
  const { id, relationshipId, ...details } = m.record;
  // Row-level security: only a flag the caller can see is found.
  const [flag] = await tx.query<{ owner_id: string; team_ids: string[]; data: Relationship }>(
    'SELECT owner_id::text AS owner_id, team_ids::text[] AS team_ids, data FROM relationships WHERE id = $1',
    [relationshipId],
  );
  if (!flag) return notFound('No flag with this relationshipId is shared with you.');
  const forbidden = (message: string): Outcome => ({ status: 'forbidden', change: null, message });
  if (flag.owner_id === caller.userId) return forbidden('This flag is yours: there is no one to ask.');
  if (!flag.data.canIntro) return forbidden(`${flag.data.knownBy.name} has not offered to introduce: ask them directly.`);
  const holderId = await holderOf(work, flag);
  if (holderId === caller.userId) return forbidden('This flag says you know them yourself: there is no one to ask.');
  const [open] = await tx.query(
    'SELECT 1 FROM intro_requests WHERE relationship_id = $1 AND requester_id = $2 AND state = ANY ($3::text[]) AND id <> $4',
    [relationshipId, caller.userId, OPEN_STATES, id],
  );
  if (open) return forbidden('You already asked about this flag, and that request is still open.');
  const [row] = await tx.query(
    `INSERT INTO intro_requests (id, relationship_id, requester_id, holder_id, state, data)
     VALUES ($1, $2, $3, $4, 'sent', $5::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [id, relationshipId, caller.userId, holderId, JSON.stringify(details)],
  );
  if (!row) {
    const [mine] = await tx.query('SELECT 1 FROM intro_requests WHERE id = $1 AND requester_id = $2', [id, caller.userId]);
    if (mine) return current(work, 'intro', id);
    return { status: 'conflict', change: null, message: 'A record with this id already exists.' };
  }
  work.changes.touch(introSpaces({ requesterId: caller.userId, holderId }), 'intro', id);
  await work.audit({ action: 'intro.request', kind: 'intro', recordId: id, after: { relationshipId, holder: holderId, ...details } });
  return current(work, 'intro', id);
}

export async function answerIntro(work: Work, m: Answer): Promise<Outcome> {
  const { tx, caller } = work;
  const [before] = await tx.query<{ state: IntroState; requester_id: string; holder_id: string; note: string | null }>(
    'SELECT state, requester_id::text AS requester_id, holder_id::text AS holder_id, note FROM intro_requests WHERE id = $1 FOR UPDATE',
    [m.recordId],
  );
  // The flag's owner reads requests about their flag (to close them) but answers only their own.
  if (!before || before.holder_id !== caller.userId) {
    const outcome = await refused(work, 'forbidden', 'intro', m.recordId, 'Only the colleague who was asked answers a request.');
    return outcome.change ? outcome : notFound('No intro request with this id is yours to answer.');
  }
  if (INTRO_STATE_RANK[m.state] <= INTRO_STATE_RANK[before.state]) {
    const why = before.state === 'closed' ? 'The request closed: its flag is no longer available to the one who asked.' : `The request is already "${before.state}".`;
    return refused(work, 'superseded', 'intro', m.recordId, why);
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

/**
 * A flag left some people's view: its open requests from anyone who can no longer see it close.
 * `teams`: the teams it is shared with now (none when private); 'gone' when it is being removed.
 * Runs as the flag's owner or an admin (the database allows them this and nothing more).
 */
export async function closeLostIntros(work: Work, relationshipId: string, teams: readonly string[] | 'gone'): Promise<void> {
  const closed = await work.tx.query<{ id: string; requester_id: string; holder_id: string }>(
    `UPDATE intro_requests i SET state = 'closed', rev = rev + 1, updated_at = now()
     WHERE relationship_id = $1 AND state = ANY ($2::text[])
       AND ($3::uuid[] IS NULL OR NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = i.requester_id AND m.team_id = ANY ($3::uuid[])))
     RETURNING id, requester_id::text AS requester_id, holder_id::text AS holder_id`,
    [relationshipId, OPEN_STATES, teams === 'gone' ? null : teams],
  );
  for (const row of closed) {
    work.changes.touch(introSpaces({ requesterId: row.requester_id, holderId: row.holder_id }), 'intro', row.id);
    await work.audit({ action: 'intro.close', kind: 'intro', recordId: row.id, after: { state: 'closed', relationshipId } });
  }
}

/**
 * An admin moved the user they manage out of teams: that user's open requests about flags they
 * can no longer see close. The database function reads those flags for the admin (migration 0005).
 */
export async function closeRequestsOutOfView(work: Work): Promise<void> {
  const closed = await work.tx.query<{ id: string; requester_id: string; holder_id: string; relationship_id: string }>(
    'SELECT id, requester_id, holder_id, relationship_id FROM warmline_close_requests_out_of_view()',
  );
  for (const row of closed) {
    work.changes.touch(introSpaces({ requesterId: row.requester_id, holderId: row.holder_id }), 'intro', row.id);
    await work.audit({ action: 'intro.close', kind: 'intro', recordId: row.id, after: { state: 'closed', relationshipId: row.relationship_id } });
  }
}
