/**
 * The commands the content script takes (lib/protocol/commands.ts: `content:get-snapshot`,
 * `content:insert`, `content:frame-height`), from the extension itself (sender checked by the
 * caller). Checked by hand, to the same rules as their schemas: zod would blow the content
 * script's 15 kB budget.
 */
import { MAX_INSERT_LENGTH, MAX_PANEL_HEIGHT } from '../model/vocabulary';
import type { Message } from '../protocol/types';

export type ContentMessage = Message<'content:get-snapshot'> | Message<'content:insert'> | Message<'content:frame-height'>;

export function parseContentCommand(raw: unknown): ContentMessage | undefined {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return undefined;
  if (raw.type === 'content:get-snapshot') return { type: raw.type };
  if (raw.type === 'content:frame-height') {
    const height = 'height' in raw ? raw.height : undefined;
    return typeof height === 'number' && Number.isInteger(height) && height >= 0 && height <= MAX_PANEL_HEIGHT ? { type: raw.type, height } : undefined;
  }
  if (raw.type !== 'content:insert' || !('text' in raw)) return undefined;
  const { text } = raw;
  return typeof text === 'string' && text.length > 0 && text.length <= MAX_INSERT_LENGTH ? { type: raw.type, text } : undefined;
}
