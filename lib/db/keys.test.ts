import { describe, expect, it } from 'vitest';
import { relationshipKeys } from './keys';
import { relationship, ACME_ROBOTICS } from '../../tests/support/builders';

describe('relationshipKeys', () => {
  it('derives slugs and normalised name and company', () => {
    expect(relationshipKeys(relationship({ company: ACME_ROBOTICS }))).toEqual({
      personSlug: 'jane-doe',
      personNameKey: 'jane doe',
      companyKey: 'acme robotics',
      companySlug: 'acme-robotics',
    });
  });

  it('folds emoji, diacritics and trailing credentials out of names', () => {
    const keys = relationshipKeys(
      relationship({ company: ACME_ROBOTICS, person: { name: '  José  Núñez, MBA, PhD 🚀' } }),
    );
    expect(keys.personNameKey).toBe('jose nunez');
    // No profile URL: no slug key at all, not an empty one.
    expect('personSlug' in keys).toBe(false);
  });

  it('drops legal suffixes from companies', () => {
    for (const name of ['Acme Robotics GmbH', 'ACME Robotics Ltd.', 'Acme Robotics, LLC', 'Acme Robotics Corp']) {
      expect(relationshipKeys(relationship({ company: { name } })).companyKey, name).toBe('acme robotics');
    }
  });

  it('percent-decodes and lower-cases slugs, ignoring query and trailing slash', () => {
    const keys = relationshipKeys(
      relationship({
        person: { name: 'Zoë', profileUrl: 'https://linkedin.com/in/Zo%C3%AB-Smith/?trk=abc' },
        company: { name: 'X', linkedinUrl: 'https://www.linkedin.com/company/ACME-Robotics/about/' },
      }),
    );
    expect(keys.personSlug).toBe('zoë-smith');
    expect(keys.companySlug).toBe('acme-robotics');
  });

  it('leaves out keys that normalise to nothing', () => {
    const rel = relationship({ scope: 'company', person: { name: '🚀🚀' }, company: { name: 'Beta' } });
    expect(relationshipKeys(rel)).toEqual({ companyKey: 'beta' });
  });

  it('gives a company-scope relationship only company keys', () => {
    const rel = relationship({ scope: 'company', company: { name: 'Beta Corp' } });
    delete rel.person;
    expect(relationshipKeys(rel)).toEqual({ companyKey: 'beta' });
  });
});
