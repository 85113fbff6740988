/**
 * What the panel's cards need from the page that shows them: one set of components, two hosts.
 * The in-page panel (views/panel/) asks the background for everything and guards its buttons
 * against clickjacking; the side panel (views/sidepanel/), a top-level extension page the web page
 * cannot reach, reads and writes the store itself and needs no guard.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ContentItem } from '../../lib/model/content';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { AskOutcome, FeedbackOutcome, InsertOutcome, Outcome, PendingVerdict, UnseenItem } from '../../lib/protocol/replies';
import type { ButtonGuard } from '../button-guard';
import type { VerdictInput } from '../VerdictBar';

export type RecordedAction = 'copy' | 'insert' | 'share' | 'intro-request';

export type PanelHost = {
  guard: ButtonGuard;
  /** Into the message box the rep was just using, in the tab the panel shows (never sent). */
  insert(text: string): Promise<InsertOutcome>;
  record(action: RecordedAction, profile: ProfileSnapshot, ids: { contentId?: string; relationshipId?: string }): Promise<void>;
  /** In a team: ask for an intro through a teammate's flag (the request and its activity). */
  askIntro(profile: ProfileSnapshot, relationshipId: string, reason: string): Promise<AskOutcome>;
  search(query: string): Promise<ContentItem[]>;
  unseen(): Promise<UnseenItem[]>;
  markSeen(ids: string[]): Promise<void>;
  recordVerdict(profile: ProfileSnapshot, contentId: string, input: VerdictInput): Promise<FeedbackOutcome>;
  undoVerdict(feedbackId: string): Promise<Outcome>;
  pendingVerdicts(profile: ProfileSnapshot, before: Date): Promise<PendingVerdict[]>;
  /** Calls `listener` when the library, relationships or settings changed (search and "New for you" ask again). */
  onLibraryChange(listener: () => void): () => void;
};

export const PanelHostContext = createContext<PanelHost | null>(null);

export function usePanelHost(): PanelHost {
  const host = useContext(PanelHostContext);
  if (!host) throw new Error('A panel component was rendered without its host (PanelHostContext).');
  return host;
}
