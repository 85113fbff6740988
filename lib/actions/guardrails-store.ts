/** Guardrails are kept in the meta store under one key, validated on every read. */
import { getMeta, putMeta } from '../db';
import { guardrailMapFrom, GuardrailMap } from './guardrail-schema';

export const GUARDRAILS_KEY = 'guardrails';

export async function loadGuardrails(): Promise<GuardrailMap> {
  return guardrailMapFrom(await getMeta<unknown>(GUARDRAILS_KEY));
}

export async function saveGuardrails(map: GuardrailMap): Promise<void> {
  await putMeta(GUARDRAILS_KEY, GuardrailMap.parse(map));
}
