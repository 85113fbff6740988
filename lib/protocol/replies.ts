/** What comes back for each command (lib/protocol/commands.ts says which). Types only. */
import type { Suggestion } from '../match/suggest';
import type { AwaitingVerdict } from '../insights/verdicts';
import type { IntroHint } from '../match/warm-intros';
import type { AdminTeam, AdminUser, AuditEntry, ContentItem, GuardrailMap, ProfileSnapshot, Role, Settings, TabPage } from '../model';
import type { ImportReport } from '../pack/import';
import type { IntroStatus } from '../intros/requests';

export type { AskOutcome, IntroStatus } from '../intros/requests';

export type { PageTheme, TabPage } from '../model';

/** Done. */
export type Ack = { ok: true };

/** Done, or why not, in words for the user. */
export type Outcome = { ok: true } | { ok: false; error: string };

/** A verdict kept (its id, for Undo), or why not. */
export type FeedbackOutcome = { ok: true; feedbackId: string } | { ok: false; error: string };

/** An item used for this prospect on an earlier visit, waiting for "Did it land?". */
export type PendingVerdict = AwaitingVerdict & { title: string };

/** The router's answer to a message it will not carry out; never a command's own reply. */
export type Refusal = { refused: string };

/**
 * `no-message-box`: no box the rep was just using can be seen; `panel-obscured`: the page restyled,
 * moved or covered the panel (lib/linkedin/host-guard.ts), so nothing was inserted.
 */
export type InsertOutcome = { ok: true } | { ok: false; reason: 'no-message-box' | 'panel-obscured' | 'no-tab' | 'page-gone' };

/**
 * Everything the panel shows for one prospect, small enough to pass in a message: the background
 * prepares it when the content script reports the profile, while the panel's frame is starting.
 * Records carry only what the panel shows, within lib/prospect/view-bounds.ts's limits.
 */
export type ProspectView = {
  snapshot: ProfileSnapshot;
  intros: PanelIntro[];
  /** Intros left out by the limits (weaker matches); the badge counts them too. */
  moreIntros: number;
  suggestions: Suggestion[];
  settings: Settings;
  guardrails: GuardrailMap;
  /**
   * How much there is to match at all: an empty panel says what is missing, not that the prospect
   * fits nothing. Whether any relationship is stored, not how many (counting them walks the store).
   */
  library: { approved: number; anyRelationships: boolean };
  /** In a team: its name(s), so the panel says plainly that it shows the team's flags and library. */
  team?: { names: string[] };
};

/** Whose flag a team intro is: its owner, and the teams it is shared with (by name), or only its owner. */
export type IntroSource = { owner: string; mine: boolean; sharedWith: string[] };

/**
 * An intro as the panel gets it: with, for a team flag, whose it is; `viaTeam` when the rep asks
 * through the team server (a teammate's flag, offered for intros), and the rep's latest request
 * through it.
 */
export type PanelIntro = IntroHint & { from?: IntroSource; viaTeam?: true; request?: IntroStatus };

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
  /** Unsubscribing with its records: how many were removed. */
  removed?: number;
};

/** Joining a team: who the user is there, or what is wrong and with which field. */
export type TeamJoinReply =
  | { ok: true; name: string; role: Role; teams: string[] }
  | { ok: false; field: 'url' | 'code' | 'form'; message: string };

/** A sync on request ("Sync now", the popup opening): how it went. */
export type TeamSyncReply = { ok: true; sent: number; pages: number } | { ok: false; reason: 'not-joined' | 'signed-out' | 'failed'; message?: string };

/** A request the background made of the team server for a page, or why it failed, in words. */
export type TeamReply<T> = ({ ok: true } & T) | { ok: false; error: string };

export type TeamAdminReply = TeamReply<
  | { kind: 'users'; users: AdminUser[] }
  | { kind: 'teams'; teams: AdminTeam[] }
  | { kind: 'invite'; code: string; expiresAt: string }
  | { kind: 'change'; user: { id: string; name: string; role: Role; teams: string[] } }
  | { kind: 'revoke'; revoked: number }
  | { kind: 'remove'; deleted: number; transferred: number }
  | { kind: 'audit'; entries: AuditEntry[] }
>;
