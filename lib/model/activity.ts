import { z } from 'zod';
import { BOUNDS } from './bounds';
import { isoDateTime } from './dates';

export const ACTIVITY_ACTIONS = ['copy', 'insert', 'share', 'intro-request', 'intro-answer', 'feedback'] as const;

/** What a rep did, with which item or intro, for which prospect. Written by the action itself. */
const id = z.string().min(1).max(BOUNDS.id);
const slug = z.string().max(BOUNDS.slug);
/** As the profile's top card may show it (ProfileSnapshot). */
const profileName = z.string().max(300);
const actor = z.string().max(BOUNDS.name);

export const Activity = z.object({
  id,
  at: isoDateTime,
  action: z.enum(ACTIVITY_ACTIONS),
  contentId: id.optional(),
  relationshipId: id.optional(),
  profileSlug: slug,
  profileKind: z.enum(['person', 'company']),
  profileName: profileName.optional(),
  actor: actor.optional(),
  /** For a 'feedback' activity: the Feedback record it stands for, so exports can describe it. */
  feedbackId: id.optional(),
  /** For intro activities: the request (the team's), and for an answer, which one. */
  introId: id.optional(),
  introAnswer: z.enum(['asked-first', 'introduced', 'declined']).optional(),
});
export type Activity = z.infer<typeof Activity>;

export const FEEDBACK_VERDICTS = ['worked', 'didnt-land', 'objection'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

export const Feedback = z.object({
  id,
  at: isoDateTime,
  contentId: id,
  profileSlug: slug.optional(),
  verdict: z.enum(FEEDBACK_VERDICTS),
  objection: z.object({ text: z.string().min(1).max(280), tag: z.string().max(40) }).optional(),
  actor: actor.optional(),
});
export type Feedback = z.infer<typeof Feedback>;
