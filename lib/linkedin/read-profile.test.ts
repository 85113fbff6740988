import { describe, expect, it } from 'vitest';
import { ProfileSnapshot } from '../model/profile';
import { readPage } from './read-profile';
import { domOf, fixtureNames, loadFixture } from '../../tests/support/fixtures';
import { READ_FIELDS, READINGS } from '../../tests/fixtures/readings';

describe('readPage on every fixture (tests/fixtures/readings.ts)', () => {
  it('has an expectation for every fixture page', () => {
    expect(Object.keys(READINGS).sort()).toEqual(fixtureNames());
  });

  for (const [name, expected] of Object.entries(READINGS)) {
    it(`reads ${name}`, () => {
      const { doc, url } = loadFixture(name);
      const reading = readPage(doc, url);
      if (expected === null || 'noProspect' in expected) {
        expect(reading).toEqual(expected && { snapshot: null, noProspect: expected.noProspect });
        return;
      }
      const snapshot = reading?.snapshot;
      for (const field of READ_FIELDS) expect(snapshot?.[field], field).toEqual(expected[field]);
      expect([...(snapshot?.cues ?? [])].sort(), 'cues').toEqual(expected.cues);
      expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
    });
  }
});

const PERSON = 'https://www.linkedin.com/in/jane-doe-8a1b2c/';
const page = (head: string, body = '') =>
  domOf(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

/** The snapshot a page gives, or undefined when it gives none. */
const snapshotOf = (doc: Document, href: string) => readPage(doc, href)?.snapshot ?? undefined;

describe('readPage layers', () => {
  it('returns null for pages that are neither a person nor a company', () => {
    const doc = page('<title>Feed | LinkedIn</title>');
    expect(readPage(doc, 'https://www.linkedin.com/feed/')).toBeNull();
    expect(readPage(doc, 'https://example.com/in/jane-doe/')).toBeNull();
    expect(readPage(doc, 'not a url')).toBeNull();
  });

  it('never makes a name of the URL slug: an empty page (HTTP 999) is the slug and nothing else', () => {
    // The slug still finds intros (it is the exact lookup key); a guessed name would greet a stranger.
    for (const slug of ['jane-doe-8a1b2c', 'ACoAAB12cDeF34']) {
      const snapshot = snapshotOf(domOf('<html><head><meta http-equiv="refresh" content="1;url=https://www.linkedin.com"></head><body></body></html>'), `https://www.linkedin.com/in/${slug}/`);
      expect(snapshot).toEqual({ kind: 'person', url: `https://www.linkedin.com/in/${slug.toLowerCase()}/`, slug: slug.toLowerCase(), cues: [] });
    }
  });

  it('reads the name from the page title when the body has not rendered', () => {
    const snapshot = snapshotOf(page('<title>(3) Jane Doe | LinkedIn</title>'), PERSON);
    expect(snapshot?.fullName).toBe('Jane Doe');
    expect(snapshot?.cues).toContain('name:page-title');
  });

  it('reads name, title and company from a "Name - Title - Company" title', () => {
    const snapshot = snapshotOf(page('<title>Jane Doe - Head of Sales - Acme Robotics | LinkedIn</title>'), PERSON);
    expect(snapshot).toMatchObject({ fullName: 'Jane Doe', title: 'Head of Sales', company: 'Acme Robotics' });
    expect(snapshot?.cues).toEqual(expect.arrayContaining(['name:page-title', 'title:page-title', 'company:page-title']));
  });

  it('ignores a title whose name is not the person on the page', () => {
    const snapshot = snapshotOf(page('<title>Marcus Lee - CFO - Northwind | LinkedIn</title>', '<main><h1>Jane Doe</h1></main>'), PERSON);
    expect(snapshot).toMatchObject({ fullName: 'Jane Doe' });
    expect(snapshot?.title).toBeUndefined();
    expect(snapshot?.company).toBeUndefined();
  });

  it('prefers the headline element and the labelled company to the title and a split headline', () => {
    const doc = page(
      '<title>Jane Doe - CFO - Initech | LinkedIn</title>',
      `<main><section class="top-card-layout"><h1>Jane Doe</h1>
         <h2 class="top-card-layout__headline">Board member at Initech</h2>
         <div data-section="currentPositionsDetails"><a href="/company/acme/"><span class="top-card-link__description">Acme</span></a></div>
       </section></main>`,
    );
    expect(snapshotOf(doc, PERSON)).toMatchObject({ headline: 'Board member at Initech', company: 'Acme', companySlug: 'acme' });
  });

  it('never reads a meta description (an About text) as the headline or the location', () => {
    const doc = page(
      '<meta property="og:url" content="https://www.linkedin.com/in/jane-doe-8a1b2c"><meta name="description" content="I like long walks · Location: Mars | Learn more about Jane Doe’s work experience">',
      '<main><section><h1>Jane Doe</h1></section></main>',
    );
    const snapshot = snapshotOf(doc, PERSON);
    expect(snapshot?.headline).toBeUndefined();
    expect(snapshot?.location).toBeUndefined();
  });

  it('takes a slug only with the company it belongs to', () => {
    // The top card names a company without a page; the head's JSON-LD links another employer.
    const doc = page(
      jsonLd({ '@type': 'Person', name: 'Jane Doe', worksFor: [{ name: 'Initech', url: 'https://www.linkedin.com/company/initech' }] }),
      '<main><section class="top-card-layout"><h1>Jane Doe</h1><div data-section="currentPositionsDetails"><div class="top-card-link"><span class="top-card-link__description">Acme</span></div></div></section></main>',
    );
    const snapshot = snapshotOf(doc, PERSON);
    expect(snapshot?.company).toBe('Acme');
    expect(snapshot?.companySlug).toBeUndefined();
  });

  it('reads nothing outside the top card', () => {
    const doc = page(
      '',
      `<main><section class="top-card-layout"><h1>Jane Doe</h1></section>
         <section class="experience"><ul><li data-section="currentPositionsDetails"><a href="/company/initech/"><span class="top-card-link__description">Initech</span></a></li></ul></section></main>`,
    );
    const snapshot = snapshotOf(doc, PERSON);
    expect(snapshot?.company).toBeUndefined();
    expect(snapshot?.companySlug).toBeUndefined();
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
    expect(snapshotOf(doc, PERSON)).toMatchObject({
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
    const snapshot = snapshotOf(doc, PERSON);
    expect(snapshot?.fullName).toBe('Jane Q. Doe');
    expect(snapshot?.cues).toContain('name:json-ld');
  });

  it('ignores JSON-LD about another profile', () => {
    const doc = page(jsonLd({ '@type': 'Person', name: 'Marcus Lee', url: 'https://www.linkedin.com/in/marcus-lee-cfo' }));
    expect(snapshotOf(doc, PERSON)?.fullName).toBeUndefined();
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
      expect(snapshotOf(doc, PERSON)?.company, label).toBe('Acme');
    }
    const alone = page('', '<main><h1>Jane Doe</h1><a href="#experience"><h2><div aria-label="Empresa actual">Acme</div></h2></a></main>');
    expect(snapshotOf(alone, PERSON)).toMatchObject({ company: 'Acme', cues: expect.arrayContaining(['company:aria']) });
  });

  it('reads a company name from its title when the page has no h1 yet', () => {
    const doc = page('<title>(2) Northwind Traders: Overview | LinkedIn</title>');
    const snapshot = snapshotOf(doc, 'https://www.linkedin.com/company/northwind-traders/posts/');
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
    const snapshot = snapshotOf(broken, PERSON);
    expect(snapshot).toMatchObject({ kind: 'person', slug: 'jane-doe-8a1b2c', fullName: 'Jane Doe', firstName: 'Jane' });
    expect(snapshot?.cues).toEqual(['name:h1']);
  });

  it('keeps every value within the snapshot schema limits', () => {
    const long = 'A'.repeat(900);
    const doc = page('', `<main><h1>${long} B</h1><div>${long} at Acme</div></main>`);
    const snapshot = snapshotOf(doc, `https://www.linkedin.com/in/${'x'.repeat(400)}/`);
    expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
    expect(snapshot?.fullName?.length).toBe(300);
  });
});

describe('pages that show nobody to look up', () => {
  it.each([
    ['an error card', '<main><section class="artdeco-empty-state"><h1>Esta página no existe</h1></section></main>', PERSON, 'not-found'],
    ['an English error heading', '<h1>Page not found</h1>', 'https://www.linkedin.com/company/no-such-company/', 'not-found'],
    ['"LinkedIn Member"', '<main><section class="pv-top-card"><h1>Miembro de LinkedIn</h1><div class="text-body-medium break-words">CFO</div></section></main>', PERSON, 'hidden-member'],
    ['/in/unavailable/', '<main><h1>Jane Doe</h1></main>', 'https://www.linkedin.com/in/unavailable/', 'unavailable'],
    ['/company/unavailable/', '', 'https://www.linkedin.com/company/unavailable/', 'unavailable'],
  ])('recognises %s', (_what, body, href, reason) => {
    expect(readPage(page('', body), href)).toEqual({ snapshot: null, noProspect: reason });
  });

  it('reads a person whose card merely holds an empty-state box lower down', () => {
    const doc = page('', '<main><section class="pv-top-card"><h1>Jane Doe</h1></section><section class="artdeco-empty-state"><h2>No posts yet</h2></section></main>');
    expect(snapshotOf(doc, PERSON)?.fullName).toBe('Jane Doe');
  });
});
