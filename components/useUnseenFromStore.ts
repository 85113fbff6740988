import { listApprovedContent, type StoreName } from '../lib/db';
import { markSeen, seenIds, unseenApproved } from '../lib/library/sell-in';
import type { NewForYouProps } from './NewForYou';
import { useAsync, useStoreVersion } from './hooks';

const STORES: StoreName[] = ['content', 'meta'];

/** "New for you" for the views that use the store themselves (the popup, the options page). */
export function useUnseenFromStore(): Pick<NewForYouProps, 'unseen' | 'onGotIt'> {
  const version = useStoreVersion(STORES);
  const { value: unseen } = useAsync(async () => unseenApproved(await listApprovedContent(), await seenIds(), new Date()), [version]);
  return { unseen, onGotIt: markSeen };
}
