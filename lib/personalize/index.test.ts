import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKENS, type ProfileSnapshot, type Token } from '../model';
import { personalize, valuesFor, type Segment } from './index';

/** The segments as text, each gap shown by `gapMarker` ("[company]" by default). */
function segmentsToText(segments: readonly Segment[], gapMarker: (token: string) => string = (t) => `[${t}]`): string {
  return segments.map((segment) => (segment.kind === 'text' ? segment.text : segment.kind === 'token' ? segment.value : gapMarker(segment.token))).join('');
}

const ALL: Record<Token, string> = {
  firstName: 'Jane',
  lastName: 'Doe',
  fullName: 'Jane Doe',
  company: 'Acme',
  title: 'VP Marketing',
  senderName: 'Sam Seller',
  senderFirstName: 'Sam',
};

describe('personalize', () => {
  it('fills every token and keeps the text around them exactly', () => {
    const body = 'Hi {{firstName}} {{lastName}} ({{fullName}}),\n  as {{title}} at {{company}}… — {{senderName}} / {{senderFirstName}}!';
    const segments = personalize(body, ALL);
    expect(segmentsToText(segments)).toBe('Hi Jane Doe (Jane Doe),\n  as VP Marketing at Acme… — Sam Seller / Sam!');
    expect(segments.slice(0, 4)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'token', token: 'firstName', value: 'Jane' },
      { kind: 'text', text: ' ' },
      { kind: 'token', token: 'lastName', value: 'Doe' },
    ]);
  });

  it('accepts spaces inside the braces', () => {
    expect(personalize('Hi {{ firstName }}!', ALL)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'token', token: 'firstName', value: 'Jane' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('marks missing, blank and unknown tokens as gaps', () => {
    const segments = personalize('{{firstName}}, {{company}} {{title}} {{nickname}}', { firstName: undefined, company: '  ', title: 'CTO' });
    expect(segments.filter((s) => s.kind === 'gap')).toEqual([
      { kind: 'gap', token: 'firstName' },
      { kind: 'gap', token: 'company' },
      { kind: 'gap', token: 'nickname' },
    ]);
    expect(segmentsToText(segments)).toBe('[firstName], [company] CTO [nickname]');
    expect(segmentsToText(segments, (token) => `<${token}?>`)).toBe('<firstName?>, <company?> CTO <nickname?>');
  });

  it('leaves a body without tokens as one text segment, and an empty body as none', () => {
    expect(personalize('No tokens { here }', ALL)).toEqual([{ kind: 'text', text: 'No tokens { here }' }]);
    expect(personalize('', ALL)).toEqual([]);
  });

  it('round-trips text exactly when every token gap is marked as the token itself', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...TOKENS).map((t) => `{{${t}}}`))), (parts) => {
        const body = parts.join('');
        expect(segmentsToText(personalize(body, {}), (token) => `{{${token}}}`)).toBe(body.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, '{{$1}}'));
      }),
    );
  });

  it('never leaves a token behind when every value is present', () => {
    const text = fc.string().filter((s) => !s.includes('{') && !s.includes('}'));
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constantFrom(...TOKENS).map((t) => `{{ ${t} }}`))), (parts) => {
        expect(segmentsToText(personalize(parts.join(''), ALL))).not.toContain('{{');
      }),
    );
  });
});

describe('valuesFor', () => {
  const profile: ProfileSnapshot = {
    kind: 'person',
    url: 'https://www.linkedin.com/in/jose-nunez/',
    slug: 'jose-nunez',
    fullName: 'Dr. José Núñez, MBA 🚀',
    headline: 'Helping robots help people',
    title: 'VP Operations',
    company: 'Acme Robotics',
    cues: [],
  };

  it('takes names, company and title from the profile and the sender from settings', () => {
    expect(valuesFor(profile, { name: 'Sam Seller' })).toEqual({
      fullName: 'Dr. José Núñez',
      firstName: 'José',
      lastName: 'Núñez',
      company: 'Acme Robotics',
      title: 'VP Operations',
      senderName: 'Sam Seller',
      senderFirstName: 'Sam',
    });
  });

  it('prefers first and last names the page gave, and falls back to the headline for title', () => {
    const values = valuesFor({ ...profile, firstName: 'Pepe', lastName: 'Núñez Ortiz', title: undefined }, { name: '' });
    expect(values).toMatchObject({ firstName: 'Pepe', lastName: 'Núñez Ortiz', title: 'Helping robots help people' });
    expect(values.senderName).toBeUndefined();
  });

  it('leaves out what is unknown, so it shows as a gap', () => {
    const bare: ProfileSnapshot = { kind: 'person', url: profile.url, slug: 'x', fullName: 'Cher', cues: [] };
    const values = valuesFor(bare, { name: '  ' });
    expect(values).toEqual({ fullName: 'Cher', firstName: 'Cher' });
    expect(segmentsToText(personalize('{{firstName}} {{lastName}} at {{company}}', values))).toBe('Cher [lastName] at [company]');
  });

  it('gives a company page its company and nothing personal', () => {
    const page: ProfileSnapshot = { kind: 'company', url: 'https://www.linkedin.com/company/acme/', slug: 'acme', fullName: 'Acme Robotics', cues: [] };
    expect(valuesFor(page, { name: 'Sam' })).toEqual({ company: 'Acme Robotics', senderName: 'Sam', senderFirstName: 'Sam' });
  });

  it('works without a profile', () => {
    expect(valuesFor(null, { name: 'Sam Seller' })).toEqual({ senderName: 'Sam Seller', senderFirstName: 'Sam' });
  });
});
