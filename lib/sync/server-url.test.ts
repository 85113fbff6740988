import { describe, expect, it } from 'vitest';
import { checkServerUrl, pokeUrl } from './server-url';

describe('the team server address', () => {
  it('takes https anywhere and plain http only on this computer', () => {
    expect(checkServerUrl(' https://warmline.acme.example/ ')).toEqual({ ok: true, url: 'https://warmline.acme.example' });
    expect(checkServerUrl('https://acme.example/warmline/')).toEqual({ ok: true, url: 'https://acme.example/warmline' });
    expect(checkServerUrl('http://127.0.0.1:8787')).toEqual({ ok: true, url: 'http://127.0.0.1:8787' });
    expect(checkServerUrl('http://localhost:8787/')).toEqual({ ok: true, url: 'http://localhost:8787' });
    expect(checkServerUrl('http://[::1]:8787')).toEqual({ ok: true, url: 'http://[::1]:8787' });
    expect(checkServerUrl('http://warmline.acme.example')).toMatchObject({ ok: false, error: expect.stringContaining('Use https:// for warmline.acme.example') });
    expect(checkServerUrl('http://10.0.0.5:8787')).toMatchObject({ ok: false });
  });

  it('adds the scheme a person leaves out, and says what is wrong otherwise', () => {
    expect(checkServerUrl('warmline.acme.example')).toEqual({ ok: true, url: 'https://warmline.acme.example' });
    expect(checkServerUrl('127.0.0.1:8787')).toEqual({ ok: true, url: 'http://127.0.0.1:8787' });
    expect(checkServerUrl('')).toMatchObject({ ok: false, error: expect.stringContaining('Enter the server address') });
    expect(checkServerUrl('https://ada:secret@acme.example')).toMatchObject({ ok: false, error: expect.stringContaining('user name and password') });
    expect(checkServerUrl('ftp://acme.example')).toMatchObject({ ok: false });
    expect(checkServerUrl('https://exa mple')).toMatchObject({ ok: false, error: expect.stringContaining('is not a web address') });
  });

  it('opens the poke socket beside the API, encrypted where the API is', () => {
    expect(pokeUrl('https://acme.example/warmline')).toBe('wss://acme.example/warmline/v1/poke');
    expect(pokeUrl('http://127.0.0.1:8787')).toBe('ws://127.0.0.1:8787/v1/poke');
  });
});
