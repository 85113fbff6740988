/** Marketing's per-item guardrails as stored (lib/actions/guardrails.ts has the rules). */
import { z } from 'zod';

export const Guardrail = z.object({
  /** Text that must go out with the item: appended to what is copied, inserted or shared. */
  disclosure: z.string().max(500).optional(),
  /** Never on a public feed: no Share button (copy and insert into a private message stay). */
  noPublicShare: z.boolean().optional(),
});
export type Guardrail = z.infer<typeof Guardrail>;

export const GuardrailMap = z.record(z.string(), Guardrail);
export type GuardrailMap = z.infer<typeof GuardrailMap>;

/** Whatever is stored, made valid: entries that do not parse are dropped, never thrown. */
export function guardrailMapFrom(raw: unknown): GuardrailMap {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const result: GuardrailMap = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = Guardrail.safeParse(value);
    if (parsed.success) result[id] = parsed.data;
  }
  return result;
}
