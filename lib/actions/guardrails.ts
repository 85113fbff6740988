/**
 * Guardrails marketing sets per item. The pack format is fixed, so they live locally (meta
 * 'guardrails', edited on the options page) keyed by item id; a pack can also mark an item
 * copy-only with the tag `no-public-share`.
 */
import { z } from 'zod';

export const NO_PUBLIC_SHARE_TAG = 'no-public-share';

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

/** The rules for one item: the local entry, plus the pack's `no-public-share` tag. */
export function guardrailFor(item: { id: string; tags?: string[] }, map: GuardrailMap): Required<Pick<Guardrail, 'noPublicShare'>> & Guardrail {
  const local = map[item.id] ?? {};
  const tagged = (item.tags ?? []).some((tag) => tag.trim().toLowerCase() === NO_PUBLIC_SHARE_TAG);
  const disclosure = local.disclosure?.trim();
  return { ...(disclosure ? { disclosure } : {}), noPublicShare: Boolean(local.noPublicShare) || tagged };
}

/** The text with the disclosure on its own line at the end; not doubled if it is already there. */
export function withDisclosure(text: string, disclosure: string | undefined): string {
  const required = disclosure?.trim();
  if (!required) return text;
  const body = text.trimEnd();
  if (body.endsWith(required)) return body;
  return body ? `${body}\n\n${required}` : required;
}

/** One entry changed; an entry with nothing set is removed so the map stays small. */
export function setGuardrail(map: GuardrailMap, id: string, guardrail: Guardrail): GuardrailMap {
  const disclosure = guardrail.disclosure?.trim();
  const entry: Guardrail = { ...(disclosure ? { disclosure } : {}), ...(guardrail.noPublicShare ? { noPublicShare: true } : {}) };
  const { [id]: _old, ...rest } = map;
  return Object.keys(entry).length ? { ...rest, [id]: entry } : rest;
}
