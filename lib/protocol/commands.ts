/**
 * The one message protocol between Warmline's contexts (docs/ARCHITECTURE.md, "The message
 * protocol"): every command, who receives it, who may send it, what it carries (a zod schema from
 * lib/model/messages.ts, checked where it arrives) and what comes back.
 *
 * This module holds the schemas, so only the background loads it at run time. The content script
 * and the panel, which must stay small and free of zod, import its types only (./types.ts).
 */
import type { ContentItem, ProfileSnapshot } from '../model';
import {
  AskIntroRequest,
  HostChangedRequest,
  InsertRequest,
  LibrarySearchRequest,
  MarkSeenRequest,
  NoArguments,
  PageSnapshotRequest,
  PanelHeightRequest,
  PendingVerdictsRequest,
  RecordActivityRequest,
  RecordFeedbackRequest,
  SidePanelInsertRequest,
  StoresChangedRequest,
  SubscriptionRequest,
  TeamAdminRequest,
  TeamInsightsRequest,
  TeamJoinRequest,
  UnsubscribeRequest,
  UndoFeedbackRequest,
} from '../model/messages';
import type { TeamInsights } from '../model';
import type {
  Ack,
  AskOutcome,
  FeedbackOutcome,
  InsertOutcome,
  Outcome,
  PanelHello,
  PendingVerdict,
  SubscriptionReply,
  TeamAdminReply,
  TeamJoinReply,
  TeamReply,
  TeamSyncReply,
  UnseenItem,
} from './replies';
import type { SenderKind } from './senders';

/** Passes a reply through unchanged: it carries the reply's type in the table. */
const replies =
  <Reply>() =>
  (reply: Reply): Reply =>
    reply;

const from = <const Kinds extends readonly SenderKind[]>(...kinds: Kinds) => kinds;

export const COMMANDS = {
  // content script → background
  /** The page now shows this profile (or none); the background prepares the panel's view. */
  'page:snapshot': { to: 'background', from: from('content-script'), request: PageSnapshotRequest, reply: replies<Ack>() },
  /** The page restyled, moved or covered the panel's host: the panel holds its actions (a notice). */
  'page:host-changed': { to: 'background', from: from('content-script'), request: HostChangedRequest, reply: replies<Ack>() },

  // panel → background: everything the panel reads or writes (it never opens the store itself)
  /** Which tab am I in, what does it show, and the prepared view for it. */
  'panel:hello': { to: 'background', from: from('panel'), request: NoArguments, reply: replies<PanelHello>() },
  /** Fill LinkedIn's open message box in the panel's tab (never send). */
  'panel:insert': { to: 'background', from: from('panel'), request: InsertRequest, reply: replies<InsertOutcome>() },
  /** Approved, in-date items matching the rep's words. */
  'library:search': { to: 'background', from: from('panel'), request: LibrarySearchRequest, reply: replies<ContentItem[]>() },
  /** Newly approved items the rep has not acknowledged. */
  'library:unseen': { to: 'background', from: from('panel'), request: NoArguments, reply: replies<UnseenItem[]>() },
  /** The rep acknowledged these items. */
  'library:mark-seen': { to: 'background', from: from('panel'), request: MarkSeenRequest, reply: replies<Ack>() },
  /** Copy, insert, share or intro request: recorded as the rep does it. */
  'activity:record': { to: 'background', from: from('panel'), request: RecordActivityRequest, reply: replies<Ack>() },
  /** Ask for an intro through a teammate's flag (in a team): the request and its activity, sent with the next push. */
  'intro:ask': { to: 'background', from: from('panel'), request: AskIntroRequest, reply: replies<AskOutcome>() },
  /** "Did it land?": a verdict or an objection. */
  'feedback:record': { to: 'background', from: from('panel'), request: RecordFeedbackRequest, reply: replies<FeedbackOutcome>() },
  /** Undo of a verdict just given. */
  'feedback:undo': { to: 'background', from: from('panel'), request: UndoFeedbackRequest, reply: replies<Outcome>() },
  /** Items used for this prospect before this visit, with no verdict yet: asked now, when it can be known. */
  'feedback:pending': { to: 'background', from: from('panel'), request: PendingVerdictsRequest, reply: replies<PendingVerdict[]>() },
  /** The height the panel's content needs: the background passes the number to the tab's content script, which sizes the frame. */
  'panel:height': { to: 'background', from: from('panel'), request: PanelHeightRequest, reply: replies<Ack>() },

  // side panel → background: it reads and writes the store itself (lib/prospect/), so it asks only this
  /** Fill LinkedIn's message box in the tab the side panel shows, once the background has seen it is a LinkedIn tab (never send). */
  'side-panel:insert': { to: 'background', from: from('side-panel'), request: SidePanelInsertRequest, reply: replies<InsertOutcome>() },

  // extension pages (popup, options, side panel) → background
  /** This page wrote to these stores: forget what they made stale and tell the panels. */
  'stores:changed': { to: 'background', from: from('extension-page', 'side-panel'), request: StoresChangedRequest, reply: replies<Ack>() },
  /** Subscribe to a team pack by URL (the page asked for the host permission first). */
  'subscription:set': { to: 'background', from: from('extension-page'), request: SubscriptionRequest, reply: replies<SubscriptionReply>() },
  'subscription:refresh': { to: 'background', from: from('extension-page'), request: SubscriptionRequest, reply: replies<SubscriptionReply>() },
  'subscription:delete': { to: 'background', from: from('extension-page'), request: UnsubscribeRequest, reply: replies<SubscriptionReply>() },
  // Warmline Team: the background alone holds the token and talks to the server.
  /** Join a team server with an invite or device code. */
  'team:join': { to: 'background', from: from('extension-page'), request: TeamJoinRequest, reply: replies<TeamJoinReply>() },
  /** Push and pull now (the popup opening, "Sync now"). */
  'team:sync': { to: 'background', from: from('extension-page'), request: NoArguments, reply: replies<TeamSyncReply>() },
  /** The side panel shows a prospect: what the team changed meanwhile comes now, unless a sync just ran. */
  'team:catch-up': { to: 'background', from: from('side-panel'), request: NoArguments, reply: replies<Ack>() },
  /** Leave the team: this browser's token is revoked; the team's data goes, the user's own flags stay. */
  'team:leave': { to: 'background', from: from('extension-page'), request: NoArguments, reply: replies<{ ok: true; message: string }>() },
  /** A device code to add another browser for the same user. */
  'team:device-code': { to: 'background', from: from('extension-page'), request: NoArguments, reply: replies<TeamReply<{ code: string; expiresAt: string }>>() },
  /** The team's figures (marketers and admins). */
  'team:insights': { to: 'background', from: from('extension-page'), request: TeamInsightsRequest, reply: replies<TeamReply<{ insights: TeamInsights }>>() },
  /** People, teams, invites and the audit log (admins). */
  'team:admin': { to: 'background', from: from('extension-page'), request: TeamAdminRequest, reply: replies<TeamAdminReply>() },

  // → content script (checked there by hand, without zod; lib/linkedin/content-commands.ts)
  /** What the top card shows now (the popup's prefill). */
  'content:get-snapshot': { to: 'content-script', from: from('extension-page'), request: NoArguments, reply: replies<ProfileSnapshot | null>() },
  /** Put this text in the open message box. */
  'content:insert': { to: 'content-script', from: from('background'), request: InsertRequest, reply: replies<InsertOutcome>() },
  /** Size the panel's frame to this height (capped at the window's). */
  'content:frame-height': { to: 'content-script', from: from('background'), request: PanelHeightRequest, reply: replies<Ack>() },
} as const;
