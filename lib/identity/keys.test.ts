import { describe, expect, it } from 'vitest';
import { profileKeys, relationshipKeys, subjectLookup } from './keys';
import { ACME_ROBOTICS, companyPage, personPage, relationship } from '../../tests/support/builders';

describe('relationshipKeys', () => {
  it('derives slug, name and company keys from a person relationship', () => {
    const rel = relationship({
      person: { name: 'José Núñez, PhD', profileUrl: 'https://www.linkedin.com/in/Jos%C3%A9-N/?trk=1' },
      company: { name: 'Acme, Inc.', linkedinUrl: 'https://www.linkedin.com/company/acme/about/' },
    });
    expect(relationshipKeys(rel)).toEqual({
      personSlug: 'josé-n',
      personNameKey: 'jose nunez',
      companyKey: 'acme',
      companySlug: 'acme',
    });
  });

  it('leaves out keys with no value, so the record is skipped by that index', () => {
    const rel = relationship({ scope: 'company', person: undefined, company: { name: 'Globex' } });
    const keys = relationshipKeys(rel);
    expect(keys).toEqual({ companyKey: 'globex' });
    expect(Object.keys(keys)).toEqual(['companyKey']);
  });

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

describe('profileKeys', () => {
  it('asks a person page for slug, name key, company key and company slug', () => {
    const profile = personPage({ slug: 'Jane-Doe', fullName: 'Jane Doe, MBA', company: 'Acme Robotics, Inc.', companySlug: 'acme-robotics' });
    expect(profileKeys(profile)).toEqual({
      personSlug: 'jane-doe',
      personNameKey: 'jane doe',
      companyKey: 'acme robotics',
      companySlug: 'acme-robotics',
    });
  });

  it('asks a company page for its slug and name only', () => {
    expect(profileKeys(companyPage({ fullName: 'Acme Robotics GmbH' }))).toEqual({
      companySlug: 'acme-robotics',
      companyKey: 'acme robotics',
    });
  });

  it('leaves out keys it cannot know', () => {
    expect(profileKeys(personPage({ fullName: undefined, company: undefined }))).toEqual({ personSlug: 'jane-doe' });
  });

  it('uses the same keys the store derives for a matching relationship', () => {
    const rel = relationship({
      person: { name: 'José Núñez', profileUrl: 'https://www.linkedin.com/in/jnunez/' },
      company: { name: 'Acme, Inc.' },
    });
    const query = profileKeys(personPage({ slug: 'jnunez', fullName: 'Jose Nunez', company: 'ACME' }));
    expect(relationshipKeys(rel)).toEqual({
      personSlug: query.personSlug,
      personNameKey: query.personNameKey,
      companyKey: query.companyKey,
    });
  });
});

describe('subjectLookup', () => {
  it('looks a person up by profile slug and name, a company by page slug and name', () => {
    expect(subjectLookup(relationship({ company: ACME_ROBOTICS }))).toEqual({ personSlug: 'jane-doe', personNameKey: 'jane doe' });
    expect(subjectLookup(relationship({ scope: 'company', person: undefined, company: ACME_ROBOTICS }))).toEqual({
      companyKey: 'acme robotics',
      companySlug: 'acme-robotics',
    });
  });
});
