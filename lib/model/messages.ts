/**
 * What each command of the message protocol carries, checked where it arrives (the background;
 * the content script checks its two by hand, lib/linkedin/content-commands.ts). The table that
 * says who may send which, and what comes back, is lib/protocol/commands.ts.
 */
import { z } from 'zod';
import { ACTIVITY_ACTIONS, FEEDBACK_VERDICTS } from './activity';
import { isoDateTime } from './dates';
import { NoProspect, ProfileSnapshot } from './profile';
import { PageTheme } from './tab-page';
import { InviteRequest, Role } from './team';
import { HOST_PROBLEMS, MAX_INSERT_LENGTH, MAX_PANEL_HEIGHT, OBJECTION_TAGS } from './vocabulary';

const id = z.string().min(1).max(128);
const packUrl = z.string().max(2048);

export const NoArguments = z.object({});

/**
 * content script → background: the page now shows this profile (null: no profile page, or, with
 * `noProspect`, a profile address that shows nobody to look up).
 */
export const PageSnapshotRequest = z.object({
  snapshot: ProfileSnapshot.nullable(),
  theme: PageTheme.default('light'),
  noProspect: NoProspect.optional(),
});

/** content script → background: the page restyled, moved or covered the panel's host (tell the panel). */
export const HostChangedRequest = z.object({ problem: z.enum(HOST_PROBLEMS) });

/** Text for LinkedIn's open message box (never sent). */
export const InsertRequest = z.object({ text: z.string().min(1).max(MAX_INSERT_LENGTH) });

/** side panel → background: the same, into the message box of the LinkedIn tab the side panel shows. */
export const SidePanelInsertRequest = InsertRequest.extend({ tabId: z.number().int().min(0) });

export const LibrarySearchRequest = z.object({ query: z.string().max(200) });

export const MarkSeenRequest = z.object({ ids: z.array(id).max(1000) });

/** A rep's action on the prospect the panel shows; feedback has its own command. */
export const RecordActivityRequest = z.object({
  action: z.enum(ACTIVITY_ACTIONS).exclude(['feedback', 'intro-answer']),
  profile: ProfileSnapshot,
  contentId: id.optional(),
  relationshipId: id.optional(),
});

/** panel → background: ask for an intro through a teammate's flag, with the rep's reason. */
export const AskIntroRequest = z.object({
  profile: ProfileSnapshot,
  relationshipId: id,
  reason: z.string().max(1000),
});

export const RecordFeedbackRequest = z.object({
  profile: ProfileSnapshot,
  contentId: id,
  verdict: z.enum(FEEDBACK_VERDICTS),
  /** With an objection: what they said, and what about. */
  text: z.string().max(280).optional(),
  tag: z.enum(OBJECTION_TAGS).optional(),
});

/** "Did it land?" asked on a later visit: the uses of items for this prospect before `before`. */
export const PendingVerdictsRequest = z.object({ profile: ProfileSnapshot, before: isoDateTime });

/** Undo of a verdict the panel just gave. */
export const UndoFeedbackRequest = z.object({ feedbackId: id });

/** panel → background → content script: the height the panel's content needs, a number and nothing else. */
export const PanelHeightRequest = z.object({ height: z.number().int().min(0).max(MAX_PANEL_HEIGHT) });

export const SubscriptionRequest = z.object({ url: packUrl });

/** Unsubscribe; with `removeRecords`, the records the pack brought go too (those edited here stay). */
export const UnsubscribeRequest = z.object({ url: packUrl, removeRecords: z.boolean().default(false) });

/** extension page → background: these stores were just written here (store names, nothing more). */
export const StoresChangedRequest = z.object({ stores: z.array(z.string().max(40)).max(20) });

// ---- Warmline Team (extension pages → background, which alone holds the token) ----------------

/** Join a team server with an invite or device code. */
export const TeamJoinRequest = z.object({
  server: z.string().max(2048),
  code: z.string().max(200),
  device: z.string().trim().max(100).optional(),
});

/** The team's figures for a marketer's Insights tab (GET /v1/insights). */
export const TeamInsightsRequest = z.object({ team: z.uuid().optional(), weeks: z.number().int().min(1).max(104).optional() });

const userId = z.uuid();

/** What an admin asks of the server (the admin tab): one request per operation. */
export const TeamAdminRequest = z.object({
  op: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('users') }),
    z.object({ kind: z.literal('teams') }),
    z.object({ kind: z.literal('invite'), invite: InviteRequest }),
    z.object({
      kind: z.literal('change'),
      userId,
      role: Role.optional(),
      teams: z.array(z.uuid()).min(1).max(100).optional(),
    }),
    z.object({ kind: z.literal('revoke'), userId }),
    z.object({ kind: z.literal('remove'), userId, sharedFlags: z.enum(['delete', 'transfer']), transferTo: userId.optional() }),
    z.object({ kind: z.literal('audit'), before: z.number().int().min(1).optional() }),
  ]),
});
