/** What comes back for each command (lib/protocol/commands.ts says which). Types only. */
import type { Suggestion } from '../match/suggest';
import type { IntroHint } from '../match/warm-intros';
import type { ContentItem, GuardrailMap, ProfileSnapshot, Settings, StoredContent, TabPage } from '../model';
import type { ImportReport } from '../pack/import';

export type { PageTheme, TabPage } from '../model';

/** Done. */
export type Ack = { ok: true };

/** Done, or why not, in words for the user. */
export type Outcome = { ok: true } | { ok: false; error: string };

/** The router's answer to a message it will not carry out; never a command's own reply. */
export type Refusal = { refused: string };

export type InsertOutcome = { ok: true } | { ok: false; reason: 'no-message-box' | 'no-tab' | 'page-gone' };

/**
 * Everything the panel shows for one prospect, small enough to pass in a message: the background
 * prepares it when the content script reports the profile, while the panel's frame is starting.
 */
export type ProspectView = {
  snapshot: ProfileSnapshot;
  intros: IntroHint[];
  suggestions: Suggestion<StoredContent>[];
  settings: Settings;
  guardrails: GuardrailMap;
};

/** The panel's first (and every later) question: its tab, what the tab shows, and the view for it. */
export type PanelHello = TabPage & {
  tabId: number | null;
  view?: ProspectView;
  /** The view could not be read: why, for the panel to say. */
  viewError?: string;
};

/** A newly approved item the rep has not acknowledged ("New for you"). */
export type UnseenItem = Pick<ContentItem, 'id' | 'title' | 'kind' | 'salesNote'>;

/** What the options page hears back from subscribe, refresh and unsubscribe. */
export type SubscriptionReply = {
  ok: boolean;
  outcome?: 'updated' | 'not-modified' | 'failed';
  error?: string;
  report?: ImportReport;
};
