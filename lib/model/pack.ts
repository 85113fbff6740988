import { z } from 'zod';
import { ContentItem } from './content';
import { isoDateTime } from './dates';
import { Relationship } from './relationship';

export const PACK_FORMAT = 'warmline.pack';
export const PACK_VERSION = 1;

export const Publisher = z.object({ name: z.string().min(1), email: z.email().optional() });

/** Version 1 of the public pack format (docs/PACK-FORMAT.md). */
export const Pack = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  name: z.string().min(1).max(200).optional(),
  publishedAt: isoDateTime.optional(),
  publisher: Publisher.optional(),
  content: z.array(ContentItem).default([]),
  relationships: z.array(Relationship).default([]),
});
export type Pack = z.infer<typeof Pack>;
