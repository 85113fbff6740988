import { describe, expect, it } from 'vitest';
import { NOT_A_PACK, parsePackText } from './parse-pack';
import { FORBIDDEN_KEY, UNKNOWN_KEY } from './unknown-keys';
import { contentItem, packObject, packText, relationship, PACK_DETAILS } from '../../tests/support/builders';

function errorsOf(text: string) {
  const result = parsePackText(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parsePackText: good packs', () => {
  it('reads a valid pack, with a BOM too', () => {
    for (const text of [packText(), `\uFEFF${packText()}`]) {
      const result = parsePackText(text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.pack.name).toBe('Acme field pack');
      expect(result.pack.content).toEqual([contentItem()]);
      expect(result.pack.relationships).toEqual([relationship(PACK_DETAILS)]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('treats absent content and relationships as empty', () => {
    const result = parsePackText('{"format":"warmline.pack","version":1}');
    expect(result).toMatchObject({ ok: true, pack: { content: [], relationships: [] } });
  });
});

describe('parsePackText: not a pack', () => {
  it('refuses JSON that is not a Warmline pack', () => {
    for (const text of ['[]', '"x"', 'null', '{"format":"other.pack","version":1}', '{"version":1}']) {
      expect(errorsOf(text)).toEqual([{ where: 'file', message: NOT_A_PACK }]);
    }
  });

  it('asks for a newer Warmline for a higher version', () => {
    expect(errorsOf(packText({ version: 3 }))).toEqual([
      {
        where: 'file',
        field: 'version',
        message: 'This pack was made by a newer Warmline (version 3); update Warmline to read it.',
      },
    ]);
  });

  it('gives line and column for broken JSON', () => {
    const text = '{\n  "format": "warmline.pack",\n  "version": 1,\n  "content": [ }\n}';
    expect(errorsOf(text)).toEqual([{ where: 'line 4, column 16', message: expect.stringMatching(/^this is not valid JSON: /) }]);
  });
});

describe('parsePackText: errors', () => {
  it('reports every error, each naming item, field and why', () => {
    const text = packText({
      content: [
        contentItem({ id: 'ok-1' }),
        { ...contentItem({ id: 'bad-kind' }), kind: 'tweet', body: 'Hi {{nickname}}' },
        { ...contentItem({ id: 'bad-aud' }), audience: { seniorities: ['vp', 'intern'] } },
        { ...contentItem({ id: 'no-title' }), title: undefined, url: 'http://insecure.example' },
      ],
      relationships: [{ ...relationship({ id: 'r-1' }), strength: 9, person: undefined }],
    });
    const errors = errorsOf(text);
    const title = contentItem().title;
    expect(errors).toEqual(
      expect.arrayContaining([
        { where: 'content[1] (id "bad-kind")', field: 'kind', message: expect.stringContaining('must be one of: message, post'), name: title },
        { where: 'content[1] (id "bad-kind")', field: 'body', message: 'uses {{nickname}}, which is not a token Warmline fills in', name: title },
        { where: 'content[2] (id "bad-aud")', field: 'audience.seniorities[1]', message: expect.stringContaining('vp, cxo'), name: title },
        { where: 'content[3] (id "no-title")', field: 'title', message: 'is missing' },
        { where: 'content[3] (id "no-title")', field: 'url', message: 'must be a web address that starts with https://' },
        { where: 'relationships[0] (id "r-1")', field: 'strength', message: 'must be a whole number from 1 to 5' },
        { where: 'relationships[0] (id "r-1")', field: 'person', message: 'is needed because scope is "person"' },
      ]),
    );
    expect(errors).toHaveLength(7);
    // Sorted by item, file order.
    expect(errors.map((e) => e.where)).toEqual(errors.map((e) => e.where).sort());
  });

  it('reports each unknown token once, naming it', () => {
    const errors = errorsOf(packText({ content: [contentItem({ body: '{{foo}} and {{ bar }} and {{foo}} for {{firstName}}' })] }));
    expect(errors.map((e) => e.message)).toEqual([
      'uses {{foo}}, which is not a token Warmline fills in',
      'uses {{bar}}, which is not a token Warmline fills in',
    ]);
    expect(errors.every((e) => e.where === 'content[0] (id "c1")' && e.field === 'body')).toBe(true);
  });

  it('names both indexes of a duplicate id, in content and in relationships', () => {
    const errors = errorsOf(
      packText({
        content: [contentItem({ id: 'a' }), contentItem({ id: 'b' }), contentItem({ id: 'a' })],
        relationships: [relationship({ ...PACK_DETAILS, id: 'r' }), relationship({ ...PACK_DETAILS, id: 'r' })],
      }),
    );
    expect(errors).toEqual([
      { where: 'content[2] (id "a")', field: 'id', message: 'is also the id of library item 1: each needs its own', name: contentItem().title },
      { where: 'relationships[1] (id "r")', field: 'id', message: 'is also the id of relationship 1: each needs its own', name: 'Jane Doe' },
    ]);
  });

  it('reports file-level fields at "file"', () => {
    const errors = errorsOf(packText({ version: 0, publisher: { name: 'M', email: 'not-an-email' }, content: 'nope' }));
    expect(errors.map((e) => `${e.where}|${e.field}`).sort()).toEqual(['file|content', 'file|publisher.email', 'file|version']);
  });
});

describe('parsePackText: unknown and forbidden keys', () => {
  it('ignores unknown keys anywhere and warns about each, naming where', () => {
    const pack = packObject({
      extra: 1,
      publisher: { name: 'M', twitter: '@m' },
      content: [{ ...contentItem(), color: 'red', audience: { titles: ['CTO'], mood: 'happy' } }],
      relationships: [{ ...relationship(), knownBy: { name: 'Sam', phone: '1' }, qualification: { budget: 3 } }],
    });
    const result = parsePackText(JSON.stringify(pack));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const title = contentItem().title;
    expect(result.warnings).toEqual([
      { where: 'file', field: 'extra', message: UNKNOWN_KEY },
      { where: 'file', field: 'publisher.twitter', message: UNKNOWN_KEY },
      { where: 'content[0] (id "c1")', field: 'color', message: UNKNOWN_KEY, name: title },
      { where: 'content[0] (id "c1")', field: 'audience.mood', message: UNKNOWN_KEY, name: title },
      { where: 'relationships[0] (id "r1")', field: 'knownBy.phone', message: UNKNOWN_KEY, name: 'Jane Doe' },
      { where: 'relationships[0] (id "r1")', field: 'qualification.budget', message: UNKNOWN_KEY, name: 'Jane Doe' },
    ]);
    expect(result.pack.content[0]).not.toHaveProperty('color');
    expect(result.pack.content[0]?.audience).toEqual({ titles: ['CTO'] });
  });

  it('drops __proto__, constructor and prototype keys without polluting anything', () => {
    const item = JSON.stringify(contentItem()).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const text = `{"format":"warmline.pack","version":1,"__proto__":{"polluted":true},"content":[${item}],"x":{"__proto__":{"polluted":true}}}`;
    const result = parsePackText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(result.pack)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.pack.content[0])).toBe(Object.prototype);
    expect((result.pack as Record<string, unknown>).polluted).toBeUndefined();
    const forbidden = result.warnings.filter((w) => w.message === FORBIDDEN_KEY || w.message.includes('more keys'));
    const title = contentItem().title;
    expect(forbidden).toEqual([
      { where: 'file', field: '__proto__', message: FORBIDDEN_KEY },
      { where: 'content[0] (id "c1")', field: '__proto__', message: FORBIDDEN_KEY, name: title },
      { where: 'content[0] (id "c1")', field: 'constructor', message: FORBIDDEN_KEY, name: title },
      // The ones below a dropped or unknown key (constructor.prototype, x.__proto__) are counted, not placed.
      { where: 'file', message: '2 more keys named __proto__, constructor or prototype were ignored' },
    ]);
  });
});

describe('parsePackText: size bounds (docs/PACK-FORMAT.md)', () => {
  it('refuses every field past its bound, naming each, and accepts each at its bound', () => {
    const long = (n: number) => 'x'.repeat(n);
    const list = (n: number, entry = 'x') => Array.from({ length: n }, () => entry);
    const at = (n: number) => ({
      content: [
        contentItem({
          approvedBy: long(n === 0 ? 200 : 201),
          owner: long(n === 0 ? 200 : 201),
          salesNote: long(n === 0 ? 2000 : 8 * 1024 * 1024),
          tags: n === 0 ? list(50, long(100)) : [...list(51), long(101)],
          audience: {
            titles: n === 0 ? list(100, long(200)) : list(101),
            industries: [n === 0 ? long(200) : long(201)],
            companies: n === 0 ? list(100) : list(101),
            seniorities: Array.from({ length: n === 0 ? 100 : 101 }, () => 'vp' as const),
          },
        }),
      ],
      relationships: [
        relationship({
          knownBy: { name: long(n === 0 ? 200 : 201), team: long(n === 0 ? 200 : 201) },
          qualification: { vendorHistory: long(n === 0 ? 2000 : 2001) },
        }),
      ],
      publisher: { name: long(n === 0 ? 200 : 201) },
    });
    expect(parsePackText(packText(at(0))).ok).toBe(true);
    const fields = errorsOf(packText(at(1))).map((issue) => `${issue.where.replace(/ \(id .*\)/, '')} ${issue.field ?? ''}`.trim());
    expect(fields.sort()).toEqual(
      [
        'file publisher.name',
        'content[0] approvedBy',
        'content[0] owner',
        'content[0] salesNote',
        'content[0] tags',
        'content[0] audience.titles',
        'content[0] audience.industries[0]',
        'content[0] audience.companies',
        'content[0] audience.seniorities',
        'relationships[0] knownBy.name',
        'relationships[0] knownBy.team',
        'relationships[0] qualification.vendorHistory',
      ].sort(),
    );
  });
});
