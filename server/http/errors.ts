/** Every error answer has one shape: { error: { code, message, issues? } } (lib/model ApiError). */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../../lib/model/index.ts';
import { AdminRefusal } from '../admin/users.ts';
import { CodeRefused } from '../auth/invites.ts';
import { BadCursorError } from '../sync/pull.ts';
import { ForbiddenMutationError, type Issue } from '../sync/push.ts';

export function fail(c: Context, status: ContentfulStatusCode, code: string, message: string, issues?: Issue[]): Response {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, status);
}

/** zod's issues with their field paths, e.g. "mutations.0.record.strength: Too big: …". */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

export function badBody(c: Context, issues: Issue[]): Response {
  const summary = issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return fail(c, 400, 'invalid-body', `The request body is not valid: ${summary}`, issues);
}

export function onError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) {
    if (error.status === 413) return fail(c, 413, 'too-large', 'The request body is too large.');
    return fail(c, error.status, 'bad-request', error.message || 'Bad request.');
  }
  if (error instanceof BadCursorError) return badBody(c, [{ path: 'cursor', message: error.message.replace(/^cursor: /, '') }]);
  if (error instanceof ForbiddenMutationError) return fail(c, 403, 'forbidden', error.message);
  if (error instanceof AdminRefusal) return fail(c, error.status, error.status === 404 ? 'not-found' : 'refused', error.message);
  if (error instanceof CodeRefused) return fail(c, 401, 'code-refused', error.message);
  console.error(error);
  return fail(c, 500, 'server-error', 'The server failed; nothing was changed. Try again.');
}
