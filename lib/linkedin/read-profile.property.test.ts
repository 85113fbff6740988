import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NoProspect, ProfileSnapshot } from '../model/profile';
import { readPage } from './read-profile';
import { topCardPresent } from './top-card';
import { domOf, fixtureHtml, fixtureNames, loadFixture } from '../../tests/support/fixtures';

const URLS = [
  'https://www.linkedin.com/in/jane-doe-8a1b2c/',
  'https://www.linkedin.com/company/northwind-traders/',
  'https://de.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/',
];

// Bits of LinkedIn-like markup, stitched together at random (broken nesting and all).
const PIECES = [
  '<main>', '</main>', '<section>', '</section>', '<h1>', '</h1>', '<div>', '</div>', '<span>', '</span>',
  '<title>', '</title>', '<dl><dt>Industry</dt><dd>', '</dd></dl>', '<ul><li>', '</li></ul>',
  '<button aria-label="Current company: ', '<button aria-label="Empresa actual: ', '">', '</button>',
  '<a href="/in/x/overlay/contact-info/">', '<a href="/company/', '</a>',
  '<script type="application/ld+json">', '</script>', '{"@type":"Person","name":', '{"@graph":[', ']}',
  '"worksFor":[{"name":null}]', '"jobTitle":[[]]', '<meta property="og:url" content="', '<meta name="description" content="',
  ' - ', ' | LinkedIn', ' at ', ' @ ', '(3) ', '🚀', ', MBA', '\u200f', '王小明', 'ليلى', 'Jane Doe', '·', '. Click to skip',
];

const randomHtml = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** A fixture with random elements removed, attributes dropped and text replaced. */
const mutatedFixture = fc
  .record({
    name: fc.constantFrom(...fixtureNames()),
    removals: fc.array(fc.nat(), { maxLength: 6 }),
    texts: fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 40 })), { maxLength: 6 }),
    attributes: fc.array(fc.nat(), { maxLength: 6 }),
  })
  .map(({ name, removals, texts, attributes }) => {
    const { doc, url } = loadFixture(name);
    const all = () => Array.from(doc.querySelectorAll('*'));
    for (const index of attributes) {
      const element = all()[index % all().length];
      const attribute = element?.getAttributeNames()[0];
      if (element && attribute) element.removeAttribute(attribute);
    }
    for (const [index, text] of texts) {
      const element = all()[index % all().length];
      if (element) element.textContent = text;
    }
    for (const index of removals) all()[index % all().length]?.remove();
    return { doc, url };
  });

describe('readProfile never throws', () => {
  it('on random LinkedIn-like markup', () => {
    fc.assert(
      fc.property(randomHtml, fc.constantFrom(...URLS), (html, url) => {
        const doc = domOf(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
        const reading = readPage(doc, url);
        expect(reading).not.toBeNull();
        if (reading?.snapshot) expect(ProfileSnapshot.safeParse(reading.snapshot).success).toBe(true);
        else expect(NoProspect.safeParse(reading?.noProspect).success).toBe(true);
        topCardPresent(doc, 'person');
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated fixtures', () => {
    fc.assert(
      fc.property(mutatedFixture, ({ doc, url }) => {
        const reading = readPage(doc, url);
        if (!/\/(in|company)\//.test(new URL(url).pathname)) {
          expect(reading).toBeNull();
        } else if (reading?.snapshot) {
          expect(reading.snapshot.slug).toBeTruthy();
          expect(ProfileSnapshot.safeParse(reading.snapshot).success).toBe(true);
        } else {
          expect(NoProspect.safeParse(reading?.noProspect).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('on any href', () => {
    const doc = domOf(fixtureHtml('profile-logged-in.html'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...URLS).map((url) => `${url}%E0%A4%A`)), (href) => {
        const snapshot = readPage(doc, href)?.snapshot;
        if (snapshot) expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
