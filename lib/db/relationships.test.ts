import { beforeEach, describe, expect, it } from 'vitest';
import {
  countRelationships,
  deleteRelationship,
  getRelationship,
  hasRelationships,
  listRelationships,
  putRelationship,
  relationshipsByKeys,
} from './relationships';
import { FROM_PACK, LOCAL, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

const ids = (rels: Array<{ id: string }>) => rels.map((r) => r.id).sort();

describe('relationships store', () => {
  beforeEach(useFreshDatabase);

  it('stores meta and derived keys with the relationship', async () => {
    const stored = await putRelationship(relationship({ company: ACME_ROBOTICS }), FROM_PACK);
    const read = await getRelationship('r1');
    expect(read).toEqual(stored);
    expect(read?.meta).toEqual(FROM_PACK);
    expect(read?.keys).toEqual({
      personSlug: 'jane-doe',
      personNameKey: 'jane doe',
      companyKey: 'acme robotics',
      companySlug: 'acme-robotics',
    });
  });

  it('replaces, lists, counts and deletes', async () => {
    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'r1' }), LOCAL);
    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'r2' }), LOCAL);
    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'r1', strength: 2 }), LOCAL);
    expect(await countRelationships()).toBe(2);
    expect((await getRelationship('r1'))?.strength).toBe(2);
    expect(ids(await listRelationships())).toEqual(['r1', 'r2']);
    await deleteRelationship('r1');
    expect(await getRelationship('r1')).toBeUndefined();
    expect(await countRelationships()).toBe(1);
  });

  it('says whether any relationship is stored, from the first to the last one deleted', async () => {
    expect(await hasRelationships()).toBe(false);
    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'r1' }), LOCAL);
    expect(await hasRelationships()).toBe(true);
    await deleteRelationship('r1');
    expect(await hasRelationships()).toBe(false);
  });

  it('re-derives keys when a relationship is replaced', async () => {
    await putRelationship(relationship({ company: ACME_ROBOTICS }), LOCAL);
    await putRelationship(
      relationship({ company: ACME_ROBOTICS, person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-2/' } }),
      LOCAL,
    );
    expect(await relationshipsByKeys({ personSlug: 'jane-doe' })).toEqual([]);
    expect(ids(await relationshipsByKeys({ personSlug: 'jane-2' }))).toEqual(['r1']);
  });

  describe('relationshipsByKeys', () => {
    beforeEach(async () => {
      await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'by-slug' }), LOCAL);
      await putRelationship(
        relationship({ id: 'by-name', person: { name: 'Bob Stone, PhD' }, company: { name: 'Other Co' } }),
        LOCAL,
      );
      await putRelationship(
        relationship({ id: 'company-name', scope: 'company', person: undefined, company: { name: 'Beta GmbH' } }),
        LOCAL,
      );
      await putRelationship(
        relationship({
          id: 'company-slug',
          scope: 'company',
          person: undefined,
          company: { name: 'Gamma', linkedinUrl: 'https://www.linkedin.com/company/gamma-inc/' },
        }),
        LOCAL,
      );
    });

    it('finds by person slug', async () => {
      expect(ids(await relationshipsByKeys({ personSlug: 'jane-doe' }))).toEqual(['by-slug']);
    });

    it('finds by normalised person name', async () => {
      expect(ids(await relationshipsByKeys({ personNameKey: 'bob stone' }))).toEqual(['by-name']);
    });

    it('finds by normalised company name', async () => {
      expect(ids(await relationshipsByKeys({ companyKey: 'beta' }))).toEqual(['company-name']);
    });

    it('finds by company slug', async () => {
      expect(ids(await relationshipsByKeys({ companySlug: 'gamma-inc' }))).toEqual(['company-slug']);
    });

    it('returns each relationship once when several keys hit it', async () => {
      const found = await relationshipsByKeys({
        personSlug: 'jane-doe',
        personNameKey: 'jane doe',
        companyKey: 'acme robotics',
        companySlug: 'acme-robotics',
      });
      expect(found.map((r) => r.id)).toEqual(['by-slug']);
    });

    it('unions hits across keys', async () => {
      const found = await relationshipsByKeys({ personSlug: 'jane-doe', companyKey: 'beta', companySlug: 'gamma-inc' });
      expect(ids(found)).toEqual(['by-slug', 'company-name', 'company-slug']);
    });

    it('finds nothing for no keys, empty keys or unknown keys', async () => {
      expect(await relationshipsByKeys({})).toEqual([]);
      expect(await relationshipsByKeys({ personSlug: '', companyKey: '' })).toEqual([]);
      expect(await relationshipsByKeys({ personSlug: 'nobody' })).toEqual([]);
    });
  });
});
