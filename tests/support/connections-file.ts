/**
 * Connections.csv as LinkedIn writes it (its "Get a copy of your data" export, 2024–2026): the
 * notes lines, the header, then one row per connection, `\n` line ends, a cell quoted only when it
 * holds a comma or quote, emails mostly empty, dates like `12 Mar 2024`. The people are invented;
 * the same seed gives the same file (the fixture under tests/fixtures/linkedin/ and the bench).
 */

export const CONNECTIONS_NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
export const CONNECTIONS_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

const FIRST = ['Ana', 'Björn', 'Chloé', 'Dmitri', 'Eun-ji', 'Farah', 'Gustavo', 'Hana', 'Ifeoma', 'Jonas', 'Kaito', 'Léa', 'Mateus', 'Noor', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Søren', 'Tomás'];
const LAST = ['Abara', 'Brandt', 'Castillo', 'Dubois', 'Eriksen', 'Fontaine', 'García', 'Haddad', 'Ishikawa', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schäfer', 'Tanaka'];
const COMPANIES = ['Northwind Logistics', 'Contoso Freight', 'Fabrikam Ports', 'Tailspin Shipping', 'Wingtip Cargo', 'Litware Rail', 'Adatum Warehousing', 'Proseware, Inc.'];
const POSITIONS = ['VP Operations', 'Head of Logistics', 'Supply Chain Manager', 'Procurement Lead', 'Technical Recruiter', 'Director of Fleet', 'Operations Analyst', 'Chief Operating Officer'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export type ConnectionRow = { first: string; last: string; url: string; email: string; company: string; position: string; on: string };

export function connectionLine(row: ConnectionRow): string {
  return [row.first, row.last, row.url, row.email, row.company, row.position, row.on].map(cell).join(',');
}

/** The n-th invented connection: a distinct slug per n, every 25th with an email. */
export function connection(n: number): ConnectionRow {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
  const slug = `${first}-${last}-${n.toString(36)}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return {
    first,
    last,
    url: `https://www.linkedin.com/in/${slug}`,
    email: n % 25 === 0 ? `${slug}@example.com` : '',
    company: COMPANIES[(n * 7) % COMPANIES.length]!,
    position: POSITIONS[(n * 3) % POSITIONS.length]!,
    on: `${1 + (n % 28)} ${MONTHS[n % 12]} ${2016 + (n % 10)}`,
  };
}

/** A whole export of `count` generated connections (after any hand-written rows). */
export function connectionsCsv(count: number, extra: readonly string[] = []): string {
  const rows = Array.from({ length: count }, (_, n) => connectionLine(connection(n)));
  return CONNECTIONS_NOTES + CONNECTIONS_HEADER + '\n' + [...extra, ...rows].join('\n') + '\n';
}
