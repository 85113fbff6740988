/**
 * What the panel asks of the store, carried out here: the panel's frame sits inside LinkedIn's
 * page, where the browser may deny it storage, so it reads and writes only through these.
 */
import { recordFeedback, type FeedbackInput } from '../actions/feedback';
import { recordActivity } from '../actions/record';
import { getSettings, listApprovedContent } from '../db';
import { markSeen, seenIds, unseenApproved } from '../library/sell-in';
import { searchLibrary } from '../match/search';
import type { Ack, Outcome, UnseenItem } from '../protocol/replies';
import type { Handlers } from '../protocol/router';
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
    return searchLibrary(await listApprovedContent(), query, new Date(), SEARCH_LIMIT);
  },

  async 'library:unseen'() {
    const unseen = unseenApproved(await listApprovedContent(), await seenIds(), new Date());
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

  async 'feedback:record'(request): Promise<Outcome> {
    const input = feedbackInput(request);
    if (!input) return { ok: false, error: 'Say in a few words what the objection was, and what it was about.' };
    try {
      await recordFeedback(input, request.profile, { contentId: request.contentId, ...(await actor()) });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
} satisfies Pick<Handlers, 'library:search' | 'library:unseen' | 'library:mark-seen' | 'activity:record' | 'feedback:record'>;
