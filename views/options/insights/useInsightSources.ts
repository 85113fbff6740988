import { listActivities, listContent, listFeedback, listRelationships, type StoreName } from '../../../lib/db';
import { useAsync, useStoreVersion } from '../../../components/hooks';

const STORES: StoreName[] = ['activities', 'feedback', 'content', 'relationships'];

/** Everything insights and the activity export read, reloaded when any of it changes. */
export function useInsightSources() {
  const version = useStoreVersion(STORES);
  return useAsync(loadInsightSources, [version]);
}

export async function loadInsightSources() {
  const [activities, feedback, content, relationships] = await Promise.all([
    listActivities(),
    listFeedback(),
    listContent(),
    listRelationships(),
  ]);
  return { activities, feedback, content, relationships };
}
