/** What went wrong with the team server, said to the user: what is wrong, and what to do. */
import type { SyncProblemKind } from '../model';
import { TeamApiError, type FailureKind } from './client';
import { hostOf } from './server-url';

/** A failure while joining: which field it is about, and the sentence for it. */
export type JoinProblem = { field: 'url' | 'code' | 'form'; message: string };

export function joinProblem(error: unknown, server: string): JoinProblem {
  const host = hostOf(server);
  if (!(error instanceof TeamApiError)) return { field: 'form', message: `Could not join: ${error instanceof Error ? error.message : String(error)}` };
  switch (error.kind) {
    case 'unreachable':
      return {
        field: 'url',
        message: `Nothing answered at ${server}. Check the address your admin sent you, and that the server is running; then try again.`,
      };
    case 'not-warmline':
      return { field: 'url', message: `${host} answered, but it is not a Warmline Team server. Check the address your admin sent you.` };
    case 'code-refused':
      return { field: 'code', message: `${error.message} Ask your admin for a new invite code (or make a new device code in your other browser).` };
    case 'invalid':
      return { field: 'code', message: 'That is not a code Warmline gave out: paste the whole code (it starts with wli_ or wld_).' };
    case 'rate-limited':
      return { field: 'form', message: `Too many attempts to join from this network. Wait ${error.retryAfter ?? 60} seconds, then try again.` };
    case 'origin-not-allowed':
      return { field: 'url', message: `${host} does not accept this copy of Warmline (its admin lists which extensions may connect). Ask your admin to add it.` };
    default:
      return { field: 'form', message: `${host} could not let you join: ${error.message} Try again in a moment.` };
  }
}

/** A sync failure that keeps the connection (the server will answer again): its kind for the status. */
export function syncProblemOf(error: unknown): { kind: SyncProblemKind; message: string } {
  const kind: FailureKind | undefined = error instanceof TeamApiError ? error.kind : undefined;
  switch (kind) {
    case 'unreachable':
      return { kind: 'unreachable', message: 'The team server does not answer. Your changes wait here and go out when it is back.' };
    case 'not-warmline':
      return {
        kind: 'not-warmline',
        message: 'Something other than the Warmline Team server answers at this address now. Your changes wait here; ask your admin whether the server moved.',
      };
    case 'origin-not-allowed':
    case 'forbidden':
      return { kind: 'refused', message: `The team server refused: ${error instanceof Error ? error.message : ''} Ask your admin.` };
    default:
      return { kind: 'server-error', message: `The team server failed (${error instanceof Error ? error.message : String(error)}). Warmline tries again shortly.` };
  }
}

export function revokedMessage(server: string, teams: readonly string[]): string {
  const which = teams.length ? teams.join(', ') : 'the team';
  return `You are no longer signed in to ${which} on ${hostOf(server)}: your access was revoked, or this browser was signed out. The team's flags and library were removed from this browser; the flags you made are kept here. To join again, ask your admin for a new invite.`;
}

export function leftMessage(server: string, teams: readonly string[], kept: number): string {
  const which = teams.length ? teams.join(', ') : 'the team';
  const flags = kept === 1 ? '1 flag you made is' : `${kept} flags you made are`;
  return `You left ${which} on ${hostOf(server)}. The team's flags and library were removed from this browser; ${flags} kept here.`;
}

/** A request the options page made of the server (insights, admin, a device code) that failed, in words. */
export function requestProblem(error: unknown): string {
  if (!(error instanceof TeamApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'unreachable':
      return 'The team server does not answer. Check your connection, or ask your admin whether it is running; then try again.';
    case 'unauthorized':
      return 'This browser is no longer signed in to the team: see the Team tab.';
    case 'not-warmline':
      return 'Something other than the Warmline Team server answered. Ask your admin whether the server moved.';
    default:
      return error.message;
  }
}
