import { describe, expect, it } from 'vitest';
import { checkPackUrl } from './pack-url';

describe('checkPackUrl', () => {
  it('accepts an https address and gives the host permission pattern', () => {
    const check = checkPackUrl('  https://packs.example.com:8443/team/pack.json?v=2#top ');
    expect(check).toEqual({
      ok: true,
      url: 'https://packs.example.com:8443/team/pack.json?v=2',
      origin: 'https://packs.example.com:8443',
      originPattern: 'https://packs.example.com:8443/*',
    });
  });

  it('adds https:// to an address typed without a scheme', () => {
    expect(checkPackUrl('packs.example.com/team/pack.json')).toMatchObject({ ok: true, url: 'https://packs.example.com/team/pack.json' });
    expect(checkPackUrl('packs.example.com:8443/pack.json')).toMatchObject({ ok: true, url: 'https://packs.example.com:8443/pack.json' });
  });

  it.each([
    ['', 'Enter the address'],
    ['team pack', 'not a web address'],
    ['intranet', 'not a web address'],
    ['http://packs.example.com/pack.json', 'change http:// to https://'],
    ['ftp://packs.example.com/pack.json', 'Only https://'],
    ['javascript:alert(1)', 'Only https://'],
    ['https://user:secret@packs.example.com/pack.json', 'user name or password'],
    [`https://example.com/${'a'.repeat(2100)}`, 'too long'],
  ])('refuses %j', (input, reason) => {
    const check = checkPackUrl(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain(reason);
  });
});
