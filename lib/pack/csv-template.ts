/**
 * A relationships CSV to start from: the header Warmline reads (docs/PACK-FORMAT.md, CSV) and two
 * example rows, a person and a company, each valid, so a spreadsheet user sees what goes where.
 */
import { CSV_COLUMNS } from './csv';
import { toCsv } from './csv-cells';

type Column = (typeof CSV_COLUMNS)[number];

const EXAMPLES: Array<Partial<Record<Column, string>>> = [
  {
    scope: 'person',
    person_name: 'Ada Example',
    person_profile_url: 'https://www.linkedin.com/in/ada-example/',
    company_name: 'Globex',
    relation: 'former-colleague',
    strength: '4',
    known_by_name: 'Your Name',
    known_by_email: 'you@example.com',
    known_by_team: 'Field Marketing',
    how_we_know: 'Worked together at Initech, 2019 to 2022',
    notes: 'Prefers email',
    can_intro: 'yes',
    operationally_ready: 'yes',
    years_in_industry: '12',
    forward_looking: 'yes',
    vendor_history: 'Renewed two agencies for years',
  },
  {
    scope: 'company',
    company_name: 'Initech',
    company_linkedin_url: 'https://www.linkedin.com/company/initech/',
    relation: 'customer',
    strength: '3',
    known_by_name: 'Your Name',
    can_intro: 'no',
  },
];

export const CSV_TEMPLATE_FILE_NAME = 'warmline-relationships-template.csv';

export function relationshipsCsvTemplate(): string {
  return toCsv(
    CSV_COLUMNS,
    EXAMPLES.map((example) => CSV_COLUMNS.map((column) => example[column] ?? '')),
  );
}
