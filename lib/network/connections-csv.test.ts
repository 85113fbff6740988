import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONNECTIONS_HEADER, CONNECTIONS_NOTES } from '../../tests/support/connections-file';
import { connectedOnDate, looksLikeConnections, NOT_CONNECTIONS, parseConnectionsCsv } from './connections-csv';

const FIXTURE = readFileSync(new URL('../../tests/fixtures/linkedin/Connections.csv', import.meta.url), 'utf8');
const file = (...rows: string[]) => CONNECTIONS_NOTES + CONNECTIONS_HEADER + '\n' + rows.join('\n') + '\n';

function parsed(text: string) {
  const result = parseConnectionsCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('parseConnectionsCsv: the file as LinkedIn writes it', () => {
  it('reads past the notes lines (one quoted, with commas and URLs) to the header, and numbers rows by the file\'s lines', () => {
    const { connections } = parsed(file('Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz-4b1a2c,,Northwind Logistics,VP Operations,12 Mar 2024'));
    expect(connections).toEqual([
      {
        line: 5,
        name: 'Ana Ruiz',
        url: 'https://www.linkedin.com/in/ana-ruiz-4b1a2c/',
        slug: 'ana-ruiz-4b1a2c',
        company: 'Northwind Logistics',
        position: 'VP Operations',
        connectedOn: '2024-03-12',
      },
    ]);
  });

  it('keeps quoted cells whole: credentials after a comma, a company with ", Inc.", doubled quotes', () => {
    const { connections } = parsed(
      file('Sam 🚀,"O\'Brien, PhD, PMP",https://www.linkedin.com/in/sam-obrien-phd,sam@example.org,"Acme Robotics, Inc.","Director, ""Special"" Projects",7 Jan 2026'),
    );
    expect(connections[0]).toMatchObject({
      name: "Sam 🚀 O'Brien, PhD, PMP",
      company: 'Acme Robotics, Inc.',
      position: 'Director, "Special" Projects',
      email: 'sam@example.org',
      connectedOn: '2026-01-07',
    });
  });

  it('leaves empty emails out, keeps non-Latin names as written, and keeps a row without a URL (no slug)', () => {
    const { connections } = parsed(
      file(
        '美咲,佐藤,https://www.linkedin.com/in/misaki-sato-jp,,株式会社ノースウィンド,営業部長,18 Nov 2023',
        'ليلى,الحسن,https://www.linkedin.com/in/layla-alhassan,,Fabrikam Ports,Operations Lead,9 Sep 2024',
        'Layla,Haddad,,,Contoso Freight,Buyer,22 Aug 2022',
      ),
    );
    expect(connections.map((c) => c.name)).toEqual(['美咲 佐藤', 'ليلى الحسن', 'Layla Haddad']);
    expect(connections.every((c) => !('email' in c))).toBe(true);
    expect(connections[2]).toEqual({ line: 7, name: 'Layla Haddad', company: 'Contoso Freight', position: 'Buyer', connectedOn: '2022-08-22' });
  });

  it('skips a member LinkedIn hides (no name) and a second copy of a row, saying which lines', () => {
    const result = parsed(
      file(',,,,,,15 Apr 2021', 'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,A,B,1 Jan 2020', 'Ana,Ruiz,https://linkedin.com/in/Ana-Ruiz/,,A,B,1 Jan 2020'),
    );
    expect(result.connections).toHaveLength(1);
    expect(result.skipped).toEqual(['line 5: no name (LinkedIn leaves it out for members who hide it)', 'line 7: Ana Ruiz again (first on line 6)']);
  });

  it('reads the fixture (LinkedIn\'s 2024–2026 export): every named row, one hidden member skipped', () => {
    const result = parsed(FIXTURE);
    expect(result.connections).toHaveLength(228);
    expect(result.skipped).toHaveLength(1);
    expect(result.connections.filter((c) => c.email)).toHaveLength(10);
  });

  it('takes a BOM, CRLF line ends and a file with no notes', () => {
    const { connections } = parsed('\uFEFF' + CONNECTIONS_HEADER + '\r\nAna,Ruiz,,,Northwind,VP,12 Mar 2024\r\n');
    expect(connections).toEqual([{ line: 2, name: 'Ana Ruiz', company: 'Northwind', position: 'VP', connectedOn: '2024-03-12' }]);
  });
});

describe('parseConnectionsCsv: a file that is not the export', () => {
  it('refuses the wrong file (a Warmline relationships CSV, a pack, an empty file) saying what it looked for', () => {
    for (const text of ['scope,person_name,company_name,relation,strength\nperson,Ana,,friend,3\n', '{"format":"warmline-pack"}', '']) {
      expect(parseConnectionsCsv(text)).toEqual({ ok: false, message: NOT_CONNECTIONS });
    }
  });

  it('names the missing column and the header\'s line', () => {
    const text = CONNECTIONS_NOTES + 'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Ruiz,,A,B,1 Jan 2020\n';
    expect(parseConnectionsCsv(text)).toEqual({
      ok: false,
      message:
        'The header row (line 4) has no "URL" column. LinkedIn\'s Connections.csv has First Name, Last Name, URL, Email Address, Company, Position, Connected On: export it again rather than editing it.',
    });
  });

  it('names every missing column', () => {
    const result = parseConnectionsCsv('First Name,Last Name,Connected On\nAna,Ruiz,1 Jan 2020\n');
    expect(result.ok || result.message).toContain('has no "URL", "Company", "Position" columns');
  });
});

describe('connectedOnDate and looksLikeConnections', () => {
  it('reads LinkedIn\'s dates and nothing else', () => {
    expect(connectedOnDate('3 Feb 2025')).toBe('2025-02-03');
    expect(connectedOnDate('2025-02-03')).toBeUndefined();
    expect(connectedOnDate('3 Foo 2025')).toBeUndefined();
  });

  it('knows the export by its name or by its header within the first lines', () => {
    expect(looksLikeConnections('Connections.csv', '')).toBe(true);
    expect(looksLikeConnections('export (1).csv', CONNECTIONS_NOTES + CONNECTIONS_HEADER)).toBe(true);
    expect(looksLikeConnections('relationships.csv', 'scope,person_name\n')).toBe(false);
    // A Warmline relationships CSV someone named connections.csv stays one.
    expect(looksLikeConnections('connections.csv', 'scope,person_name,company_name\n')).toBe(false);
  });
});
