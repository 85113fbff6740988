import { beforeEach, describe, expect, it } from 'vitest';
import { META } from '../db';
import { putRawMeta, useFreshDatabase } from '../../tests/support/fake-store';
import { guardrailMapFrom } from '../model';
import { guardrailFor, setGuardrail, withDisclosure } from './guardrails';
import { loadGuardrails, saveGuardrails } from './guardrails-store';

describe('guardrails', () => {
  it('appends the disclosure once, on its own line', () => {
    expect(withDisclosure('Hi Jane.\n', 'I work at Acme.')).toBe('Hi Jane.\n\nI work at Acme.');
    expect(withDisclosure('Hi Jane.\n\nI work at Acme.', 'I work at Acme.')).toBe('Hi Jane.\n\nI work at Acme.');
    expect(withDisclosure('Hi Jane.', '  ')).toBe('Hi Jane.');
    expect(withDisclosure('Hi Jane.', undefined)).toBe('Hi Jane.');
  });

  it('takes copy-only from the local entry or the no-public-share tag', () => {
    expect(guardrailFor({ id: 'a' }, {})).toEqual({ noPublicShare: false });
    expect(guardrailFor({ id: 'a', tags: ['No-Public-Share'] }, {})).toEqual({ noPublicShare: true });
    expect(guardrailFor({ id: 'a' }, { a: { noPublicShare: true, disclosure: ' #ad ' } })).toEqual({ noPublicShare: true, disclosure: '#ad' });
  });

  it('drops entries with nothing set and entries that do not parse', () => {
    const map = setGuardrail({ a: { disclosure: 'x' } }, 'a', { disclosure: ' ', noPublicShare: false });
    expect(map).toEqual({});
    expect(guardrailMapFrom({ a: { disclosure: 5 }, b: { noPublicShare: true } })).toEqual({ b: { noPublicShare: true } });
    expect(guardrailMapFrom('nonsense')).toEqual({});
  });

  describe('store', () => {
    beforeEach(useFreshDatabase);

    it('saves and loads the map, and survives a corrupt stored value', async () => {
      expect(await loadGuardrails()).toEqual({});
      await saveGuardrails({ c1: { disclosure: 'I work at Acme.' } });
      expect(await loadGuardrails()).toEqual({ c1: { disclosure: 'I work at Acme.' } });
      await putRawMeta(META.guardrails, ['not', 'a', 'map']);
      expect(await loadGuardrails()).toEqual({});
    });
  });
});
