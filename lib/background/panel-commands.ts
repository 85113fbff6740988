/**
 * What the panel asks of the store, carried out here: the panel's frame sits inside LinkedIn's
 * page, where the browser may deny it storage, so it reads and writes only through these.
 */
import { recordFeedback, undoFeedback, type FeedbackInput } from '../actions/feedback';
import { recordActivity } from '../actions/record';
import { getSettings, listActivities, listApprovedContent, listContent, listFeedback } from '../db';
import { awaitingVerdicts, VERDICT_WINDOW_DAYS } from '../insights/verdicts';
import { markSeen, seenIds, unseenApproved } from '../library/sell-in';
import { searchLibrary } from '../match/search';
import type { Ack, FeedbackOutcome, Outcome, PendingVerdict, UnseenItem } from '../protocol/replies';
import type { Handlers } from '../protocol/router';
import { forPanel } from './view-bounds';
import type { CheckedRequestOf } from '../protocol/types';

/** How many search results the panel lists. */
const SEARCH_LIMIT = 10;

/** Who did it: the name in the settings, as every action is signed. */
async function actor(): Promise<{ actor?: string }> {
  const { name } = await getSettings();
  return name ? { actor: name } : {};
}

function feedbackInput({ verdict, text, tag }: CheckedRequestOf<'feedback:record'>): FeedbackInput | undefined {
  if (verdict !== 'objection') return { verdict };
  return text !== undefined && tag !== undefined ? { verdict, text, tag } : undefined;
}

export const panelCommands = {
  async 'library:search'({ query }) {
    // Without the store's bookkeeping (which pack, from which URL): the panel shows none of it.
    return searchLibrary(await listApprovedContent(), query, new Date(), SEARCH_LIMIT).map(forPanel);
  },

  async 'library:unseen'() {
    const { name } = await getSettings();
    const unseen = unseenApproved(await listApprovedContent(), await seenIds(), new Date(), name);
    return unseen.map(({ id, title, kind, salesNote }): UnseenItem => ({ id, title, kind, ...(salesNote ? { salesNote } : {}) }));
  },

  async 'library:mark-seen'({ ids }) {
    await markSeen(ids);
    return { ok: true } satisfies Ack;
  },

  async 'activity:record'({ action, profile, contentId, relationshipId }) {
    await recordActivity(action, profile, {
      ...(contentId ? { contentId } : {}),
      ...(relationshipId ? { relationshipId } : {}),
      ...(await actor()),
    });
    return { ok: true } satisfies Ack;
  },

  async 'feedback:record'(request): Promise<FeedbackOutcome> {
    const input = feedbackInput(request);
    if (!input) return { ok: false, error: 'Say in a few words what the objection was, and what it was about.' };
    try {
      const { feedback } = await recordFeedback(input, request.profile, { contentId: request.contentId, ...(await actor()) });
      return { ok: true, feedbackId: feedback.id };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },

  async 'feedback:undo'({ feedbackId }): Promise<Outcome> {
    try {
      return await undoFeedback(feedbackId);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },

  async 'feedback:pending'({ profile, before }): Promise<PendingVerdict[]> {
    const now = new Date();
    const since = new Date(now.getTime() - VERDICT_WINDOW_DAYS * 86_400_000).toISOString();
    const [activities, feedback, content] = await Promise.all([listActivities({ since }), listFeedback({ since }), listContent()]);
    const titles = new Map(content.map((item) => [item.id, item.title]));
    return awaitingVerdicts(activities, feedback, { now, before: new Date(before), profileSlug: profile.slug })
      .filter((use) => titles.has(use.contentId))
      .map((use) => ({ ...use, title: titles.get(use.contentId)! }));
  },
} satisfies Pick<
  Handlers,
  'library:search' | 'library:unseen' | 'library:mark-seen' | 'activity:record' | 'feedback:record' | 'feedback:undo' | 'feedback:pending'
>;
