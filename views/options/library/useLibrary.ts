import { listContent, type StoreName } from '../../../lib/db';
import type { StoredContent } from '../../../lib/model';
import { useAsync, useStoreVersion } from '../../../components/hooks';

const CONTENT_STORES: StoreName[] = ['content'];

/** Every library item, reloaded whenever content changes in any Warmline view. */
export function useLibraryItems(): { items?: StoredContent[]; error?: unknown } {
  const version = useStoreVersion(CONTENT_STORES);
  const { value, error } = useAsync(listContent, [version]);
  return { items: value, error };
}
