import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseRelationshipsCsv, relationshipsToCsv } from './csv';
import type { ImportIssue } from './issues';
import { parsePackText } from './parse-pack';
import { contentItem, packObject, packText, relationship, PACK_DETAILS } from '../../tests/support/builders';
import { applyEdits, setAt } from '../../tests/support/mutations';

type Outcome = { ok: true; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/** Every outcome is either fine, or errors that each say where and why. */
function wellFormed(result: Outcome): boolean {
  const named = (issue: ImportIssue) => issue.where.length > 0 && issue.message.length > 0;
  if (!result.warnings.every(named)) return false;
  return result.ok || (result.errors.length > 0 && result.errors.every(named));
}

/** A text edit: cut, insert or overwrite at some position. */
const textEdit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 20 }),
  insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', ',', '{', '}', '[', ']', ':', '\n', '\r\n', '\uFEFF', '{{x}}', '__proto__')),
});

const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, '', -1, 1e308, 'https://x', 'http://x', '2026-01-01T00:00:00Z', '{{nope}}'));

describe('parsePackText never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => wellFormed(parsePackText(text))), { numRuns: 300 });
  });

  it('on random JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellFormed(parsePackText(JSON.stringify(value)))), { numRuns: 300 });
  });

  it('on packs with text edits', () => {
    const base = packText();
    fc.assert(fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) => wellFormed(parsePackText(applyEdits(base, edits)))), { numRuns: 500 });
  });

  it('on packs with values changed anywhere', () => {
    const base = packObject({
      publisher: { name: 'M', email: 'm@x.example' },
      content: [contentItem(), contentItem({ id: 'two', audience: { seniorities: ['vp'] } })],
      relationships: [relationship(PACK_DETAILS), relationship({ ...PACK_DETAILS, id: 'r2', qualification: { yearsInIndustry: 2 } })],
    });
    const path = fc.array(fc.oneof(fc.nat({ max: 30 }), fc.constantFrom('content', 'relationships', 'audience', 'person', 'qualification', '__proto__', 'x')), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(path, jsonish), { minLength: 1, maxLength: 4 }), (changes) => {
        const mutated = changes.reduce<unknown>((acc, [p, v]) => setAt(acc, p, v), base);
        const result = parsePackText(JSON.stringify(mutated));
        return wellFormed(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseRelationshipsCsv never throws', () => {
  const base = relationshipsToCsv([relationship(PACK_DETAILS), relationship({ ...PACK_DETAILS, id: 'b', notes: '=a,"b"\nc' })]);

  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => wellFormed(parseRelationshipsCsv(text))), { numRuns: 300 });
  });

  it('on random cells under a valid header', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('person', 'company', 'yes', '0', '5', '=1', "'=1", 'https://www.linkedin.com/in/a'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 5 }), (rows) => {
        const text = [CSV_COLUMNS.join(','), ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n');
        return wellFormed(parseRelationshipsCsv(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on CSVs with text edits', () => {
    fc.assert(fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) => wellFormed(parseRelationshipsCsv(applyEdits(base, edits)))), { numRuns: 500 });
  });

  it('errors always name a row or the file', () => {
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) => {
        const result = parseRelationshipsCsv(applyEdits(base, edits));
        return result.ok || result.errors.every((e) => /^(row \d+|file)$/.test(e.where));
      }),
      { numRuns: 300 },
    );
    expect(parseRelationshipsCsv(base).ok).toBe(true);
  });
});
