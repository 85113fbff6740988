import { describe, expect, it } from 'vitest';
import { feedComposerUrl, repSlug, shareText, shareUrlFor, trackedUrl, utmFor } from './share';

describe('sharing', () => {
  it('adds UTM parameters, keeping the query the link already has', () => {
    const link = trackedUrl('https://acme.example/report?lang=en#top', { source: 'linkedin', medium: 'social', campaign: 'c1', content: 'sam' });
    const url = new URL(link);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('utm_source')).toBe('linkedin');
    expect(url.searchParams.get('utm_medium')).toBe('social');
    expect(url.searchParams.get('utm_campaign')).toBe('c1');
    expect(url.searchParams.get('utm_content')).toBe('sam');
    expect(url.hash).toBe('#top');
  });

  it('names the rep as a slug, and leaves utm_content out when there is no name', () => {
    expect(repSlug('  José Núñez, MBA ')).toBe('jose-nunez-mba');
    expect(repSlug('')).toBe('');
    expect(utmFor('c1', { utmSource: 's', utmMedium: 'm', name: 'Sam Seller' })).toEqual({ source: 's', medium: 'm', campaign: 'c1', content: 'sam-seller' });
    expect(utmFor('c1', { utmSource: 's', utmMedium: 'm', name: '' })).not.toHaveProperty('content');
  });

  it('opens the feed composer with the commentary and the tracked link as its text', () => {
    const url = new URL(shareUrlFor({ id: 'post-1', url: 'https://acme.example/r' }, 'Worth a read.\n\nAd: I work at Acme.', { utmSource: 'linkedin', utmMedium: 'social', name: 'Sam' }));
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/feed/');
    expect(url.searchParams.get('shareActive')).toBe('true');
    expect(url.searchParams.get('text')).toBe(
      'Worth a read.\n\nAd: I work at Acme.\n\nhttps://acme.example/r?utm_source=linkedin&utm_medium=social&utm_campaign=post-1&utm_content=sam',
    );
  });

  it('encodes text so & and # in the commentary cannot break the URL', () => {
    const url = new URL(feedComposerUrl('R&D #1 100%'));
    expect(url.searchParams.get('text')).toBe('R&D #1 100%');
    expect(url.hash).toBe('');
    expect(shareText('  ', 'https://x.example/')).toBe('https://x.example/');
  });
});
