/**
 * Issue 15, finding 6: a library as large as the bounds allow still gives one prospect a view the
 * panel can receive. Before, every field was unbounded and every intro went to the panel with its
 * store bookkeeping; 10,000 relationships at one company made a view past Chrome's message limit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, deleteAllData } from '../db';
import { BOUNDS, type ContentItem, type RecordMeta, type Relationship } from '../model';
import { saveGuardrails } from '../actions/guardrails-store';
import { ACME_ROBOTICS, contentItem, personPage, relationship, T1 } from '../../tests/support/builders';
import { loadProspectView } from './view';
import { VIEW_LIMITS } from './view-bounds';

/** Chrome's extension message limit (kMaxMessageLength). */
const CHROME_MESSAGE_LIMIT = 64 * 1024 * 1024;
const PACK_URL = 'https://packs.acme.example/field.json';
const FROM_SUB: RecordMeta = { origin: { kind: 'subscription', url: PACK_URL, packName: 'Field pack' } };
const long = (n: number, c = 'x') => c.repeat(n);
const RELATIONSHIPS = 10_000;
const ITEMS = 1_000;

function hugeItem(i: number): ContentItem {
  return contentItem({
    id: `item-${i}`,
    title: long(BOUNDS.name),
    body: `Hi {{firstName}} ${long(BOUNDS.body - 20)}`,
    url: `https://acme.example/${long(1000)}`,
    approvedBy: long(BOUNDS.name),
    owner: long(BOUNDS.name),
    salesNote: long(BOUNDS.note),
    tags: Array.from({ length: BOUNDS.tags }, () => long(BOUNDS.tag)),
    audience: {
      companies: ['Acme Robotics', ...Array.from({ length: BOUNDS.audienceEntries - 1 }, (_, k) => `${long(190)}${k}`)],
      titles: Array.from({ length: BOUNDS.audienceEntries }, (_, k) => `${long(190)}${k}`),
    },
  });
}

function hugeRelationship(i: number): Relationship {
  return relationship({
    id: `rel-${i}`,
    company: ACME_ROBOTICS,
    knownBy: { name: long(BOUNDS.name), email: 'x@acme.example', team: long(BOUNDS.name) },
    howWeKnow: long(BOUNDS.howWeKnow),
    notes: long(BOUNDS.note),
    strength: 1 + (i % 5),
    qualification: { vendorHistory: long(BOUNDS.note), yearsInIndustry: 3 },
    updatedAt: T1,
  });
}

beforeEach(async () => {
  await deleteAllData();
});

describe('one prospect view', () => {
  it('stays under its budget, and far under Chrome\'s message limit, with a library as large as the bounds allow', { timeout: 60_000 }, async () => {
    await applyImport({
      content: Array.from({ length: ITEMS }, (_, i) => ({ ...hugeItem(i), meta: FROM_SUB })),
      relationships: Array.from({ length: RELATIONSHIPS }, (_, i) => ({ rel: hugeRelationship(i), meta: FROM_SUB })),
    });
    // A disclosure on every item: the guardrails travel whole (search results use them too).
    await saveGuardrails(Object.fromEntries(Array.from({ length: ITEMS }, (_, i) => [`item-${i}`, { disclosure: long(500) }])));

    const view = await loadProspectView(personPage({ company: 'Acme Robotics' }));
    const bytes = JSON.stringify(view).length;
    const guardrailBytes = JSON.stringify(view.guardrails).length;

    expect(view.intros).toHaveLength(VIEW_LIMITS.intros);
    expect(view.intros.length + view.moreIntros).toBe(RELATIONSHIPS);
    expect(view.suggestions.length).toBeGreaterThan(0);
    expect(bytes - guardrailBytes).toBeLessThanOrEqual(VIEW_LIMITS.bytes);
    expect(bytes).toBeLessThan(CHROME_MESSAGE_LIMIT / 8);
    // The panel never learns where a record came from.
    const text = JSON.stringify({ intros: view.intros, suggestions: view.suggestions });
    expect(text).not.toContain(PACK_URL);
    expect(text).not.toContain('"meta"');
    expect(text).not.toContain('"keys"');
    expect(text).not.toContain('"audience"');
  });
});
