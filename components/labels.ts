/** Words shared by every view. */
import type { ContentItem } from '../lib/model/content';

export const KIND_LABEL: Record<ContentItem['kind'], string> = {
  message: 'Message',
  post: 'Post',
  'talking-point': 'Talking point',
  objection: 'Objection answer',
  faq: 'FAQ',
};
