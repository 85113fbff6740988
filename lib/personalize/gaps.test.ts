import { describe, expect, it } from 'vitest';
import { finalText, gapsIn, prospectTokensIn, publicValues, unfilledGaps } from './gaps';
import { personalize } from './index';

describe('gaps', () => {
  const segments = personalize('Hi {{firstName}}, at {{company}} you {{company}}. {{senderFirstName}}', { firstName: 'Alex' });

  it('lists each gap once, in order', () => {
    expect(gapsIn(segments)).toEqual(['company', 'senderFirstName']);
    expect(unfilledGaps(segments, { company: ' Hooli ', senderFirstName: '  ' })).toEqual(['senderFirstName']);
  });

  it('gives no text while a gap is empty: nothing unfilled leaves the panel', () => {
    expect(finalText(segments, {})).toEqual({ ok: false, missing: ['company', 'senderFirstName'] });
    expect(finalText(segments, { company: 'Hooli', senderFirstName: '' })).toEqual({ ok: false, missing: ['senderFirstName'] });
  });

  it('fills every gap with what the rep typed, trimmed', () => {
    expect(finalText(segments, { company: ' Hooli ', senderFirstName: 'Sam' })).toEqual({ ok: true, text: 'Hi Alex, at Hooli you Hooli. Sam' });
    expect(finalText(personalize('No tokens.', {}), {})).toEqual({ ok: true, text: 'No tokens.' });
  });

  it('names the prospect tokens a body uses, so a public post is never personalised', () => {
    expect(prospectTokensIn('Worth a read if you run revenue at {{company}}, {{ firstName }}. {{senderName}}')).toEqual(['firstName', 'company']);
    expect(prospectTokensIn('Our report is out. {{senderName}}')).toEqual([]);
    expect(publicValues({ firstName: 'Jane', company: 'Acme', senderName: 'Sam Seller', senderFirstName: 'Sam' })).toEqual({
      senderName: 'Sam Seller',
      senderFirstName: 'Sam',
    });
  });
});
