import { describe, expect, it } from 'vitest';
import { relationship } from '../../tests/support/builders';
import type { ProfileSnapshot } from '../model/profile';
import { introMailto, introRequestNote } from './intro-request';

const JANE: ProfileSnapshot = {
  kind: 'person',
  url: 'https://www.linkedin.com/in/jane-doe-8a1b2c/',
  slug: 'jane-doe-8a1b2c',
  fullName: 'Jane Doe',
  title: 'VP of Marketing',
  company: 'Acme Robotics',
  cues: [],
};

const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe('the intro request note', () => {
  it('reads as a person wrote it: the prospect named once, how the colleague knows them, the link', () => {
    const note = introRequestNote(relationship({ knownBy: { name: 'Priya Shah' } }), JANE, 'Sam Seller');
    expect(note).toBe(
      [
        'Hi Priya,',
        '',
        'Would you be open to introducing me to Jane Doe, VP of Marketing at Acme Robotics? You worked together, and a word from you would go further than a cold message from me. https://www.linkedin.com/in/jane-doe-8a1b2c/',
        '',
        "I'm happy to write a short intro you can forward.",
        '',
        'Thanks,',
        'Sam',
      ].join('\n'),
    );
    expect(occurrences(note, 'Jane')).toBe(1);
    expect(note).not.toContain('Warmline');
  });

  it('asks a company contact for the person, or for the right person on a company page', () => {
    const ana = relationship({ scope: 'company', person: undefined, company: { name: 'Northwind Traders' }, knownBy: { name: 'Ana Costa' } });
    const marcus: ProfileSnapshot = { ...JANE, url: 'https://www.linkedin.com/in/marcus/', fullName: 'Marcus Lee', title: 'CFO', company: 'Northwind Traders' };
    const note = introRequestNote(ana, marcus, '');
    expect(note).toContain('You know people at Northwind Traders. Would you be open to introducing me to Marcus Lee, their CFO, or to whoever there would be right?');
    expect(occurrences(note, 'Marcus')).toBe(1);
    expect(note.endsWith('Thanks!')).toBe(true);
    const page: ProfileSnapshot = { kind: 'company', url: 'https://www.linkedin.com/company/northwind-traders/', slug: 'northwind-traders', fullName: 'Northwind Traders', cues: [] };
    expect(introRequestNote(ana, page, 'Sam')).toContain('introducing me to the right person there?');
  });

  it('mails it to the colleague when their address is known', () => {
    expect(introMailto(relationship(), JANE, 'Sam')).toBeUndefined();
    const mailto = introMailto(relationship({ knownBy: { name: 'Priya Shah', email: 'priya@example.com' } }), JANE, 'Sam');
    expect(mailto).toMatch(/^mailto:priya%40example\.com\?subject=Intro%20to%20Jane%20Doe%3F&body=Hi%20Priya/);
  });
});
