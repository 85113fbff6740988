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

export { errorMessage as messageOf } from '../../../components/error-message';
export { KIND_LABEL } from '../../../components/labels';

export const SENIORITY_LABEL: Record<string, string> = {
  entry: 'Entry level',
  senior: 'Senior',
  manager: 'Manager',
  director: 'Director',
  vp: 'VP',
  cxo: 'C-level',
  owner: 'Owner / founder',
};
