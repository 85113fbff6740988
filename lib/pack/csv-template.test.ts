import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseRelationshipsCsv } from './csv';
import { relationshipsCsvTemplate } from './csv-template';

describe('the CSV template', () => {
  it('has every column Warmline reads, and example rows that import as they are', () => {
    const template = relationshipsCsvTemplate();
    expect(template.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const parsed = parseRelationshipsCsv(template);
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    if (parsed.ok) expect(parsed.relationships.map((rel) => rel.scope)).toEqual(['person', 'company']);
  });
});
