import { describe, expect, it } from 'vitest';
import { searchLibrary } from './search';
import { contentItem } from '../../tests/support/builders';

const NOW = new Date('2026-06-01T12:00:00Z');

const library = [
  contentItem({ id: 'pricing-title', title: 'Pricing questions', body: 'Our plans start small.', updatedAt: '2026-01-01T00:00:00Z' }),
  contentItem({ id: 'pricing-body', title: 'Budget season', body: 'When pricing comes up, lead with ROI.', updatedAt: '2026-05-01T00:00:00Z' }),
  contentItem({ id: 'security-tag', title: 'Trust', body: 'We are audited yearly.', tags: ['Security', 'SOC 2'] }),
  contentItem({ id: 'note', title: 'Case study', body: 'A short story.', salesNote: 'Use with CFOs who ask about payback.' }),
  contentItem({ id: 'faq-kind', kind: 'faq', title: 'Where is data stored?', body: 'In the EU.' }),
  contentItem({ id: 'accent', title: 'Implementación rápida', body: 'Dos semanas.' }),
  contentItem({ id: 'draft', status: 'draft', title: 'Pricing draft', body: 'Not yet.' }),
  contentItem({ id: 'expired', title: 'Pricing 2025', body: 'Old.', expiresAt: '2026-01-01T00:00:00Z' }),
];

function ids(items: ReadonlyArray<{ id: string }>): string[] {
  return items.map((item) => item.id);
}

describe('searchLibrary', () => {
  it('finds approved, in-date items, title hits first', () => {
    expect(ids(searchLibrary(library, 'pricing', NOW))).toEqual(['pricing-title', 'pricing-body']);
  });

  it('ignores case and diacritics on both sides, and matches word parts', () => {
    expect(ids(searchLibrary(library, 'IMPLEMENTACION', NOW))).toEqual(['accent']);
    expect(ids(searchLibrary(library, 'rápida', NOW))).toEqual(['accent']);
    expect(ids(searchLibrary(library, 'secur', NOW))).toEqual(['security-tag']);
  });

  it('searches tags, the sales note and the kind', () => {
    expect(ids(searchLibrary(library, 'soc 2', NOW))).toEqual(['security-tag']);
    expect(ids(searchLibrary(library, 'payback', NOW))).toEqual(['note']);
    expect(ids(searchLibrary(library, 'faq', NOW))).toEqual(['faq-kind']);
  });

  it('requires every query word', () => {
    expect(ids(searchLibrary(library, 'pricing roi', NOW))).toEqual(['pricing-body']);
    expect(searchLibrary(library, 'pricing kubernetes', NOW)).toEqual([]);
  });

  it('finds nothing for an empty query and honours the limit', () => {
    expect(searchLibrary(library, '   ', NOW)).toEqual([]);
    expect(searchLibrary(library, 'pricing', NOW, 1)).toHaveLength(1);
  });

  it('ranks newer first among items with equal title hits', () => {
    const items = [
      contentItem({ id: 'old', title: 'x', body: 'renewal', updatedAt: '2025-01-01T00:00:00Z' }),
      contentItem({ id: 'new', title: 'y', body: 'renewal', updatedAt: '2026-01-01T00:00:00Z' }),
    ];
    expect(ids(searchLibrary(items, 'renewal', NOW))).toEqual(['new', 'old']);
  });
});
