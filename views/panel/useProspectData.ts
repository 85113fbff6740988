import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GuardrailMap } from '../../lib/actions/guardrails';
import type { StoreName } from '../../lib/db/schema';
import { suggestContent, type Suggestion } from '../../lib/match/suggest';
import type { IntroHint } from '../../lib/match/warm-intros';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { StoredContent } from '../../lib/model/stored';
import type { ProspectView } from '../../lib/panel-data';
import { useAsync, useStoredValue, useStoreVersion } from '../../components/hooks';
import { panelStore } from './store';

const CONTENT_STORES: StoreName[] = ['content'];
const RELATIONSHIP_STORES: StoreName[] = ['relationships'];
const META_STORES: StoreName[] = ['meta'];
const NO_GUARDRAILS: GuardrailMap = {};

const loadApprovedContent = () => panelStore().then((store) => store.listApprovedContent());
const loadWarmIntros = (profile: ProfileSnapshot) => panelStore().then((store) => store.loadWarmIntros(profile));
const loadGuardrails = () => panelStore().then((store) => store.loadGuardrails());

export type ProspectData = { intros: IntroHint[]; suggestions: Suggestion<StoredContent>[] };

/** True once the first paint is done and the browser is idle: the moment for secondary reads. */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setReady(true), { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }, []);
  return ready;
}

/**
 * Intros and suggestions for the profile. `first` (prepared by the background for this very
 * profile) is shown at once; the panel reads the store itself only when something changed after
 * that view was prepared, when no view came, or (after the first paint) for library search.
 */
export function useProspectData(profile: ProfileSnapshot, first: ProspectView | undefined) {
  const contentVersion = useStoreVersion(CONTENT_STORES);
  const relationshipVersion = useStoreVersion(RELATIONSHIP_STORES);
  const idle = useAfterFirstPaint();
  // The versions when this view arrived: a change after that means it is out of date.
  const arrival = useMemo(() => ({ contentVersion, relationshipVersion }), [first]);
  const needsOwnRead = !first || contentVersion > arrival.contentVersion || relationshipVersion > arrival.relationshipVersion;

  const approvedState = useAsync(
    () => (needsOwnRead || idle ? loadApprovedContent() : Promise.resolve(undefined)),
    [contentVersion, needsOwnRead || idle],
  );
  const introState = useAsync(
    async () => (needsOwnRead ? { profile, intros: await loadWarmIntros(profile) } : undefined),
    [profile, relationshipVersion, needsOwnRead],
  );
  const [guardrails] = useStoredValue(loadGuardrails, META_STORES, NO_GUARDRAILS, first?.guardrails);

  const own = useMemo((): ProspectData | undefined => {
    const approved = approvedState.value;
    // Never show the previous prospect's intros under this one's name.
    const intros = introState.value?.profile === profile ? introState.value.intros : undefined;
    if (!needsOwnRead || !approved || !intros) return undefined;
    return { intros, suggestions: suggestContent(profile, approved, new Date()) };
  }, [approvedState.value, introState.value, profile, needsOwnRead]);

  // While a fresh read is under way, the prepared view (same profile) stays on screen.
  const prepared = useMemo(() => (first ? { intros: first.intros, suggestions: first.suggestions } : undefined), [first]);
  const data: ProspectData | undefined = own ?? prepared;
  return {
    data,
    approved: approvedState.value,
    guardrails,
    idle,
    error: approvedState.error ?? introState.error,
  };
}
