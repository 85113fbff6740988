/** How far a relationship is qualified as a partner, from its four qualification answers. */
import type { Qualification } from '../model';

export type ReadinessKey = 'operationallyReady' | 'yearsInIndustry' | 'forwardLooking' | 'vendorHistory';
export type ReadinessValue = 'yes' | 'no' | 'unknown';
export type ReadinessPoint = { key: ReadinessKey; label: string; value: ReadinessValue; text: string };
export type ReadinessLabel = 'Ready for a partner' | 'Partly qualified' | 'Not qualified' | 'Not qualified so far' | 'Qualification not recorded';

export type Readiness = {
  /** How many of the four questions have an answer. */
  answered: number;
  /** How many answers are positive, 0..4. */
  score: number;
  label: ReadinessLabel;
  /** The label and what it rests on: "Partly qualified: 2 yes, 1 no, 1 not recorded". */
  summary: string;
  points: ReadinessPoint[];
};

/** Years in the industry from which a prospect counts as established. */
export const QUALIFYING_YEARS = 5;

function yearsText(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'} in the industry`;
}

function operationallyReady(value: boolean | null | undefined): ReadinessPoint {
  const base = { key: 'operationallyReady', label: 'Operationally ready' } as const;
  if (value === true) return { ...base, value: 'yes', text: 'Operationally sound and at capacity' };
  if (value === false) return { ...base, value: 'no', text: 'Not operationally ready for a partner yet' };
  return { ...base, value: 'unknown', text: 'Operational readiness not known' };
}

function yearsInIndustry(value: number | null | undefined): ReadinessPoint {
  const base = { key: 'yearsInIndustry', label: 'Years in the industry' } as const;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return { ...base, value: 'unknown', text: 'Years in the industry not known' };
  }
  if (value >= QUALIFYING_YEARS) return { ...base, value: 'yes', text: yearsText(value) };
  return { ...base, value: 'no', text: `${yearsText(value)} (under ${QUALIFYING_YEARS})` };
}

function forwardLooking(value: boolean | null | undefined): ReadinessPoint {
  const base = { key: 'forwardLooking', label: 'Forward-looking' } as const;
  if (value === true) return { ...base, value: 'yes', text: 'Forward-looking: talks about the future, innovates' };
  if (value === false) return { ...base, value: 'no', text: 'Not especially forward-looking' };
  return { ...base, value: 'unknown', text: 'Outlook not known' };
}

// Free text is shown as written; judging its tone is left to the reader, so any history counts.
function vendorHistory(value: string | null | undefined): ReadinessPoint {
  const base = { key: 'vendorHistory', label: 'Vendor history' } as const;
  const text = value?.trim();
  if (text) return { ...base, value: 'yes', text };
  return { ...base, value: 'unknown', text: 'Vendor history not known' };
}

function labelFor(answered: number, score: number, total: number): ReadinessLabel {
  if (answered === 0) return 'Qualification not recorded';
  if (score === total) return 'Ready for a partner';
  if (score > 0) return 'Partly qualified';
  return answered === total ? 'Not qualified' : 'Not qualified so far';
}

/** "Partly qualified: 2 yes, 1 no, 1 not recorded"; with nothing recorded, the label alone. */
function summaryOf(label: ReadinessLabel, points: readonly ReadinessPoint[]): string {
  if (label === 'Qualification not recorded') return label;
  const count = (value: ReadinessValue) => points.filter((point) => point.value === value).length;
  const parts = [
    [count('yes'), 'yes'],
    [count('no'), 'no'],
    [count('unknown'), 'not recorded'],
  ] as const;
  return `${label}: ${parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`).join(', ')}`;
}

/** The four qualification points in a fixed order, with a one-line verdict. */
export function summarizeReadiness(q?: Qualification | null): Readiness {
  const points = [
    operationallyReady(q?.operationallyReady),
    yearsInIndustry(q?.yearsInIndustry),
    forwardLooking(q?.forwardLooking),
    vendorHistory(q?.vendorHistory),
  ];
  const answered = points.filter((point) => point.value !== 'unknown').length;
  const score = points.filter((point) => point.value === 'yes').length;
  const label = labelFor(answered, score, points.length);
  return { answered, score, label, summary: summaryOf(label, points), points };
}
