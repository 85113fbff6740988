import { z } from 'zod';
import { BOUNDS } from './bounds';
import { isoDateTime } from './dates';

import { CONTENT_KINDS, CONTENT_STATUSES, SENIORITIES, TOKENS } from './vocabulary';

export { CONTENT_KINDS, CONTENT_STATUSES, SENIORITIES, TOKENS, type Token } from './vocabulary';

const TOKEN_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every `{{...}}` in a body whose name is not a known token. */
export function unknownTokens(body: string): string[] {
  const known = new Set<string>(TOKENS);
  return [...body.matchAll(TOKEN_PATTERN)].map((m) => m[1] ?? '').filter((name) => !known.has(name));
}

export const Seniority = z.enum(SENIORITIES);
export type Seniority = z.infer<typeof Seniority>;

const audienceList = <T extends z.ZodType>(entry: T) => z.array(entry).max(BOUNDS.audienceEntries);
const audienceWord = z.string().max(BOUNDS.audienceEntry);

export const Audience = z.object({
  titles: audienceList(audienceWord).optional(),
  seniorities: audienceList(Seniority).optional(),
  industries: audienceList(audienceWord).optional(),
  companies: audienceList(audienceWord).optional(),
});
export type Audience = z.infer<typeof Audience>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https: URL' }).max(BOUNDS.url);

export const ContentItem = z
  .object({
    id: z.string().min(1).max(BOUNDS.id),
    kind: z.enum(CONTENT_KINDS),
    title: z.string().min(1).max(BOUNDS.name),
    body: z.string().min(1).max(BOUNDS.body),
    url: httpsUrl.optional(),
    status: z.enum(CONTENT_STATUSES),
    approvedBy: z.string().max(BOUNDS.name).optional(),
    approvedAt: isoDateTime.optional(),
    validFrom: isoDateTime.optional(),
    expiresAt: isoDateTime.optional(),
    audience: Audience.optional(),
    tags: z.array(z.string().max(BOUNDS.tag)).max(BOUNDS.tags).optional(),
    salesNote: z.string().max(BOUNDS.note).optional(),
    owner: z.string().max(BOUNDS.name).optional(),
    updatedAt: isoDateTime,
  })
  .superRefine((item, ctx) => {
    for (const token of unknownTokens(item.body)) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: `unknown token {{${token}}}` });
    }
    if (item.validFrom && item.expiresAt && Date.parse(item.expiresAt) <= Date.parse(item.validFrom)) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after validFrom' });
    }
  });
export type ContentItem = z.infer<typeof ContentItem>;
