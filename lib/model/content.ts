import { z } from 'zod';
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

export const Audience = z.object({
  titles: z.array(z.string()).optional(),
  seniorities: z.array(Seniority).optional(),
  industries: z.array(z.string()).optional(),
  companies: z.array(z.string()).optional(),
});
export type Audience = z.infer<typeof Audience>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https: URL' });

export const ContentItem = z
  .object({
    id: z.string().min(1).max(128),
    kind: z.enum(CONTENT_KINDS),
    title: z.string().min(1).max(200),
    body: z.string().min(1).max(5000),
    url: httpsUrl.optional(),
    status: z.enum(CONTENT_STATUSES),
    approvedBy: z.string().optional(),
    approvedAt: isoDateTime.optional(),
    validFrom: isoDateTime.optional(),
    expiresAt: isoDateTime.optional(),
    audience: Audience.optional(),
    tags: z.array(z.string()).optional(),
    salesNote: z.string().optional(),
    owner: z.string().optional(),
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
