/**
 * Which keys a value of a schema may hold, and what sits below each: read off the schema, so the
 * pack reader can name every unknown key (ignored, with a warning) without a second list of
 * fields to keep in step (lib/pack/unknown-keys.ts).
 */
import { z } from 'zod';

export type KeyTree = { fields?: Map<string, KeyTree>; element?: KeyTree };

/** The schema under optional/nullable/default wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap();
  }
  return current;
}

export function keyTreeOf(schema: z.core.$ZodType): KeyTree {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return { element: keyTreeOf(inner.element) };
  if (inner instanceof z.ZodObject) {
    const fields = new Map<string, KeyTree>();
    for (const [key, field] of Object.entries(inner.shape)) fields.set(key, keyTreeOf(field));
    return { fields };
  }
  return {};
}
