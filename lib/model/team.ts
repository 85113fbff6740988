/**
 * Warmline Team's sync API: the request and response shapes the server and the extension share
 * (docs/TEAM-API.md explains them). Records inside are the pack's own schemas, unchanged.
 */
import { z } from 'zod';
import { Activity, Feedback } from './activity';
import { BOUNDS } from './bounds';
import { ContentItem } from './content';
import { isoDateTime } from './dates';
import { Relationship } from './relationship';

export const ROLES = ['rep', 'marketer', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Roles that edit, approve and retire their teams' library and read their insights. */
export const EDITOR_ROLES: readonly Role[] = ['marketer', 'admin'];

const id = z.string().min(1).max(BOUNDS.id);
const uuid = z.uuid();
const name = z.string().trim().min(1).max(BOUNDS.name);
/** What the server says in words (an error, a resync's reason). */
const said = z.string().max(BOUNDS.message);
/** Teams one user belongs to, or one flag is shared with: far more than any organisation has. */
const teamList = <T extends z.ZodType>(entry: T) => z.array(entry).max(1000);
/** Server-made tokens and codes (PokeClientMessage and JoinRequest take them at this length). */
const secret = z.string().max(200);

export const TeamRef = z.object({ id: uuid, name: z.string().max(BOUNDS.name) });
export type TeamRef = z.infer<typeof TeamRef>;
export const UserRef = z.object({ id: uuid, name: z.string().max(BOUNDS.name) });
export type UserRef = z.infer<typeof UserRef>;

/** Who the token belongs to: `GET /v1/me`, and the answer to a join. */
export const Me = z.object({
  user: z.object({ id: uuid, name: z.string().max(BOUNDS.name), email: z.string().max(BOUNDS.email).optional(), role: Role }),
  teams: teamList(TeamRef),
});
export type Me = z.infer<typeof Me>;

// ---- Joining -------------------------------------------------------------------------------

export const JoinRequest = z.object({
  code: z.string().trim().min(1).max(200),
  /** A label for this browser, shown in the list of signed-in devices. */
  device: z.string().trim().min(1).max(100).optional(),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinResponse = Me.extend({ token: secret });
export type JoinResponse = z.infer<typeof JoinResponse>;

export const InviteRequest = z.object({
  team: name,
  role: Role,
  name,
  email: z.email().max(200).optional(),
  /** How long the code stays valid; 7 days when absent. */
  expiresInHours: z.number().int().min(1).max(24 * 30).optional(),
});
export type InviteRequest = z.infer<typeof InviteRequest>;

export const CodeResponse = z.object({ code: secret, expiresAt: isoDateTime });
export type CodeResponse = z.infer<typeof CodeResponse>;

// ---- Pull ----------------------------------------------------------------------------------

export const PULL_LIMIT_DEFAULT = 1000;
export const PULL_LIMIT_MAX = 5000;

export const PullRequest = z.object({
  /** null (or absent) to start from nothing; otherwise the cursor of the last pull. */
  cursor: z.string().max(4096).nullable().default(null),
  limit: z.number().int().min(1).max(PULL_LIMIT_MAX).default(PULL_LIMIT_DEFAULT),
});
export type PullRequest = z.input<typeof PullRequest>;

export const SHARES = ['team', 'private'] as const;
export const Share = z.enum(SHARES);
export type Share = z.infer<typeof Share>;

export const RelationshipMeta = z.object({
  owner: UserRef,
  /** The caller made it: theirs to edit (admins may edit teammates' shared flags too). */
  mine: z.boolean(),
  share: Share,
  /** Teams it is shared with now (empty when private). */
  teams: teamList(uuid),
  /** Set when the owner narrowed it to some of their teams. */
  narrowed: z.boolean(),
  serverUpdatedAt: isoDateTime,
});
export type RelationshipMeta = z.infer<typeof RelationshipMeta>;

export const ContentMeta = z.object({
  /** The team whose library holds it; null for an item every team has. */
  team: uuid.nullable(),
  serverUpdatedAt: isoDateTime,
});
export type ContentMeta = z.infer<typeof ContentMeta>;

/**
 * Intro requests move one way: sent → asked-first → introduced | declined. `closed`: the flag
 * left the requester's view (made private or removed) before an answer; the server sets it.
 */
export const INTRO_STATES = ['sent', 'asked-first', 'introduced', 'declined', 'closed'] as const;
export const IntroState = z.enum(INTRO_STATES);
export type IntroState = z.infer<typeof IntroState>;
export const INTRO_STATE_RANK: Record<IntroState, number> = { sent: 0, 'asked-first': 1, introduced: 2, declined: 2, closed: 2 };
/** What the one asked answers. */
export const INTRO_ANSWERS = ['asked-first', 'introduced', 'declined'] as const;
export type IntroAnswer = (typeof INTRO_ANSWERS)[number];
/** Still waiting for the holder's final answer. */
export const isOpenIntro = (state: IntroState) => INTRO_STATE_RANK[state] < 2;

/** What a rep sends to ask a colleague for an intro. */
export const IntroRequestDraft = z.object({
  id,
  relationshipId: id,
  reason: z.string().max(1000).optional(),
  profileSlug: z.string().min(1).max(256),
  profileKind: z.enum(['person', 'company']),
  profileName: z.string().max(300).optional(),
});
export type IntroRequestDraft = z.infer<typeof IntroRequestDraft>;

export const IntroRequest = IntroRequestDraft.extend({
  state: IntroState,
  /** The holder's words with their answer. */
  note: z.string().max(1000).optional(),
  requester: UserRef,
  holder: UserRef,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type IntroRequest = z.infer<typeof IntroRequest>;

export const RECORD_KINDS = ['relationship', 'content', 'activity', 'feedback', 'intro'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

const put = { op: z.literal('put'), id, version: z.number().int().min(1) };
export const Change = z.union([
  z.object({ ...put, kind: z.literal('relationship'), record: Relationship, meta: RelationshipMeta }),
  z.object({ ...put, kind: z.literal('content'), record: ContentItem, meta: ContentMeta }),
  z.object({ ...put, kind: z.literal('activity'), record: Activity }),
  z.object({ ...put, kind: z.literal('feedback'), record: Feedback }),
  z.object({ ...put, kind: z.literal('intro'), record: IntroRequest }),
  /** Deleted, or no longer in the caller's view: remove the local copy. */
  z.object({ op: z.literal('gone'), kind: RecordKind, id }),
]);
export type Change = z.infer<typeof Change>;

export const RESYNC_REASONS = ['cursor-expired', 'access-changed', 'server-changed'] as const;

export const PullResponse = z.union([
  z.object({ changes: z.array(Change).max(PULL_LIMIT_MAX), cursor: z.string().max(4096), more: z.boolean() }),
  /** Start again from a null cursor, then drop team records the fresh pull did not bring. */
  z.object({ resync: z.literal(true), reason: z.enum(RESYNC_REASONS), message: said }),
]);
export type PullResponse = z.infer<typeof PullResponse>;

// ---- Push ----------------------------------------------------------------------------------

export const PUSH_MUTATIONS_MAX = 500;

/** The record version a change was based on: null for "this is new". */
const baseVersion = z.number().int().min(1).nullable();
const mutation = { id };

export const Mutation = z.discriminatedUnion('type', [
  z.object({
    ...mutation,
    type: z.literal('relationship.put'),
    baseVersion,
    record: Relationship,
    share: Share.default('team'),
    /** Narrow a shared flag to some of the owner's teams; all of them when absent. */
    teams: z.array(uuid).min(1).max(100).optional(),
  }),
  z.object({ ...mutation, type: z.literal('relationship.delete'), recordId: id, baseVersion: z.number().int().min(1) }),
  z.object({
    ...mutation,
    type: z.literal('content.put'),
    baseVersion,
    record: ContentItem,
    /** The team whose library holds it; null for every team (admins only). */
    team: uuid.nullable(),
  }),
  z.object({ ...mutation, type: z.literal('content.delete'), recordId: id, baseVersion: z.number().int().min(1) }),
  z.object({ ...mutation, type: z.literal('activity.add'), record: Activity }),
  z.object({ ...mutation, type: z.literal('feedback.add'), record: Feedback }),
  /** Undo of the caller's own verdict within 10 minutes of the server taking it (and its activity). */
  z.object({ ...mutation, type: z.literal('feedback.retract'), recordId: id }),
  z.object({ ...mutation, type: z.literal('intro.request'), record: IntroRequestDraft }),
  z.object({
    ...mutation,
    type: z.literal('intro.answer'),
    recordId: id,
    state: z.enum(INTRO_ANSWERS),
    note: z.string().max(1000).optional(),
  }),
]);
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z.object({ mutations: z.array(Mutation).min(1).max(PUSH_MUTATIONS_MAX) });
export type PushRequest = z.input<typeof PushRequest>;

export const MUTATION_STATUSES = ['applied', 'superseded', 'conflict', 'forbidden', 'not-found'] as const;

export const MutationResult = z.object({
  id,
  /**
   * applied: stored (`change` is what was stored). superseded: an intro answer the request had
   * already moved past (`change` is the server's). conflict: based on an old version, or the id is
   * taken (`change` is the server's copy, null when it was deleted or is not the caller's to see).
   * forbidden / not-found: nothing changed.
   */
  status: z.enum(MUTATION_STATUSES),
  change: Change.nullable(),
  message: said.optional(),
  /** True when this answer is the stored one of an earlier delivery of the same mutation id. */
  replayed: z.boolean().optional(),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({ results: z.array(MutationResult).max(PUSH_MUTATIONS_MAX) });
export type PushResponse = z.infer<typeof PushResponse>;

// ---- Insights ------------------------------------------------------------------------------

export const TeamItemUsage = z.object({
  contentId: id,
  title: z.string().max(BOUNDS.name),
  shares: z.number(),
  copies: z.number(),
  inserts: z.number(),
  uses: z.number(),
  worked: z.number(),
  didntLand: z.number(),
  objections: z.number(),
});
export const TeamWeekUsage = z.object({
  week: z.string().max(BOUNDS.dateTime),
  shares: z.number(),
  copies: z.number(),
  inserts: z.number(),
  intros: z.number(),
  feedback: z.number(),
});
export const TeamObjectionGroup = z.object({
  tag: z.string().max(40),
  count: z.number(),
  heard: z.array(z.object({ at: isoDateTime, text: z.string().max(280), contentId: id, actor: z.string().max(BOUNDS.name) })).max(BOUNDS.storedRecords),
});

/** `GET /v1/insights`: a team's figures, aggregated by the server (field names as lib/insights). */
export const TeamInsights = z.object({
  teams: teamList(TeamRef),
  since: isoDateTime,
  items: z.array(TeamItemUsage).max(BOUNDS.storedRecords),
  weeks: z.array(TeamWeekUsage).max(10_000),
  objections: z.array(TeamObjectionGroup).max(1000),
  goals: z.object({
    awareness: z.object({ shares: z.number() }),
    revenue: z.object({ introsRequested: z.number(), prospectsReached: z.number() }),
    trust: z.object({ worked: z.number(), didntLand: z.number(), ratio: z.number().nullable() }),
  }),
});
export type TeamInsights = z.infer<typeof TeamInsights>;

// ---- Errors --------------------------------------------------------------------------------

export const ApiError = z.object({
  error: z.object({
    code: z.string().max(BOUNDS.label),
    message: said,
    /** For a bad body: each problem with the dotted path of its field. */
    issues: z.array(z.object({ path: z.string().max(1000), message: said })).max(1000).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

// ---- Poke channel ----------------------------------------------------------------------------

/** Messages the extension sends on the poke WebSocket. */
export const PokeClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), token: z.string().min(1).max(200) }),
  z.object({ type: z.literal('ping') }),
]);
export type PokeClientMessage = z.infer<typeof PokeClientMessage>;

/** Messages the server sends on it. */
export const PokeServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), heartbeatSeconds: z.number() }),
  z.object({ type: z.literal('poke') }),
  z.object({ type: z.literal('heartbeat') }),
  z.object({ type: z.literal('pong') }),
]);
export type PokeServerMessage = z.infer<typeof PokeServerMessage>;
