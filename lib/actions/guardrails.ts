/**
 * Guardrails marketing sets per item. The pack format is fixed, so they live locally (meta
 * 'guardrails', edited on the options page) keyed by item id; a pack can also mark an item
 * copy-only with the tag `no-public-share`.
 */
import type { Guardrail, GuardrailMap } from '../model/guardrails';

export type { Guardrail, GuardrailMap } from '../model/guardrails';

export const NO_PUBLIC_SHARE_TAG = 'no-public-share';

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
