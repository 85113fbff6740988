/**
 * Intro requests through the team (docs/TEAM-API.md, "Intro requests"): a rep asks from an intro
 * hint, the colleague asked answers from the popup, and both steps are Activities written with the
 * request in one transaction (lib/sync/local-writes.ts), so they go out together, offline too.
 * Without a team the panel keeps its note and mailto (lib/actions/intro-request.ts).
 */
import { newId } from '../actions/record';
import { getMeta, getRelationship, getSettings, introsForRelationship, listIntros, META, putMeta } from '../db';
import { isOpenIntro, type Activity, type IntroAnswer, type IntroState, type StoredIntro, type StoredRelationship, type TeamSession } from '../model';
import type { ProfileSnapshot } from '../model/profile';
import { answerIntro, requestIntro } from '../sync/local-writes';

/** A request as the rep's panel shows it on the intro it was made through. */
export type IntroStatus = { id: string; state: IntroState; note?: string; holder: string; updatedAt: string };

export const REASON_MAX = 1000;

export type AskOutcome = { ok: true; status: IntroStatus } | { ok: false; error: string };

function statusOf(intro: StoredIntro): IntroStatus {
  return { id: intro.id, state: intro.state, ...(intro.note ? { note: intro.note } : {}), holder: intro.holder.name, updatedAt: intro.updatedAt };
}

/** The latest request this user made through each flag, by flag id. */
export function ownRequestsByFlag(intros: readonly StoredIntro[], me: string): Map<string, IntroStatus> {
  const latest = new Map<string, StoredIntro>();
  for (const intro of intros) {
    if (intro.requester.id !== me) continue;
    const before = latest.get(intro.relationshipId);
    if (!before || before.createdAt < intro.createdAt) latest.set(intro.relationshipId, intro);
  }
  return new Map([...latest].map(([id, intro]) => [id, statusOf(intro)]));
}

/** Whether a flag's intro goes through the team: a teammate's shared flag, offered for intros. */
export function asksThroughTeam(rel: StoredRelationship, session: TeamSession | undefined): boolean {
  return !!session && rel.meta.origin.kind === 'team' && rel.meta.team?.mine !== true && rel.canIntro;
}

/**
 * Asks for an intro through a teammate's flag, for the prospect on the page: refused, in words,
 * when there is no team, the flag is not one to ask through, or a request is already open.
 */
export async function askForIntro(relationshipId: string, profile: ProfileSnapshot, reason: string, now = new Date()): Promise<AskOutcome> {
  const [session, rel, settings] = await Promise.all([getMeta(META.teamSession), getRelationship(relationshipId), getSettings()]);
  if (!session) return { ok: false, error: 'Intro requests go through your team: join it first.' };
  if (!rel || !asksThroughTeam(rel, session)) return { ok: false, error: 'This flag is no longer available to ask through.' };
  const mine = (await introsForRelationship(relationshipId)).filter((intro) => intro.requester.id === session.user.id);
  const open = mine.find((intro) => isOpenIntro(intro.state));
  if (open) return { ok: false, error: `You already asked ${open.holder.name}: the request is open.` };
  const text = reason.trim().slice(0, REASON_MAX);
  const id = `intro-${newId()}`;
  const at = now.toISOString();
  const activity: Activity = {
    id: newId(),
    at,
    action: 'intro-request',
    relationshipId,
    introId: id,
    profileSlug: profile.slug,
    profileKind: profile.kind,
    ...(profile.fullName ? { profileName: profile.fullName } : {}),
    ...(settings.name ? { actor: settings.name } : {}),
  };
  // The flag's owner until the server says who answers (its knownBy, if a member).
  const holder = rel.meta.team?.owner ?? { id: '', name: rel.knownBy.name };
  const intro = await requestIntro(
    {
      id,
      relationshipId,
      ...(text ? { reason: text } : {}),
      profileSlug: profile.slug,
      profileKind: profile.kind,
      ...(profile.fullName ? { profileName: profile.fullName.slice(0, 300) } : {}),
    },
    { id: holder.id, name: rel.knownBy.name },
    activity,
    now,
  );
  return { ok: true, status: statusOf(intro) };
}

/** Requests waiting for this user's answer, oldest first. */
export function waitingForMe(intros: readonly StoredIntro[], me: string): StoredIntro[] {
  return intros.filter((intro) => intro.holder.id === me && isOpenIntro(intro.state)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** This user's own requests, the latest change first. */
export function myRequests(intros: readonly StoredIntro[], me: string): StoredIntro[] {
  return intros.filter((intro) => intro.requester.id === me).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** An answer is told once: by request and state. */
export const answerKey = (intro: Pick<StoredIntro, 'id' | 'state'>) => `${intro.id}:${intro.state}`;

/** The user's requests whose answer (or closing) they have not seen yet. */
export function unseenAnswers(mine: readonly StoredIntro[], seen: ReadonlySet<string>): StoredIntro[] {
  return mine.filter((intro) => intro.state !== 'sent' && !seen.has(answerKey(intro)));
}

export type IntroLists = { waiting: StoredIntro[]; mine: StoredIntro[]; unseen: Set<string> };

/** What the popup lists: requests waiting for me, and mine with the answers I have not seen. */
export async function loadIntroLists(): Promise<IntroLists> {
  const [session, intros, seen] = await Promise.all([getMeta(META.teamSession), listIntros(), getMeta(META.introAnswersSeen)]);
  if (!session) return { waiting: [], mine: [], unseen: new Set() };
  const mine = myRequests(intros, session.user.id);
  const seenSet = new Set(seen);
  return { waiting: waitingForMe(intros, session.user.id), mine, unseen: new Set(unseenAnswers(mine, seenSet).map(answerKey)) };
}

/** The user saw these answers: they are not told again. */
export async function markAnswersSeen(intros: readonly StoredIntro[]): Promise<void> {
  const seen = await getMeta(META.introAnswersSeen);
  const next = [...new Set([...seen, ...intros.map(answerKey)])].slice(-1000);
  await putMeta(META.introAnswersSeen, next);
}

/** How many requests wait for this user (the toolbar's title says so). */
export async function countWaitingForMe(): Promise<number> {
  // Without a team there is nothing to read (the badge's reads share the store with the panels').
  const session = await getMeta(META.teamSession);
  return session ? waitingForMe(await listIntros(), session.user.id).length : 0;
}

/** The answer of the colleague asked, with the activity that records it. */
export async function answerRequest(intro: StoredIntro, state: IntroAnswer, note: string, now = new Date()): Promise<StoredIntro> {
  const settings = await getSettings();
  const text = note.trim().slice(0, REASON_MAX);
  const activity: Activity = {
    id: newId(),
    at: now.toISOString(),
    action: 'intro-answer',
    relationshipId: intro.relationshipId,
    introId: intro.id,
    introAnswer: state,
    profileSlug: intro.profileSlug,
    profileKind: intro.profileKind,
    ...(intro.profileName ? { profileName: intro.profileName } : {}),
    ...(settings.name ? { actor: settings.name } : {}),
  };
  return answerIntro(intro, state, text || undefined, activity, now);
}
