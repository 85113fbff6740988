import { z } from 'zod';
import { Pack } from '../model';
import { formatPath, itemWhere, withField, type ImportIssue } from './issues';

/** Keys that must never reach an object (prototype pollution); JSON.parse's reviver drops them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Location = { where: string; path: PropertyKey[] };

/** The object or array schema under optional/nullable/default wrappers, if any. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks a parsed pack along the Pack schema and reports every key the schema does not know
 * (they are ignored), and every forbidden key the reviver dropped (`dropped` maps each holder
 * object to the keys taken out of it). Keys below an unknown key are not reported again.
 */
export function unknownKeyWarnings(
  root: unknown,
  dropped: WeakMap<object, string[]>,
): { warnings: ImportIssue[]; forbiddenReported: number } {
  const warnings: ImportIssue[] = [];
  let forbiddenReported = 0;

  const visit = (value: unknown, schema: z.ZodType, at: Location): void => {
    const shape = unwrap(schema);
    if (shape instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((element, index) => visit(element, shape.element as z.ZodType, { where: at.where, path: [...at.path, index] }));
      return;
    }
    if (!(shape instanceof z.ZodObject) || !isRecord(value)) return;
    for (const key of dropped.get(value) ?? []) {
      forbiddenReported++;
      warnings.push(withField(at.where, formatPath([...at.path, key]), `the key "${key}" is not allowed and was ignored`));
    }
    const known = shape.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      const field = known[key];
      if (!field) {
        warnings.push(withField(at.where, formatPath([...at.path, key]), `unknown key "${key}" was ignored`));
        continue;
      }
      visit(value[key], field, { where: at.where, path: [...at.path, key] });
    }
  };

  if (!isRecord(root)) return { warnings, forbiddenReported };
  for (const key of dropped.get(root) ?? []) {
    forbiddenReported++;
    warnings.push({ where: 'file', field: key, message: `the key "${key}" is not allowed and was ignored` });
  }
  const top = Pack.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(root)) {
    const field = top[key];
    if (!field) warnings.push({ where: 'file', field: key, message: `unknown key "${key}" was ignored` });
  }
  if (isRecord(root.publisher)) visit(root.publisher, Pack.shape.publisher, { where: 'file', path: ['publisher'] });
  for (const list of ['content', 'relationships'] as const) {
    const items = root[list];
    if (!Array.isArray(items)) continue;
    const element = unwrap(Pack.shape[list]);
    if (!(element instanceof z.ZodArray)) continue;
    items.forEach((item, index) => visit(item, element.element as z.ZodType, { where: itemWhere(list, index, item), path: [] }));
  }
  return { warnings, forbiddenReported };
}
