import { z } from 'zod';
import { BOUNDS } from './bounds';
import { isoDateTime } from './dates';

export const RELATIONS = [
  'former-colleague',
  'customer',
  'partner',
  'friend',
  'alumni',
  'community',
  'family',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** A linkedin.com URL whose path starts with `/<segment>/<slug>`. */
function linkedinUrl(segment: 'in' | 'company') {
  const pattern = new RegExp(`^/${segment}/[^/]+/?`);
  return z.string().max(BOUNDS.url).refine(
    (value) => {
      try {
        const url = new URL(value);
        return /(^|\.)linkedin\.com$/i.test(url.hostname) && pattern.test(url.pathname);
      } catch {
        return false;
      }
    },
    { message: `must be a linkedin.com /${segment}/<slug> URL` },
  );
}

export const Qualification = z.object({
  operationallyReady: z.boolean().nullable().optional(),
  yearsInIndustry: z.number().int().min(0).nullable().optional(),
  forwardLooking: z.boolean().nullable().optional(),
  vendorHistory: z.string().max(BOUNDS.note).nullable().optional(),
});
export type Qualification = z.infer<typeof Qualification>;

export const Relationship = z
  .object({
    id: z.string().min(1).max(BOUNDS.id),
    scope: z.enum(['person', 'company']),
    person: z
      .object({ name: z.string().min(1).max(BOUNDS.name), profileUrl: linkedinUrl('in').optional() })
      .optional(),
    company: z
      .object({ name: z.string().min(1).max(BOUNDS.name), linkedinUrl: linkedinUrl('company').optional() })
      .optional(),
    relation: z.enum(RELATIONS),
    strength: z.number().int().min(1).max(5),
    knownBy: z.object({
      name: z.string().min(1).max(BOUNDS.name),
      email: z.email().max(BOUNDS.email).optional(),
      team: z.string().max(BOUNDS.name).optional(),
    }),
    howWeKnow: z.string().max(BOUNDS.howWeKnow).optional(),
    notes: z.string().max(BOUNDS.note).optional(),
    canIntro: z.boolean(),
    qualification: Qualification.optional(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /**
     * When its creator last said it still holds (on saving it, or "Still true"). Absent: unknown,
     * and the flag counts from `updatedAt` (lib/match/staleness.ts).
     */
    confirmedAt: isoDateTime.optional(),
  })
  .superRefine((rel, ctx) => {
    if (rel.scope === 'person' && !rel.person) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'required when scope is "person"' });
    }
    if (rel.scope === 'company' && !rel.company) {
      ctx.addIssue({ code: 'custom', path: ['company'], message: 'required when scope is "company"' });
    }
  });
export type Relationship = z.infer<typeof Relationship>;
