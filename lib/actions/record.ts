/** Every rep action writes its own Activity: nobody fills a form to record it. */
import { storeActivity } from '../sync/local-writes';
import type { Activity } from '../model/activity';
import type { ProfileSnapshot } from '../model/profile';

type ActionDetails = { contentId?: string; relationshipId?: string; actor?: string; feedbackId?: string };

export function newId(): string {
  return crypto.randomUUID();
}

/** The activity record for an action, not yet written. */
export function activityFor(action: Activity['action'], profile: ProfileSnapshot, details: ActionDetails, now = new Date()): Activity {
  return {
    id: newId(),
    at: now.toISOString(),
    action,
    profileSlug: profile.slug,
    profileKind: profile.kind,
    ...(profile.fullName ? { profileName: profile.fullName } : {}),
    ...(details.contentId ? { contentId: details.contentId } : {}),
    ...(details.relationshipId ? { relationshipId: details.relationshipId } : {}),
    ...(details.actor ? { actor: details.actor } : {}),
    ...(details.feedbackId ? { feedbackId: details.feedbackId } : {}),
  };
}

export async function recordActivity(
  action: Activity['action'],
  profile: ProfileSnapshot,
  details: ActionDetails,
  now = new Date(),
): Promise<Activity> {
  const activity = activityFor(action, profile, details, now);
  await storeActivity(activity);
  return activity;
}
