import { describe, expect, it } from 'vitest';
import { canonicalUrl, linkedinPageOf, normalizeSlug, profilePageOf } from './urls';

describe('profilePageOf', () => {
  it('knows person and company pages on any linkedin.com host, and nothing else', () => {
    expect(profilePageOf('https://www.linkedin.com/in/Jane-Doe/details/')).toEqual({ kind: 'person', slug: 'jane-doe' });
    expect(profilePageOf('https://de.linkedin.com/company/acme/?trk=x')).toEqual({ kind: 'company', slug: 'acme' });
    expect(profilePageOf('https://www.linkedin.com/feed/')).toBeNull();
    expect(profilePageOf('https://linkedin.com.example/in/jane')).toBeNull();
    expect(profilePageOf('not a url')).toBeNull();
  });

  it('gives the slug percent-decoded and lower-cased, and the canonical URL back', () => {
    expect(normalizeSlug('Jos%C3%A9-Doe/?trk=1')).toBe('josé-doe');
    expect(canonicalUrl({ kind: 'person', slug: 'josé-doe' })).toBe('https://www.linkedin.com/in/jos%C3%A9-doe/');
  });
});

describe('linkedinPageOf', () => {
  it('reads pasted URLs with or without scheme', () => {
    expect(linkedinPageOf('linkedin.com/in/Jane-Doe')).toEqual({ kind: 'person', slug: 'jane-doe' });
    expect(linkedinPageOf(' https://uk.linkedin.com/company/acme/about ')).toEqual({ kind: 'company', slug: 'acme' });
    expect(linkedinPageOf('https://example.com/in/jane')).toBeNull();
    expect(linkedinPageOf('')).toBeNull();
  });
});
