/** Guardrails are kept in the meta store under one key, validated on every read (lib/db/meta.ts). */
import { getMeta, META, putMeta } from '../db';
import { GuardrailMap } from '../model';

export function loadGuardrails(): Promise<GuardrailMap> {
  return getMeta(META.guardrails);
}

export async function saveGuardrails(map: GuardrailMap): Promise<void> {
  await putMeta(META.guardrails, GuardrailMap.parse(map));
}
