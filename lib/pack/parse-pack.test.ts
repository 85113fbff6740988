import { describe, expect, it } from 'vitest';
import { NOT_A_PACK, parsePackText } from './parse-pack';
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
    expect(errorsOf(text)).toEqual([{ where: 'line 4, column 16', message: expect.stringMatching(/^not valid JSON: /) }]);
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
    expect(errors).toEqual(
      expect.arrayContaining([
        { where: 'content[1] (id "bad-kind")', field: 'kind', message: expect.stringContaining('expected one of') },
        { where: 'content[1] (id "bad-kind")', field: 'body', message: 'unknown token {{nickname}}' },
        { where: 'content[2] (id "bad-aud")', field: 'audience.seniorities[1]', message: expect.stringContaining('"vp"') },
        { where: 'content[3] (id "no-title")', field: 'title', message: 'is required' },
        { where: 'content[3] (id "no-title")', field: 'url', message: 'must be an https: URL' },
        { where: 'relationships[0] (id "r-1")', field: 'strength', message: expect.stringContaining('5') },
        { where: 'relationships[0] (id "r-1")', field: 'person', message: 'required when scope is "person"' },
      ]),
    );
    expect(errors).toHaveLength(7);
    // Sorted by item, file order.
    expect(errors.map((e) => e.where)).toEqual(errors.map((e) => e.where).sort());
  });

  it('reports each unknown token once, naming it', () => {
    const errors = errorsOf(packText({ content: [contentItem({ body: '{{foo}} and {{ bar }} and {{foo}} for {{firstName}}' })] }));
    expect(errors.map((e) => e.message)).toEqual(['unknown token {{foo}}', 'unknown token {{bar}}']);
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
      { where: 'content[2] (id "a")', field: 'id', message: 'duplicate id: content[0] has the same id' },
      { where: 'relationships[1] (id "r")', field: 'id', message: 'duplicate id: relationships[0] has the same id' },
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
    expect(result.warnings).toEqual([
      { where: 'file', field: 'extra', message: 'unknown key "extra" was ignored' },
      { where: 'file', field: 'publisher.twitter', message: 'unknown key "twitter" was ignored' },
      { where: 'content[0] (id "c1")', field: 'color', message: 'unknown key "color" was ignored' },
      { where: 'content[0] (id "c1")', field: 'audience.mood', message: 'unknown key "mood" was ignored' },
      { where: 'relationships[0] (id "r1")', field: 'knownBy.phone', message: 'unknown key "phone" was ignored' },
      { where: 'relationships[0] (id "r1")', field: 'qualification.budget', message: 'unknown key "budget" was ignored' },
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
    const forbidden = result.warnings.filter((w) => w.message.includes('not allowed') || w.message.includes('more keys'));
    expect(forbidden).toEqual([
      { where: 'file', field: '__proto__', message: 'the key "__proto__" is not allowed and was ignored' },
      { where: 'content[0] (id "c1")', field: '__proto__', message: 'the key "__proto__" is not allowed and was ignored' },
      { where: 'content[0] (id "c1")', field: 'constructor', message: 'the key "constructor" is not allowed and was ignored' },
      // The ones below a dropped or unknown key (constructor.prototype, x.__proto__) are counted, not placed.
      { where: 'file', message: '2 more keys named __proto__, constructor or prototype were ignored' },
    ]);
  });
});
