/** A rep's verdict on an item they used, in two clicks: a Feedback record and its Activity. */
import { addFeedback } from '../db';
import type { Activity, Feedback } from '../model/activity';
import type { ProfileSnapshot } from '../model/profile';
import type { ObjectionTag } from '../model/vocabulary';
import { newId, recordActivity } from './record';

export type FeedbackInput =
  | { verdict: 'worked' | 'didnt-land' }
  | { verdict: 'objection'; text: string; tag: ObjectionTag };

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
  await addFeedback(feedback);
  const activity = await recordActivity('feedback', profile, { ...details, feedbackId: feedback.id }, now);
  return { feedback, activity };
}
