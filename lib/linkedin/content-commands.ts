/**
 * The two commands the content script takes (from the extension itself, sender checked).
 * Checked by hand rather than with the zod protocol in lib/messaging.ts: zod alone would
 * blow the content script's 15 kB budget. Mirrors `content:get-snapshot` and `content:insert`.
 */
import type { MessageOf } from '../messaging';

export const MAX_INSERT_LENGTH = 8000;

export type ContentCommand = MessageOf<'content:get-snapshot'> | MessageOf<'content:insert'>;

export function parseContentCommand(raw: unknown): ContentCommand | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, text } = raw as { type?: unknown; text?: unknown };
  if (type === 'content:get-snapshot') return { type };
  if (type === 'content:insert' && typeof text === 'string' && text.length > 0 && text.length <= MAX_INSERT_LENGTH) {
    return { type, text };
  }
  return undefined;
}
