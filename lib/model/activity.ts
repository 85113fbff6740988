import { z } from 'zod';
import { isoDateTime } from './dates';

export const ACTIVITY_ACTIONS = ['copy', 'insert', 'share', 'intro-request', 'feedback'] as const;

/** What a rep did, with which item or intro, for which prospect. Written by the action itself. */
export const Activity = z.object({
  id: z.string().min(1),
  at: isoDateTime,
  action: z.enum(ACTIVITY_ACTIONS),
  contentId: z.string().optional(),
  relationshipId: z.string().optional(),
  profileSlug: z.string(),
  profileKind: z.enum(['person', 'company']),
  profileName: z.string().optional(),
  actor: z.string().optional(),
  /** For a 'feedback' activity: the Feedback record it stands for, so exports can describe it. */
  feedbackId: z.string().optional(),
});
export type Activity = z.infer<typeof Activity>;

export const FEEDBACK_VERDICTS = ['worked', 'didnt-land', 'objection'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

export const Feedback = z.object({
  id: z.string().min(1),
  at: isoDateTime,
  contentId: z.string(),
  profileSlug: z.string().optional(),
  verdict: z.enum(FEEDBACK_VERDICTS),
  objection: z.object({ text: z.string().min(1).max(280), tag: z.string().max(40) }).optional(),
  actor: z.string().optional(),
});
export type Feedback = z.infer<typeof Feedback>;
