import { describe, expect, it } from 'vitest';
import { relationshipKeys } from './keys';
import { storedRelationship } from '../../tests/support/builders';

describe('relationshipKeys', () => {
  it('derives slug, name and company keys from a person relationship', () => {
    const rel = storedRelationship({
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
    const rel = storedRelationship({ scope: 'company', person: undefined, company: { name: 'Globex' } });
    const keys = relationshipKeys(rel);
    expect(keys).toEqual({ companyKey: 'globex' });
    expect(Object.keys(keys)).toEqual(['companyKey']);
  });
});
