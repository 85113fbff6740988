/**
 * What the panel reads and writes in the store besides its prospect view: library search, "New
 * for you", activity and feedback records, "Did it land?". One owner for both hosts: the
 * background runs these for the in-page panel (whose frame sits inside LinkedIn's page, where the
 * browser may deny it storage: lib/background/panel-commands.ts), and the side panel, a top-level
 * extension page, runs them itself (views/sidepanel/).
 */
import { recordFeedback, undoFeedback, type FeedbackInput } from '../actions/feedback';
import { recordActivity } from '../actions/record';
import { getContent, getSettings, listActivities, listApprovedContent, listFeedback } from '../db';
import { awaitingVerdicts, VERDICT_WINDOW_DAYS } from '../insights/verdicts';
import { markSeen, seenIds, unseenApproved } from '../library/sell-in';
import { searchLibrary } from '../match/search';
import type { Activity, ContentItem, StoredContent } from '../model';
import type { ProfileSnapshot } from '../model/profile';
import type { ObjectionTag } from '../model/vocabulary';
import type { FeedbackOutcome, Outcome, PendingVerdict, UnseenItem } from '../protocol/replies';
import { forPanel } from './view-bounds';

/** How many search results the panel lists. */
const SEARCH_LIMIT = 10;

/** Who did it: the name in the settings, as every action is signed. */
async function actor(): Promise<{ actor?: string }> {
  const { name } = await getSettings();
  return name ? { actor: name } : {};
}

/**
 * Approved, in-date items matching the rep's words, without the store's bookkeeping (which pack,
 * from which URL). `approved`: the approved items when already read (the side panel keeps them).
 */
export async function searchApproved(query: string, approved?: readonly StoredContent[]): Promise<ContentItem[]> {
  return searchLibrary(approved ?? (await listApprovedContent()), query, new Date(), SEARCH_LIMIT).map(forPanel);
}

/** Newly approved items the rep (`me`) has not acknowledged, but for those they approved themselves. */
export async function unseenItems(known?: { approved: readonly StoredContent[]; me: string }): Promise<UnseenItem[]> {
  const approved = known?.approved ?? (await listApprovedContent());
  const me = known?.me ?? (await getSettings()).name;
  const unseen = unseenApproved(approved, await seenIds(), new Date(), me);
  return unseen.map(({ id, title, kind, salesNote }): UnseenItem => ({ id, title, kind, ...(salesNote ? { salesNote } : {}) }));
}

export { markSeen };

export type RecordedIds = { contentId?: string | undefined; relationshipId?: string | undefined };

/** Copy, insert, share or intro request, signed with the rep's name. */
export async function recordPanelActivity(action: Exclude<Activity['action'], 'feedback'>, profile: ProfileSnapshot, { contentId, relationshipId }: RecordedIds): Promise<void> {
  await recordActivity(action, profile, {
    ...(contentId ? { contentId } : {}),
    ...(relationshipId ? { relationshipId } : {}),
    ...(await actor()),
  });
}

export type VerdictRequest = { profile: ProfileSnapshot; contentId: string; verdict: FeedbackInput['verdict']; text?: string | undefined; tag?: ObjectionTag | undefined };

function feedbackInput({ verdict, text, tag }: VerdictRequest): FeedbackInput | undefined {
  if (verdict !== 'objection') return { verdict };
  return text !== undefined && tag !== undefined ? { verdict, text, tag } : undefined;
}

/** "Did it land?": a verdict or an objection, kept with its id for Undo; or why not, in words. */
export async function recordVerdict(request: VerdictRequest): Promise<FeedbackOutcome> {
  const input = feedbackInput(request);
  if (!input) return { ok: false, error: 'Say in a few words what the objection was, and what it was about.' };
  try {
    const { feedback } = await recordFeedback(input, request.profile, { contentId: request.contentId, ...(await actor()) });
    return { ok: true, feedbackId: feedback.id };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function undoVerdict(feedbackId: string): Promise<Outcome> {
  try {
    return await undoFeedback(feedbackId);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Items copied or inserted for this prospect before this visit began, with no verdict since (and still in the library). */
export async function pendingVerdicts(profile: ProfileSnapshot, before: Date): Promise<PendingVerdict[]> {
  const now = new Date();
  const since = new Date(now.getTime() - VERDICT_WINDOW_DAYS * 86_400_000).toISOString();
  const [activities, feedback] = await Promise.all([listActivities({ since }), listFeedback({ since })]);
  const awaiting = awaitingVerdicts(activities, feedback, { now, before, profileSlug: profile.slug });
  // Only the few items asked about are read, not the whole library.
  const items = await Promise.all(awaiting.map((use) => getContent(use.contentId)));
  return awaiting.flatMap((use, i) => (items[i] ? [{ ...use, title: items[i].title }] : []));
}
