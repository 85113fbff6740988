/** Words shared by every view. */
import { StoreError } from '../lib/db';
import type { ContentItem } from '../lib/model/content';

export const KIND_LABEL: Record<ContentItem['kind'], string> = {
  message: 'Message',
  post: 'Post',
  'talking-point': 'Talking point',
  objection: 'Objection answer',
  faq: 'FAQ',
};

/** A failure in words a person can act on: the store's own message when it has one. */
export function errorMessage(error: unknown): string {
  if (error instanceof StoreError) return error.userMessage;
  return error instanceof Error ? error.message : String(error);
}
