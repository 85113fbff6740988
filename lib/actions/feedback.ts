/** A rep's verdict on an item they used: a Feedback record and its Activity, written together, and its undo. */
import { storeFeedback, takeBackFeedback } from '../sync/local-writes';
import type { Activity, Feedback } from '../model/activity';
import type { ProfileSnapshot } from '../model/profile';
import type { ObjectionTag } from '../model/vocabulary';
import { activityFor, newId } from './record';

export type FeedbackInput =
  | { verdict: 'worked' | 'didnt-land' }
  | { verdict: 'objection'; text: string; tag: ObjectionTag };

/** How long a verdict can be taken back with Undo. */
export const UNDO_VERDICT_MS = 10 * 60_000;

export async function recordFeedback(
  input: FeedbackInput,
  profile: ProfileSnapshot,
  details: { contentId: string; actor?: string },
  now = new Date(),
): Promise<{ feedback: Feedback; activity: Activity }> {
  const feedback: Feedback = {
    id: newId(),
    at: now.toISOString(),
    contentId: details.contentId,
    profileSlug: profile.slug,
    verdict: input.verdict,
    ...(input.verdict === 'objection' ? { objection: { text: input.text.trim().slice(0, 280), tag: input.tag } } : {}),
    ...(details.actor ? { actor: details.actor } : {}),
  };
  if (feedback.objection && !feedback.objection.text) throw new Error('Say in a few words what the objection was.');
  const activity = activityFor('feedback', profile, { ...details, feedbackId: feedback.id }, now);
  await storeFeedback(feedback, activity);
  return { feedback, activity };
}

/**
 * Undo of a verdict just given: removes it and its activity. Only a recent one (UNDO_VERDICT_MS),
 * so an undo cannot rewrite what was reported long ago.
 */
export async function undoFeedback(id: string, now = new Date()): Promise<{ ok: true } | { ok: false; error: string }> {
  const outcome = await takeBackFeedback(id, (found) => now.getTime() - Date.parse(found.at) <= UNDO_VERDICT_MS);
  if (outcome === 'removed') return { ok: true };
  return { ok: false, error: outcome === 'missing' ? 'That verdict was already taken back.' : 'That verdict is too old to undo.' };
}
