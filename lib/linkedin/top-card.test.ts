import { describe, expect, it } from 'vitest';
import { topCardPresent } from './top-card';
import { domOf, loadFixture } from '../../tests/support/fixtures';

describe('topCardPresent', () => {
  it.each([
    ['profile-logged-in.html', 'person'],
    ['profile-public.html', 'person'],
    ['profile-hashed-classes.html', 'person'],
    ['profile-rtl.html', 'person'],
    ['company.html', 'company'],
    ['company-hashed.html', 'company'],
  ] as const)('sees the top card in %s', (name, kind) => {
    expect(topCardPresent(loadFixture(name).doc, kind)).toBe(true);
  });

  it('waits while the page is a skeleton', () => {
    const skeleton = domOf('<html><body><main><section class="pv-top-card"><h1> </h1></section></main></body></html>');
    expect(topCardPresent(skeleton, 'person')).toBe(false);
    expect(topCardPresent(loadFixture('feed.html').doc, 'person')).toBe(false);
  });

  it('sees the card once the name is rendered into it', () => {
    const doc = domOf('<html><body><main><section class="pv-top-card"><h1></h1></section></main></body></html>');
    doc.querySelector('h1')!.textContent = 'Jane Doe';
    expect(topCardPresent(doc, 'person')).toBe(true);
  });
});
