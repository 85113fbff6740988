import { listApprovedContent, type StoreName } from '../lib/db';
import { markSeen, seenIds, unseenApproved } from '../lib/library/sell-in';
import type { NewForYouProps } from './NewForYou';
import { useAsync, useStoreVersion } from './hooks';

const STORES: StoreName[] = ['content', 'meta'];

/**
 * "New for you" for the views that use the store themselves (the popup, the options page). `me`,
 * the user's name: what they approved or own is not news to them.
 */
export function useUnseenFromStore(me: string): Pick<NewForYouProps, 'unseen' | 'onGotIt'> {
  const version = useStoreVersion(STORES);
  const { value: unseen } = useAsync(async () => unseenApproved(await listApprovedContent(), await seenIds(), new Date(), me), [version, me]);
  return { unseen, onGotIt: markSeen };
}
