import { describe, expect, it } from 'vitest';
import { relationshipKeys } from '../identity/keys';
import { FROM_PACK, LOCAL, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { Relationship, type StoredRelationship } from '../model';
import { buildRelationship, metaFor } from './build';
import { emptyForm, formFromRelationship, type FlagForm } from './form';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const ctx = { settings: { name: 'Mia Marketer', email: 'mia@acme.example', team: '' }, now: NOW, newId: () => 'flag-1' };

const filled: FlagForm = {
  ...emptyForm(),
  name: ' Jane Doe ',
  company: 'Acme Robotics',
  url: 'linkedin.com/in/jane-doe-8a1b2c',
  relation: 'customer',
  strength: '5',
};

function stored(rel: Relationship, meta = LOCAL): StoredRelationship {
  return { ...rel, meta, keys: relationshipKeys(rel) };
}

describe('buildRelationship', () => {
  it('builds a valid person relationship held by the user', () => {
    const result = buildRelationship(filled, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.relationship).toEqual({
      id: 'flag-1',
      scope: 'person',
      person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe-8a1b2c/' },
      company: { name: 'Acme Robotics' },
      relation: 'customer',
      strength: 5,
      knownBy: { name: 'Mia Marketer', email: 'mia@acme.example' },
      canIntro: false,
      createdAt: '2026-03-01T12:00:00.000Z',
      updatedAt: '2026-03-01T12:00:00.000Z',
      confirmedAt: '2026-03-01T12:00:00.000Z',
    });
    expect(result.meta).toEqual({ origin: { kind: 'local' } });
    expect(Relationship.safeParse(result.relationship).success).toBe(true);
  });

  it('turns the qualification answers into the schema, leaving unknowns out', () => {
    const result = buildRelationship(
      { ...filled, operationallyReady: 'no', forwardLooking: 'unknown', yearsInIndustry: '0', vendorHistory: ' Switched vendors in 2024 ' },
      ctx,
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.relationship.qualification).toEqual({ operationallyReady: false, yearsInIndustry: 0, vendorHistory: 'Switched vendors in 2024' });
  });

  it('builds a company-level flag with the company page URL', () => {
    const form: FlagForm = { ...emptyForm('company'), company: 'Northwind Traders', url: 'https://www.linkedin.com/company/northwind-traders/', relation: 'partner', strength: '3', canIntro: true };
    const result = buildRelationship(form, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.relationship.scope).toBe('company');
    expect(result.relationship.person).toBeUndefined();
    expect(result.relationship.company).toEqual({ name: 'Northwind Traders', linkedinUrl: 'https://www.linkedin.com/company/northwind-traders/' });
  });

  it('reports each problem next to its field', () => {
    const result = buildRelationship({ ...emptyForm(), strength: '', url: 'https://example.com/jane', yearsInIndustry: 'ten' }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['name', 'relation', 'strength', 'url', 'yearsInIndustry']);
  });

  it('says when the URL is of the other kind', () => {
    const result = buildRelationship({ ...filled, url: 'https://www.linkedin.com/company/acme/' }, ctx);
    expect(!result.ok && result.errors.url).toMatch(/company page/);
  });

  it('maps schema limits to the field, in plain words', () => {
    const result = buildRelationship({ ...filled, notes: 'x'.repeat(2001), howWeKnow: 'y'.repeat(501) }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.notes).toBe('Keep it to 2000 characters or fewer.');
    expect(result.errors.howWeKnow).toBe('Keep it to 500 characters or fewer.');
  });

  it('flags a bad email in settings as a form-level problem', () => {
    const result = buildRelationship(filled, { ...ctx, settings: { name: 'Mia', email: 'not-an-email', team: '' } });
    expect(!result.ok && result.errors.form).toMatch(/Settings/);
  });

  it('editing keeps id, holder, creation time and origin; a pack record is marked as edited here', () => {
    const original = stored(relationship({ company: ACME_ROBOTICS, id: 'pack-7', knownBy: { name: 'Sam Seller' } }), FROM_PACK);
    const result = buildRelationship({ ...formFromRelationship(original), strength: '2' }, { ...ctx, existing: original });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.relationship).toMatchObject({ id: 'pack-7', strength: 2, knownBy: { name: 'Sam Seller' }, createdAt: original.createdAt, updatedAt: NOW.toISOString() });
    expect(result.meta).toEqual({ ...FROM_PACK, locallyEditedAt: NOW.toISOString() });
  });
});

describe('metaFor', () => {
  it('keeps a local record local and unmarked', () => {
    const local = stored(relationship({ company: ACME_ROBOTICS }), LOCAL);
    expect(metaFor(local, NOW)).toEqual(LOCAL);
    expect(metaFor(undefined, NOW)).toEqual(LOCAL);
  });
});
