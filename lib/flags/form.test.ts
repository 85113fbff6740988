import { describe, expect, it } from 'vitest';
import { FROM_PACK, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { relationshipKeys } from '../identity/keys';
import type { ProfileSnapshot } from '../model';
import { applyInput, emptyForm, formFromRelationship, formFromSnapshot, humanizeSlug } from './form';

const jane: ProfileSnapshot = {
  kind: 'person',
  url: 'https://www.linkedin.com/in/jane-doe-8a1b2c/?trk=x',
  slug: 'jane-doe-8a1b2c',
  fullName: 'Jane Doe',
  company: 'Acme Robotics',
  companySlug: 'acme-robotics',
  headline: 'VP Operations at Acme Robotics',
  cues: [],
};

describe('formFromSnapshot', () => {
  it('prefills a person from the profile, with canonical URLs', () => {
    const form = formFromSnapshot(jane);
    expect(form).toMatchObject({
      scope: 'person',
      name: 'Jane Doe',
      company: 'Acme Robotics',
      url: 'https://www.linkedin.com/in/jane-doe-8a1b2c/',
      companyUrl: 'https://www.linkedin.com/company/acme-robotics/',
      relation: '',
    });
  });

  it('offers a company-level flag on a company page', () => {
    const form = formFromSnapshot({ kind: 'company', url: 'x', slug: 'northwind-traders', fullName: 'Northwind Traders', cues: [] });
    expect(form).toMatchObject({
      scope: 'company',
      name: '',
      company: 'Northwind Traders',
      url: 'https://www.linkedin.com/company/northwind-traders/',
    });
  });

  it('guesses the name from the slug when the page gave none', () => {
    expect(formFromSnapshot({ ...jane, fullName: undefined }).name).toBe('Jane Doe');
  });
});

describe('humanizeSlug', () => {
  it('drops LinkedIn trailing ids and capitalises', () => {
    expect(humanizeSlug('jane-doe-8a1b2c')).toBe('Jane Doe');
    expect(humanizeSlug('marcus-lee')).toBe('Marcus Lee');
    expect(humanizeSlug('northwind-traders')).toBe('Northwind Traders');
    expect(humanizeSlug('jo-123456')).toBe('Jo');
  });
});

describe('applyInput', () => {
  it('a pasted /in/ URL sets scope, canonical URL and a name guess', () => {
    const form = applyInput(emptyForm('company'), 'url', 'https://www.linkedin.com/in/marcus-lee-4f2a9/?utm=1');
    expect(form.scope).toBe('person');
    expect(form.url).toBe('https://www.linkedin.com/in/marcus-lee-4f2a9/');
    expect(form.name).toBe('Marcus Lee');
  });

  it('never overwrites a name already typed', () => {
    const typed = { ...emptyForm(), name: 'Marc Lee' };
    expect(applyInput(typed, 'url', 'linkedin.com/in/marcus-lee').name).toBe('Marc Lee');
  });

  it('a pasted /company/ URL switches to a company flag and fills the company', () => {
    const form = applyInput(emptyForm(), 'url', 'www.linkedin.com/company/northwind-traders/');
    expect(form).toMatchObject({ scope: 'company', company: 'Northwind Traders', url: 'https://www.linkedin.com/company/northwind-traders/' });
  });

  it('keeps text that is not a LinkedIn URL as typed', () => {
    expect(applyInput(emptyForm(), 'url', 'linkedin.com/feed').url).toBe('linkedin.com/feed');
  });

  it('typing another company forgets the company page read from the profile', () => {
    const form = formFromSnapshot(jane);
    expect(applyInput(form, 'company', 'Globex').companyUrl).toBe('');
    expect(applyInput(form, 'notes', 'hi').companyUrl).toBe(form.companyUrl);
  });

  it('switching scope drops a URL of the other kind', () => {
    const form = formFromSnapshot(jane);
    expect(applyInput(form, 'scope', 'company').url).toBe('');
  });
});

describe('formFromRelationship', () => {
  it('round-trips every field of a stored flag', () => {
    const rel = relationship({
      strength: 4,
      company: ACME_ROBOTICS,
      howWeKnow: 'Worked together',
      notes: 'Loves sailing',
      qualification: { operationallyReady: true, yearsInIndustry: 12, forwardLooking: false, vendorHistory: 'Long-term' },
    });
    const form = formFromRelationship({ ...rel, meta: FROM_PACK, keys: relationshipKeys(rel) });
    expect(form).toEqual({
      scope: 'person',
      name: 'Jane Doe',
      company: 'Acme Robotics, Inc.',
      url: 'https://www.linkedin.com/in/jane-doe/',
      companyUrl: 'https://www.linkedin.com/company/acme-robotics/',
      relation: 'former-colleague',
      strength: '4',
      howWeKnow: 'Worked together',
      notes: 'Loves sailing',
      canIntro: true,
      operationallyReady: 'yes',
      yearsInIndustry: '12',
      forwardLooking: 'no',
      vendorHistory: 'Long-term',
    });
  });
});

