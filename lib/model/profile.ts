import { z } from 'zod';

/** What the content script read off the visible top card. Every field but url/slug/kind may be missing. */
export const ProfileSnapshot = z.object({
  kind: z.enum(['person', 'company']),
  url: z.string().max(2048),
  slug: z.string().min(1).max(256),
  fullName: z.string().max(300).optional(),
  firstName: z.string().max(300).optional(),
  lastName: z.string().max(300).optional(),
  headline: z.string().max(500).optional(),
  title: z.string().max(300).optional(),
  company: z.string().max(300).optional(),
  companySlug: z.string().max(256).optional(),
  industry: z.string().max(300).optional(),
  location: z.string().max(300).optional(),
  /** Which cues the reader used, e.g. "name:json-ld", "company:aria". */
  cues: z.array(z.string().max(100)).max(50),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

/**
 * Why a profile address shows nobody to look up (lib/linkedin/no-prospect.ts): LinkedIn's "not
 * found" page or error card, its "not available" redirect, or a member shown as "LinkedIn Member".
 */
export const NoProspect = z.enum(['not-found', 'unavailable', 'hidden-member']);
export type NoProspect = z.infer<typeof NoProspect>;
