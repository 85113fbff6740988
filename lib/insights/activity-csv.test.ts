import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { activity, storedContent, feedback, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { ACTIVITY_CSV_COLUMNS, activitiesToCsv, linkedInUrl } from './activity-csv';

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: false }).data;
}

describe('activitiesToCsv', () => {
  const content = [storedContent({ id: 'post', title: 'Report post' })];
  const relationships = [relationship({ company: ACME_ROBOTICS, id: 'r1', knownBy: { name: 'Priya Shah' } })];

  it('writes one completed task per activity, cell by cell', () => {
    const csv = activitiesToCsv({
      activities: [
        activity({ id: 'a1', action: 'share', contentId: 'post', at: '2026-03-02T10:00:00.000Z', profileSlug: 'jane-doe', profileName: 'Jane Doe', actor: 'Sam' }),
        activity({ id: 'a2', action: 'intro-request', contentId: undefined, relationshipId: 'r1', profileSlug: 'northwind', profileKind: 'company', at: '2026-03-03T10:00:00.000Z' }),
      ],
      feedback: [],
      content,
      relationships,
    });
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, share, intro] = parse(csv);
    expect(header).toEqual([...ACTIVITY_CSV_COLUMNS]);
    expect(share).toEqual([
      'LinkedIn: shared "Report post"',
      '2026-03-02',
      'To-do',
      'Completed',
      'Shared "Report post" on LinkedIn while viewing Jane Doe. Logged by Warmline at 2026-03-02T10:00:00.000Z.',
      'Jane Doe',
      'https://www.linkedin.com/in/jane-doe/',
      'post',
      'Report post',
      'Sam',
      'share',
      'a1',
    ]);
    expect(intro?.slice(0, 2)).toEqual(['Intro requested from Priya Shah', '2026-03-03']);
    expect(intro?.[5]).toBe('northwind');
    expect(intro?.[6]).toBe('https://www.linkedin.com/company/northwind/');
  });

  it('describes feedback with its verdict and objection', () => {
    const csv = activitiesToCsv({
      activities: [activity({ id: 'a3', action: 'feedback', contentId: 'post', feedbackId: 'f1' })],
      feedback: [feedback({ id: 'f1', contentId: 'post', verdict: 'objection', objection: { text: 'Too pricey', tag: 'price' } })],
      content,
      relationships,
    });
    const row = parse(csv)[1]!;
    expect(row[0]).toBe('Feedback on "Report post": objection heard');
    expect(row[4]).toContain('Objection (price): Too pricey');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = activitiesToCsv({
      activities: [activity({ id: 'a4', action: 'copy', contentId: 'x', profileName: '=HYPERLINK("http://evil")', actor: '@Sam', profileSlug: 'jane' })],
      feedback: [],
      content: [storedContent({ id: 'x', title: '+1 tips' })],
      relationships,
    });
    const row = parse(csv)[1]!;
    expect(row[5]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[9]).toBe(`'@Sam`);
    expect(row[8]).toBe(`'+1 tips`);
  });

  it('percent-encodes a non-Latin slug in the LinkedIn URL', () => {
    expect(linkedInUrl('person', '王小明-5b2a1')).toBe('https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-5b2a1/');
  });
});
