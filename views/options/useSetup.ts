import { countRelationships, listApprovedContent, listSubscriptions, type StoreName } from '../../lib/db';
import { useAsync, useStoreVersion } from '../../components/hooks';

const STORES: StoreName[] = ['content', 'relationships', 'subscriptions'];

export type Setup = { approved: number; relationships: number; subscriptions: number };

/** How much Warmline has to work with: what the first run checks off, and what decides where the options page opens. */
export function useSetup(): Setup | undefined {
  const version = useStoreVersion(STORES);
  const { value } = useAsync(async () => {
    const [approved, relationships, subscriptions] = await Promise.all([listApprovedContent(), countRelationships(), listSubscriptions()]);
    return { approved: approved.length, relationships, subscriptions: subscriptions.length };
  }, [version]);
  return value;
}

export function hasLibrary(setup: Setup): boolean {
  return setup.approved + setup.relationships + setup.subscriptions > 0;
}
