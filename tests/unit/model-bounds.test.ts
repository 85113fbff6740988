/**
 * docs/PACK-FORMAT.md, "Size bounds": every string and array in lib/model has a bound. This walks
 * every schema lib/model exports, so a field added without one fails here, naming its path.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as model from '../../lib/model';
import * as messages from '../../lib/model/messages';

type Schema = z.core.$ZodType;

function maxOfArray(schema: z.ZodArray): number | undefined {
  const checks = (schema._zod.def.checks ?? []) as Array<{ _zod: { def: { check?: string; maximum?: number } } }>;
  return checks.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
}

/** Paths (from `path`) to strings and arrays without a maximum length. */
function unbounded(schema: Schema, path: string, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unbounded(schema.unwrap() as Schema, path, seen);
  }
  if (schema instanceof z.ZodPipe) return [...unbounded(schema.in as Schema, path, seen), ...unbounded(schema.out as Schema, path, seen)];
  if (schema instanceof z.ZodString) return schema.maxLength === null ? [path] : [];
  if (schema instanceof z.ZodArray) {
    return [...(maxOfArray(schema) === undefined ? [`${path}[]`] : []), ...unbounded(schema.element as Schema, `${path}[n]`, seen)];
  }
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([key, field]) => unbounded(field as Schema, `${path}.${key}`, seen));
  }
  if (schema instanceof z.ZodUnion) return (schema.options as Schema[]).flatMap((option, i) => unbounded(option, `${path}|${i}`, seen));
  // A record is bounded by its key and value; GuardrailMap's entries are one per library item.
  if (schema instanceof z.ZodRecord) return [...unbounded(schema.keyType as Schema, `${path}{key}`, seen), ...unbounded(schema.valueType as Schema, `${path}{value}`, seen)];
  return [];
}

const schemas: Array<[string, Schema]> = [];
for (const [name, value] of Object.entries({ ...model, ...messages })) if (value instanceof z.ZodType) schemas.push([name, value]);

describe('size bounds in lib/model', () => {
  it('finds the schemas it walks', () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(['Pack', 'ContentItem', 'Relationship', 'Origin', 'Subscription', 'Activity', 'Feedback', 'Settings', 'ProfileSnapshot', 'InsertRequest']));
  });

  it('bounds every string and array of every schema', () => {
    expect(schemas.flatMap(([name, schema]) => unbounded(schema, name))).toEqual([]);
  });

  it('the walk finds an unbounded field', () => {
    expect(unbounded(z.object({ a: z.string(), b: z.array(z.string().max(2)), c: z.string().max(3).optional() }), 'x')).toEqual(['x.a', 'x.b[]']);
  });
});
