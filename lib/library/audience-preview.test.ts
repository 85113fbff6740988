import { describe, expect, it } from 'vitest';
import { contentItem } from '../../tests/support/builders';
import { whoWouldSee } from './audience-preview';
import { SAMPLE_PROSPECTS } from './sample-prospects';

const NOW = new Date('2026-03-10T12:00:00Z');
const seers = (audience: Parameters<typeof contentItem>[0]) =>
  whoWouldSee(contentItem(audience), SAMPLE_PROSPECTS, NOW)
    .filter((v) => v.sees)
    .map((v) => v.prospect.id);

describe('whoWouldSee', () => {
  it('shows a general item to everyone', () => {
    expect(seers({})).toEqual(['jane', 'marcus', 'priya', 'tomas']);
  });

  it('matches title keywords, seniorities, companies and industries with reasons', () => {
    expect(seers({ audience: { titles: ['marketing'] } })).toEqual(['jane']);
    expect(seers({ audience: { seniorities: ['cxo'] } })).toEqual(['marcus']);
    expect(seers({ audience: { seniorities: ['entry', 'owner'] } })).toEqual(['priya', 'tomas']);
    expect(seers({ audience: { companies: ['Northwind Traders Inc.'] } })).toEqual(['marcus']);
    expect(seers({ audience: { industries: ['software development'] } })).toEqual(['priya', 'tomas']);
    const [jane] = whoWouldSee(contentItem({ audience: { titles: ['marketing'] } }), SAMPLE_PROSPECTS, NOW);
    expect(jane?.reasons).toContain("Title: VP of Marketing matches 'marketing'");
  });

  it('reaches a role by its words and a function by its roles', () => {
    expect(seers({ audience: { titles: ['finance'] } })).toEqual(['marcus']);
    expect(seers({ audience: { titles: ['Chief Executive Officer'] } })).toEqual(['tomas']);
    expect(seers({ audience: { titles: ['engineering'] } })).toEqual(['priya']);
  });

  it('needs every kind that has values to fit them', () => {
    // Jane is a VP, but not in finance; Marcus is in finance, but C-level, not a VP.
    expect(seers({ audience: { titles: ['finance'], seniorities: ['vp'] } })).toEqual([]);
    expect(seers({ audience: { titles: ['finance', 'marketing'], seniorities: ['vp'] } })).toEqual(['jane']);
  });

  it('judges the audience of drafts and out-of-date items as if they were live', () => {
    expect(seers({ status: 'draft', expiresAt: '2020-01-01T00:00:00Z', audience: { titles: ['cfo'] } })).toEqual(['marcus']);
    const verdicts = whoWouldSee(contentItem({ audience: { titles: ['cfo'] } }), SAMPLE_PROSPECTS, NOW);
    expect(verdicts[0]).toMatchObject({ sees: false, reasons: ['Not every kind in the audience fits them'] });
  });
});
