/**
 * "Did it land?" is asked when it can be known: not right after a Copy (nothing was sent yet),
 * but on the rep's next visit to that prospect, or from the list of uses waiting for a verdict.
 * A use waits while no verdict on the same item for the same prospect came after it.
 */
import type { Activity, Feedback } from '../model/activity';

/** Uses of an item sent to one prospect: a public share is not about them, so it is never asked. */
const SENT_ACTIONS = new Set<Activity['action']>(['copy', 'insert']);

/** How far back a use is still worth asking about. */
export const VERDICT_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

export type AwaitingVerdict = {
  contentId: string;
  profileSlug: string;
  profileKind: Activity['profileKind'];
  profileName?: string;
  /** The last time the item was copied or inserted for this prospect. */
  at: string;
  action: Activity['action'];
};

type Options = {
  now: Date;
  /** Only uses before this moment (the start of the visit: what the rep did on it is not asked yet). */
  before?: Date;
  /** Only this prospect. */
  profileSlug?: string;
};

function keyOf(contentId: string, profileSlug: string | undefined): string {
  return `${contentId}\u0000${profileSlug ?? ''}`;
}

/** The latest use per item and prospect that no verdict followed, newest first. */
export function awaitingVerdicts(activities: readonly Activity[], feedback: readonly Feedback[], options: Options): AwaitingVerdict[] {
  const since = options.now.getTime() - VERDICT_WINDOW_DAYS * DAY_MS;
  const before = options.before?.getTime() ?? Number.POSITIVE_INFINITY;
  const lastVerdict = new Map<string, number>();
  for (const verdict of feedback) {
    const key = keyOf(verdict.contentId, verdict.profileSlug);
    lastVerdict.set(key, Math.max(lastVerdict.get(key) ?? 0, Date.parse(verdict.at)));
  }
  const latest = new Map<string, AwaitingVerdict>();
  for (const activity of activities) {
    if (!SENT_ACTIONS.has(activity.action) || !activity.contentId) continue;
    if (options.profileSlug !== undefined && activity.profileSlug !== options.profileSlug) continue;
    const at = Date.parse(activity.at);
    if (!(at >= since && at < before)) continue;
    const key = keyOf(activity.contentId, activity.profileSlug);
    if ((lastVerdict.get(key) ?? -1) >= at) continue;
    const seen = latest.get(key);
    if (seen && Date.parse(seen.at) >= at) continue;
    latest.set(key, {
      contentId: activity.contentId,
      profileSlug: activity.profileSlug,
      profileKind: activity.profileKind,
      ...(activity.profileName ? { profileName: activity.profileName } : {}),
      at: activity.at,
      action: activity.action,
    });
  }
  return [...latest.values()].sort((a, b) => b.at.localeCompare(a.at));
}
