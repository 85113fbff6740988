import { z } from 'zod';

export const Settings = z.object({
  name: z.string().max(200).default(''),
  email: z.union([z.email(), z.literal('')]).default(''),
  role: z.enum(['rep', 'marketer']).default('rep'),
  team: z.string().max(200).default(''),
  /** 1 = January. Launch timing warns about the last month of each fiscal quarter. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  utmSource: z.string().default('linkedin'),
  utmMedium: z.string().default('social'),
  panelCollapsed: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;
export { DEFAULT_SETTINGS } from './default-settings';
