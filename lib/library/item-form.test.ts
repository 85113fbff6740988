import { describe, expect, it } from 'vitest';
import { emptyForm, formFromItem, itemFromForm, splitList, type ItemForm } from './item-form';
import { toLocalInput } from './local-time';

const NOW = new Date('2026-03-10T12:00:00Z');
const form = (overrides: Partial<ItemForm> = {}): ItemForm => ({
  ...emptyForm('item-1'),
  title: 'Intro',
  body: 'Hi {{firstName}}',
  ...overrides,
});

describe('splitList', () => {
  it('trims, drops blanks and repeats that differ only in case', () => {
    expect(splitList(' VP, marketing,, vp ,Growth ')).toEqual(['VP', 'marketing', 'Growth']);
    expect(splitList('')).toEqual([]);
  });
});

describe('itemFromForm', () => {
  it('builds a valid item with updatedAt now and leaves blank optional fields out', () => {
    const result = itemFromForm(form({ tags: 'q1, launch', titles: 'marketing', seniorities: ['vp', 'cxo'] }), NOW);
    expect(result).toEqual({
      ok: true,
      item: {
        id: 'item-1',
        kind: 'message',
        title: 'Intro',
        body: 'Hi {{firstName}}',
        status: 'draft',
        tags: ['q1', 'launch'],
        audience: { titles: ['marketing'], seniorities: ['vp', 'cxo'] },
        updatedAt: NOW.toISOString(),
      },
    });
  });

  it('names the field of each problem: unknown token, missing title, http url, expiry before start', () => {
    const result = itemFromForm(
      form({ title: ' ', body: 'Hi {{nickname}}', url: 'http://acme.example', validFrom: '2026-04-02T09:00', expiresAt: '2026-04-01T09:00' }),
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.body).toEqual(['{{nickname}} is not a token Warmline fills in: use one of the tokens above, or remove it.']);
    expect(result.issues.title).toEqual(['Give it a title.']);
    expect(result.issues.url).toEqual(['The link must be a web address that starts with https://.']);
    expect(result.issues.expiresAt).toEqual(['The expiry must be after the date reps see it from.']);
  });

  it('asks for a body when it is empty and refuses a date that is not one', () => {
    const result = itemFromForm(form({ body: '', validFrom: 'soon' }), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.body).toEqual(['Write the body.']);
      expect(result.issues.validFrom).toEqual(['This is not a date and time.']);
    }
  });

  it('round-trips an item through the form', () => {
    const item = {
      id: 'x',
      kind: 'post' as const,
      title: 'Launch',
      body: 'Read {{company}}',
      url: 'https://acme.example/launch',
      status: 'approved' as const,
      approvedBy: 'Mia',
      approvedAt: '2026-03-01T10:00:00.000Z',
      validFrom: '2026-03-02T09:00:00.000Z',
      expiresAt: '2026-04-02T09:00:00.000Z',
      audience: { titles: ['cfo'], seniorities: ['cxo' as const], industries: ['Retail'], companies: ['Northwind'] },
      tags: ['finance'],
      salesNote: 'Use after a demo',
      owner: 'Mia',
      updatedAt: NOW.toISOString(),
    };
    expect(formFromItem(item).validFrom).toBe(toLocalInput(item.validFrom));
    expect(itemFromForm(formFromItem(item), NOW)).toEqual({ ok: true, item });
  });
});
