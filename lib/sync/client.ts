/**
 * The team server's HTTP API (docs/TEAM-API.md), as the extension calls it: JSON over CORS from
 * the extension's own origin, the token in the Authorization header (never in a URL), and every
 * answer checked against the shared schemas before anything uses it. Failures become a
 * TeamApiError whose kind says what went wrong; lib/sync/words.ts says it to the user.
 */
import {
  AdminTeams,
  AdminUsers,
  ApiError,
  AuditPage,
  ChangedUser,
  CodeResponse,
  Health,
  JoinResponse,
  Me,
  PullResponse,
  PushResponse,
  Removed,
  Revoked,
  TeamInsights,
  TokenList,
  type InviteRequest,
  type Mutation,
  type RemoveUser,
  type UserChange,
} from '../model';

export type FailureKind =
  /** Nothing answered: the address is wrong, or the server (or the network) is down. */
  | 'unreachable'
  /** Something answered, but not a Warmline Team server. */
  | 'not-warmline'
  /** The token is not valid any more: revoked, or the user was removed. */
  | 'unauthorized'
  /** An invite or device code that is unknown, used or expired. */
  | 'code-refused'
  | 'forbidden'
  | 'origin-not-allowed'
  | 'invalid'
  | 'rate-limited'
  | 'too-large'
  | 'not-found'
  | 'refused'
  | 'server-error';

export type Issue = { path: string; message: string };

export class TeamApiError extends Error {
  override readonly name = 'TeamApiError';
  readonly kind: FailureKind;
  readonly status: number;
  readonly issues: Issue[];
  /** Seconds to wait, with rate-limited. */
  readonly retryAfter?: number;

  constructor(kind: FailureKind, message: string, options: { status?: number; issues?: Issue[]; retryAfter?: number } = {}) {
    super(message);
    this.kind = kind;
    this.status = options.status ?? 0;
    this.issues = options.issues ?? [];
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

type Schema<T> = { safeParse(raw: unknown): { success: true; data: T } | { success: false } };

const KIND_OF_CODE: Record<string, FailureKind> = {
  unauthorized: 'unauthorized',
  'code-refused': 'code-refused',
  forbidden: 'forbidden',
  'origin-not-allowed': 'origin-not-allowed',
  'invalid-body': 'invalid',
  'bad-request': 'invalid',
  'rate-limited': 'rate-limited',
  'too-large': 'too-large',
  'not-found': 'not-found',
  refused: 'refused',
  'server-error': 'server-error',
};

/** How long one request may take before the server counts as not answering. */
const TIMEOUT_MS = 30_000;

export class TeamClient {
  readonly server: string;
  private readonly token: string | null;
  private readonly fetchImpl: typeof fetch;

  constructor(server: string, token: string | null, fetchImpl: typeof fetch) {
    this.server = server;
    this.token = token;
    this.fetchImpl = fetchImpl;
  }

  private async call<T>(method: string, path: string, schema: Schema<T> | null, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.server}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new TeamApiError('unreachable', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      throw new TeamApiError('not-warmline', `The answer was not JSON (HTTP ${response.status}).`, { status: response.status });
    }
    if (!response.ok) throw errorOf(response, json);
    if (schema === null) return undefined as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new TeamApiError('not-warmline', `The answer to ${method} ${path} is not what a Warmline Team server sends.`, { status: response.status });
    return parsed.data;
  }

  health() {
    return this.call('GET', '/healthz', Health);
  }
  join(code: string, device?: string) {
    return this.call('POST', '/v1/join', JoinResponse, { code, ...(device ? { device } : {}) });
  }
  me() {
    return this.call('GET', '/v1/me', Me);
  }
  pull(cursor: string | null, limit: number) {
    return this.call('POST', '/v1/pull', PullResponse, { cursor, limit });
  }
  push(mutations: readonly Mutation[]) {
    return this.call('POST', '/v1/push', PushResponse, { mutations });
  }
  deviceCode() {
    return this.call('POST', '/v1/devices', CodeResponse);
  }
  tokens() {
    return this.call('GET', '/v1/tokens', TokenList);
  }
  revokeToken(id: string) {
    return this.call('DELETE', `/v1/tokens/${encodeURIComponent(id)}`, null);
  }
  insights(query: { team?: string; weeks?: number } = {}) {
    const params = new URLSearchParams();
    if (query.team) params.set('team', query.team);
    if (query.weeks) params.set('weeks', String(query.weeks));
    const search = params.size ? `?${params}` : '';
    return this.call('GET', `/v1/insights${search}`, TeamInsights);
  }
  adminUsers() {
    return this.call('GET', '/v1/admin/users', AdminUsers);
  }
  adminTeams() {
    return this.call('GET', '/v1/admin/teams', AdminTeams);
  }
  invite(request: InviteRequest) {
    return this.call('POST', '/v1/admin/invites', CodeResponse, request);
  }
  changeUser(id: string, change: UserChange) {
    return this.call('PATCH', `/v1/admin/users/${encodeURIComponent(id)}`, ChangedUser, change);
  }
  revokeUser(id: string) {
    return this.call('POST', `/v1/admin/users/${encodeURIComponent(id)}/revoke`, Revoked);
  }
  removeUser(id: string, body: RemoveUser) {
    return this.call('POST', `/v1/admin/users/${encodeURIComponent(id)}/remove`, Removed, body);
  }
  audit(query: { limit?: number; before?: number } = {}) {
    const params = new URLSearchParams({ limit: String(query.limit ?? 100) });
    if (query.before) params.set('before', String(query.before));
    return this.call('GET', `/v1/admin/audit?${params}`, AuditPage);
  }
}

function errorOf(response: Response, json: unknown): TeamApiError {
  const parsed = ApiError.safeParse(json);
  const status = response.status;
  if (!parsed.success) {
    // A proxy's or another server's page: not the API's error shape.
    if (status >= 500) return new TeamApiError('server-error', `HTTP ${status}.`, { status });
    return new TeamApiError('not-warmline', `HTTP ${status}, not a Warmline Team answer.`, { status });
  }
  const { code, message, issues } = parsed.data.error;
  const retry = Number(response.headers.get('Retry-After'));
  return new TeamApiError(KIND_OF_CODE[code] ?? (status >= 500 ? 'server-error' : 'invalid'), message, {
    status,
    issues: issues ?? [],
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  });
}
