import { describe, expect, it } from 'vitest';
import { summarizeReadiness } from './readiness';

describe('summarizeReadiness', () => {
  it('says the qualification is not recorded when nothing is answered', () => {
    for (const q of [undefined, null, {}, { operationallyReady: null, vendorHistory: '  ' }]) {
      const readiness = summarizeReadiness(q);
      expect(readiness).toMatchObject({ answered: 0, score: 0, label: 'Qualification not recorded', summary: 'Qualification not recorded' });
      expect(readiness.points.map((p) => p.value)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    }
  });

  it('is Ready for a partner with all four positive, and says why', () => {
    const readiness = summarizeReadiness({
      operationallyReady: true,
      yearsInIndustry: 12,
      forwardLooking: true,
      vendorHistory: 'Started with a pilot in 2019, renewed twice.',
    });
    expect(readiness).toMatchObject({ answered: 4, score: 4, label: 'Ready for a partner', summary: 'Ready for a partner: 4 yes' });
    expect(readiness.points.map((p) => p.key)).toEqual(['operationallyReady', 'yearsInIndustry', 'forwardLooking', 'vendorHistory']);
    expect(readiness.points.map((p) => p.text)).toEqual([
      'Operationally sound and at capacity',
      '12 years in the industry',
      'Forward-looking: talks about the future, innovates',
      'Started with a pilot in 2019, renewed twice.',
    ]);
  });

  it('counts 5 years as qualifying and 4 as not', () => {
    expect(summarizeReadiness({ yearsInIndustry: 5 }).points[1]).toMatchObject({ value: 'yes', text: '5 years in the industry' });
    expect(summarizeReadiness({ yearsInIndustry: 4 }).points[1]).toMatchObject({ value: 'no' });
    expect(summarizeReadiness({ yearsInIndustry: 1 }).points[1]?.text).toContain('1 year in the industry');
    expect(summarizeReadiness({ yearsInIndustry: 0 })).toMatchObject({ answered: 1, score: 0 });
  });

  it('is Partly qualified with some positives and Not qualified with only negatives, saying what it rests on', () => {
    expect(summarizeReadiness({ operationallyReady: true, forwardLooking: false })).toMatchObject({
      answered: 2,
      score: 1,
      label: 'Partly qualified',
      summary: 'Partly qualified: 1 yes, 1 no, 2 not recorded',
    });
    expect(summarizeReadiness({ operationallyReady: false, forwardLooking: false, yearsInIndustry: 2 })).toMatchObject({
      answered: 3,
      score: 0,
      label: 'Not qualified so far',
      summary: 'Not qualified so far: 3 no, 1 not recorded',
    });
    expect(summarizeReadiness({ operationallyReady: false, forwardLooking: false, yearsInIndustry: 2, vendorHistory: 'x' }).label).toBe('Partly qualified');
    expect(summarizeReadiness({ operationallyReady: false, forwardLooking: false, yearsInIndustry: 2, vendorHistory: null }).label).toBe('Not qualified so far');
  });

  it('is not Ready with three positives and one unknown', () => {
    expect(
      summarizeReadiness({ operationallyReady: true, yearsInIndustry: 9, forwardLooking: true }).label,
    ).toBe('Partly qualified');
  });
});
