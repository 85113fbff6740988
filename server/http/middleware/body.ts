/** Bodies: size-limited, JSON only, and checked by the shared zod schema before a handler runs. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { badBody, fail, issuesOf } from '../errors.ts';

export const SMALL_BODY = 64 * 1024;
export const PUSH_BODY = 4 * 1024 * 1024;

export function limit(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({ maxSize, onError: (c) => fail(c, 413, 'too-large', `The request body is larger than ${Math.round(maxSize / 1024)} kB.`) });
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

export function jsonBody<S extends z.ZodType>(schema: S) {
  return validator('json', (value, c) => {
    if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      return fail(c, 415, 'unsupported-media-type', 'Send the body as JSON, with Content-Type: application/json.');
    }
    const parsed = schema.safeParse(value);
    return parsed.success ? (parsed.data as z.output<S>) : badBody(c, issuesOf(parsed.error));
  });
}

export function queryOf<S extends z.ZodType>(schema: S) {
  return validator('query', (value, c) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? (parsed.data as z.output<S>) : badBody(c, issuesOf(parsed.error));
  });
}
