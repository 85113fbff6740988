import { z } from 'zod';
import { BOUNDS } from './bounds';

export const Settings = z.object({
  name: z.string().max(BOUNDS.name).default(''),
  email: z.union([z.email().max(BOUNDS.email), z.literal('')]).default(''),
  role: z.enum(['rep', 'marketer']).default('rep'),
  team: z.string().max(BOUNDS.name).default(''),
  /** 1 = January. Launch timing warns about the last month of each fiscal quarter. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  utmSource: z.string().max(BOUNDS.label).default('linkedin'),
  utmMedium: z.string().max(BOUNDS.label).default('social'),
});
export type Settings = z.infer<typeof Settings>;

/**
 * Whatever is stored, made valid: each field that parses is kept, every other field (missing,
 * corrupt, from an older or newer shape) gets its default. Never throws on bad data.
 */
export function settingsFrom(raw: unknown): Settings {
  const result: Record<string, unknown> = {};
  const record: Record<string, unknown> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw } : {};
  for (const [field, schema] of Object.entries(Settings.shape)) {
    const parsed = schema.safeParse(record[field]);
    if (parsed.success) result[field] = parsed.data;
  }
  return Settings.parse(result);
}
