import { describe, expect, it } from 'vitest';
import { ProfileSnapshot } from '../model/profile';
import { readProfile } from './read-profile';
import { domOf, fixtureNames, loadFixture } from '../../tests/support/fixtures';

type Expected = Pick<
  ProfileSnapshot,
  'kind' | 'slug' | 'fullName' | 'firstName' | 'lastName' | 'title' | 'company' | 'companySlug' | 'industry' | 'location'
> & { cues: string[]; notCues?: string[] };

// Every field is listed: undefined means the reader must NOT invent it.
const FIXTURES: Record<string, Expected | null> = {
  'feed.html': null,
  'profile-logged-in.html': {
    kind: 'person',
    slug: 'jane-doe-8a1b2c',
    fullName: 'Jane Doe',
    firstName: 'Jane',
    lastName: 'Doe',
    title: 'VP of Marketing',
    company: 'Acme Robotics',
    companySlug: undefined,
    industry: undefined,
    location: 'Detroit, Michigan, United States',
    cues: ['name:h1', 'company:aria', 'headline:structure', 'location:structure', 'title:meta'],
  },
  'profile-public.html': {
    kind: 'person',
    slug: 'marcus-lee-cfo',
    fullName: 'Marcus Lee',
    firstName: 'Marcus',
    lastName: 'Lee',
    title: 'Chief Financial Officer',
    company: 'Northwind Traders',
    companySlug: 'northwind-traders',
    industry: undefined,
    location: 'Seattle, Washington, United States',
    cues: ['name:json-ld', 'title:json-ld', 'company:json-ld', 'companySlug:json-ld', 'location:json-ld'],
  },
  'profile-hashed-classes.html': {
    kind: 'person',
    slug: 'samuel-okafor-4b7e21',
    fullName: 'Samuel Okafor',
    firstName: 'Samuel',
    lastName: 'Okafor',
    title: 'Head of Partnerships',
    company: 'Fabrikam',
    companySlug: undefined,
    industry: undefined,
    location: 'Lagos, Lagos State, Nigeria',
    cues: ['name:h1', 'company:aria', 'headline:structure', 'location:structure', 'title:headline'],
    notCues: ['name:class', 'headline:class', 'location:class'],
  },
  'profile-no-company.html': {
    kind: 'person',
    slug: 'alex-morgan-writes',
    fullName: 'Alex Morgan',
    firstName: 'Alex',
    lastName: 'Morgan',
    title: undefined,
    company: undefined,
    companySlug: undefined,
    industry: undefined,
    location: 'Austin, Texas, United States',
    cues: ['name:h1', 'headline:structure'],
  },
  'profile-non-latin.html': {
    kind: 'person',
    slug: '王小明-5b2a1',
    fullName: '王小明',
    firstName: '王小明',
    lastName: undefined,
    title: '产品总监',
    company: '星辰科技',
    companySlug: undefined,
    industry: undefined,
    location: '中国 上海',
    cues: ['name:h1', 'company:aria', 'title:meta'],
  },
  'profile-rtl.html': {
    kind: 'person',
    slug: 'layla-hassan-77',
    fullName: 'ليلى حسن',
    firstName: 'ليلى',
    lastName: 'حسن',
    title: 'مديرة التسويق',
    company: 'شركة النخبة',
    companySlug: undefined,
    industry: undefined,
    location: 'دبي، الإمارات العربية المتحدة',
    cues: ['name:h1', 'company:aria', 'title:meta'],
  },
  'profile-spanish.html': {
    kind: 'person',
    slug: 'lucia-fernandez-ruiz',
    fullName: 'Lucía Fernández Ruiz',
    firstName: 'Lucía',
    lastName: 'Fernández Ruiz',
    title: 'Directora de Ventas',
    company: 'Contoso Ibérica',
    companySlug: undefined,
    industry: undefined,
    location: 'Madrid, Comunidad de Madrid, España',
    cues: ['name:h1', 'company:aria', 'title:headline'],
  },
  'profile-emoji-credentials.html': {
    kind: 'person',
    slug: 'priya-raman-mba',
    fullName: 'Priya Raman',
    firstName: 'Priya',
    lastName: 'Raman',
    title: 'Growth Lead',
    company: 'Tailspin Toys',
    companySlug: undefined,
    industry: undefined,
    location: 'Bengaluru, Karnataka, India',
    cues: ['name:h1', 'title:headline', 'company:headline'],
  },
  'profile-stale-head.html': {
    kind: 'person',
    slug: 'elena-petrova-9c',
    fullName: 'Elena Petrova',
    firstName: 'Elena',
    lastName: 'Petrova',
    title: 'Risk Analyst',
    company: 'Woodgrove Bank',
    companySlug: undefined,
    industry: undefined,
    location: 'Toronto, Ontario, Canada',
    cues: ['name:h1', 'company:aria', 'title:headline'],
    notCues: ['name:json-ld', 'title:json-ld', 'title:meta', 'company:meta', 'location:meta'],
  },
  'company.html': {
    kind: 'company',
    slug: 'northwind-traders',
    fullName: 'Northwind Traders',
    firstName: undefined,
    lastName: undefined,
    title: undefined,
    company: 'Northwind Traders',
    companySlug: 'northwind-traders',
    industry: 'Food and Beverage Services',
    location: 'Seattle, Washington',
    cues: ['name:h1', 'industry:class'],
  },
  'company-hashed.html': {
    kind: 'company',
    slug: 'contoso-ltd',
    fullName: 'Contoso Ltd',
    firstName: undefined,
    lastName: undefined,
    title: undefined,
    company: 'Contoso Ltd',
    companySlug: 'contoso-ltd',
    industry: 'Software Development',
    location: undefined,
    cues: ['name:h1', 'industry:dl'],
  },
  'company-public.html': {
    kind: 'company',
    slug: 'fabrikam',
    fullName: 'Fabrikam, Inc.',
    firstName: undefined,
    lastName: undefined,
    title: undefined,
    company: 'Fabrikam, Inc.',
    companySlug: 'fabrikam',
    industry: 'IT Services and IT Consulting',
    location: 'Lagos',
    cues: ['name:json-ld', 'location:json-ld', 'industry:dl'],
  },
};

describe('readProfile on the fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(fixtureNames());
  });

  for (const [name, expected] of Object.entries(FIXTURES)) {
    it(`reads ${name}`, () => {
      const { doc, url } = loadFixture(name);
      const snapshot = readProfile(doc, url);
      if (expected === null) {
        expect(snapshot).toBeNull();
        return;
      }
      expect(snapshot).not.toBeNull();
      const { cues, notCues = [], ...fields } = expected;
      for (const [field, value] of Object.entries(fields)) {
        expect(snapshot?.[field as keyof ProfileSnapshot], field).toEqual(value);
      }
      expect(snapshot?.cues).toEqual(expect.arrayContaining(cues));
      for (const cue of notCues) expect(snapshot?.cues).not.toContain(cue);
      expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
    });
  }
});

const PERSON = 'https://www.linkedin.com/in/jane-doe-8a1b2c/';
const page = (head: string, body = '') =>
  domOf(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readProfile layers', () => {
  it('returns null for pages that are neither a person nor a company', () => {
    const doc = page('<title>Feed | LinkedIn</title>');
    expect(readProfile(doc, 'https://www.linkedin.com/feed/')).toBeNull();
    expect(readProfile(doc, 'https://example.com/in/jane-doe/')).toBeNull();
    expect(readProfile(doc, 'not a url')).toBeNull();
  });

  it('falls back to a humanised slug, marked as such, when the page says nothing', () => {
    const snapshot = readProfile(page(''), PERSON);
    expect(snapshot).toMatchObject({ kind: 'person', slug: 'jane-doe-8a1b2c', fullName: 'Jane Doe', firstName: 'Jane' });
    expect(snapshot?.cues).toEqual(['name:slug']);
  });

  it('reads no name from a member-id slug', () => {
    const snapshot = readProfile(page(''), 'https://www.linkedin.com/in/ACoAAB12cDeF34/');
    expect(snapshot?.fullName).toBeUndefined();
    expect(snapshot?.cues).toEqual([]);
  });

  it('reads the name from the page title when the body has not rendered', () => {
    const snapshot = readProfile(page('<title>(3) Jane Doe | LinkedIn</title>'), PERSON);
    expect(snapshot?.fullName).toBe('Jane Doe');
    expect(snapshot?.cues).toContain('name:page-title');
  });

  it('reads name, title and company from a "Name - Title - Company" title', () => {
    const snapshot = readProfile(
      page('<title>Jane Doe - Head of Sales - Acme Robotics | LinkedIn</title>'),
      PERSON,
    );
    expect(snapshot).toMatchObject({ fullName: 'Jane Doe', title: 'Head of Sales', company: 'Acme Robotics' });
    expect(snapshot?.cues).toEqual(expect.arrayContaining(['name:page-title', 'title:page-title', 'company:page-title']));
  });

  it('ignores a title whose name is not the person on the page', () => {
    const snapshot = readProfile(
      page('<title>Marcus Lee - CFO - Northwind | LinkedIn</title>', '<main><h1>Jane Doe</h1></main>'),
      PERSON,
    );
    expect(snapshot).toMatchObject({ fullName: 'Jane Doe' });
    expect(snapshot?.title).toBeUndefined();
    expect(snapshot?.company).toBeUndefined();
  });

  it('treats "LinkedIn Member" as no name', () => {
    const snapshot = readProfile(page('', '<main><h1>LinkedIn Member</h1></main>'), PERSON);
    expect(snapshot?.fullName).toBe('Jane Doe');
    expect(snapshot?.cues).toContain('name:slug');
  });

  it('reads a JSON-LD Person with a plain jobTitle, worksFor array and ended jobs', () => {
    const doc = page(
      jsonLd({
        '@type': 'Person',
        name: 'Jane Doe',
        jobTitle: 'VP Marketing',
        worksFor: [
          { '@type': 'Organization', name: 'Initech', member: { endDate: 2020 } },
          { '@type': 'Organization', name: 'Acme Robotics', url: 'https://www.linkedin.com/company/acme-robotics' },
        ],
        address: [{ addressLocality: 'Detroit' }],
      }),
    );
    expect(readProfile(doc, PERSON)).toMatchObject({
      fullName: 'Jane Doe',
      title: 'VP Marketing',
      company: 'Acme Robotics',
      companySlug: 'acme-robotics',
      location: 'Detroit',
    });
  });

  it('skips a JSON-LD script that does not parse and reads the next one', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type": "Person", "name": </script>${jsonLd([{ '@type': ['Person'], name: 'Jane Q. Doe' }])}`,
    );
    const snapshot = readProfile(doc, PERSON);
    expect(snapshot?.fullName).toBe('Jane Q. Doe');
    expect(snapshot?.cues).toContain('name:json-ld');
  });

  it('ignores JSON-LD about another profile', () => {
    const doc = page(jsonLd({ '@type': 'Person', name: 'Marcus Lee', url: 'https://www.linkedin.com/in/marcus-lee-cfo' }));
    expect(readProfile(doc, PERSON)?.fullName).toBe('Jane Doe'); // from the slug
  });

  it('reads the current company from ARIA labels in five languages', () => {
    const labels = [
      'Current company: Acme. Click to skip to experience card',
      'Empresa actual: Acme. Haz clic para ir a la sección de experiencia',
      'Entreprise actuelle : Acme. Cliquez pour accéder à la section Expérience',
      'Aktuelles Unternehmen: Acme. Klicken Sie, um zum Abschnitt „Berufserfahrung“ zu springen',
      'Empresa atual: Acme. Clique para pular para a seção de experiência',
    ];
    for (const label of labels) {
      const doc = page('', `<main><h1>Jane Doe</h1><button aria-label="${label}">Acme</button></main>`);
      expect(readProfile(doc, PERSON)?.company, label).toBe('Acme');
    }
  });

  it('takes the company slug from a current-company link', () => {
    const doc = page(
      '',
      '<main><h1>Jane Doe</h1><a href="/company/acme-robotics/" aria-label="Current company: Acme Robotics">Acme</a></main>',
    );
    expect(readProfile(doc, PERSON)).toMatchObject({ company: 'Acme Robotics', companySlug: 'acme-robotics' });
  });

  it('reads a company name from its title when the page has no h1 yet', () => {
    const doc = page('<title>(2) Northwind Traders: Overview | LinkedIn</title>');
    const snapshot = readProfile(doc, 'https://www.linkedin.com/company/northwind-traders/posts/');
    expect(snapshot).toMatchObject({
      kind: 'company',
      fullName: 'Northwind Traders',
      company: 'Northwind Traders',
      companySlug: 'northwind-traders',
    });
    expect(snapshot?.cues).toContain('name:page-title');
  });

  it('returns a partial snapshot when a layer throws', () => {
    const doc = page('<title>Marcus Lee - CFO - Northwind | LinkedIn</title>', '<main><h1>Jane Doe</h1></main>');
    const broken = new Proxy(doc, {
      get(target, key) {
        if (key === 'title' || key === 'documentElement') throw new Error('boom');
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const snapshot = readProfile(broken, PERSON);
    expect(snapshot).toMatchObject({ kind: 'person', slug: 'jane-doe-8a1b2c', fullName: 'Jane Doe', firstName: 'Jane' });
    expect(snapshot?.cues).toEqual(['name:h1']);
  });

  it('keeps every value within the snapshot schema limits', () => {
    const long = 'A'.repeat(900);
    const doc = page('', `<main><h1>${long} B</h1><div>${long} at Acme</div></main>`);
    const snapshot = readProfile(doc, `https://www.linkedin.com/in/${'x'.repeat(400)}/`);
    expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
    expect(snapshot?.fullName?.length).toBe(300);
  });
});
