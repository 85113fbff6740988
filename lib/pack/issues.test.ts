import { describe, expect, it } from 'vitest';
import { describeIssue, formatPath, friendlyMessage, itemWhere, packIssuesFromZod } from './issues';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['audience', 'seniorities', 1])).toBe('audience.seniorities[1]');
    expect(formatPath([2, 'name'])).toBe('[2].name');
    expect(formatPath([])).toBe('');
  });
});

describe('itemWhere', () => {
  it('names the index and, when there is one, the id', () => {
    expect(itemWhere('content', 3, { id: 'q4-launch' })).toBe('content[3] (id "q4-launch")');
    expect(itemWhere('relationships', 0, { id: 7 })).toBe('relationships[0]');
    expect(itemWhere('content', 1, null)).toBe('content[1]');
  });
});

describe('packIssuesFromZod', () => {
  const root = { content: [{ id: 'a' }, { id: 'b' }], relationships: [{}] };

  it('places item issues on the item with the field path below it', () => {
    const issues = packIssuesFromZod(
      [
        { path: ['content', 1, 'audience', 'seniorities', 1], message: 'Invalid option: expected one of "vp"|"cxo"', code: 'invalid_value' },
        { path: ['relationships', 0, 'strength'], message: 'Invalid input: expected number, received undefined', code: 'invalid_type' },
        { path: ['version'], message: 'Invalid input: expected 1', code: 'invalid_value' },
        { path: ['content', 0], message: 'Invalid input: expected object, received string', code: 'invalid_type' },
      ],
      root,
    );
    expect(issues).toEqual([
      { where: 'content[1] (id "b")', field: 'audience.seniorities[1]', message: 'expected one of "vp"|"cxo"' },
      { where: 'relationships[0]', field: 'strength', message: 'is missing' },
      { where: 'file', field: 'version', message: 'expected 1' },
      { where: 'content[0] (id "a")', message: 'expected object, received string' },
    ]);
  });

  it('turns zod wording into plain words', () => {
    expect(friendlyMessage({ path: ['strength'], code: 'too_big', origin: 'number', maximum: 5, message: 'Too big: expected number to be <=5' })).toBe(
      'must be a whole number from 1 to 5',
    );
    expect(friendlyMessage({ path: ['body'], code: 'too_big', origin: 'string', maximum: 5000, message: 'Too big' })).toBe('is longer than 5,000 characters');
    expect(friendlyMessage({ path: ['title'], code: 'too_small', origin: 'string', minimum: 1, message: 'Too small' })).toBe('is empty');
    expect(friendlyMessage({ path: ['kind'], code: 'invalid_value', values: ['message', 'post'], message: 'Invalid option' })).toBe('must be one of: message, post');
    expect(friendlyMessage({ path: ['url'], code: 'invalid_format', format: 'url', message: 'must be an https: URL' })).toBe(
      'must be a web address that starts with https://',
    );
  });
});

describe('describeIssue', () => {
  it('makes one sentence naming the item by its title or name, the field and the problem', () => {
    expect(describeIssue({ where: 'content[3] (id "q4")', field: 'body', message: 'is longer than 5,000 characters', name: 'Q4 opener' })).toBe(
      'Library item 4, “Q4 opener”: the body is longer than 5,000 characters.',
    );
    expect(describeIssue({ where: 'relationships[0] (id "r1")', field: 'strength', message: 'must be a whole number from 1 to 5', name: 'Jane Doe' })).toBe(
      'Relationship 1, Jane Doe: strength must be a whole number from 1 to 5.',
    );
    expect(describeIssue({ where: 'content[0] (id "x")', field: 'title', message: 'is missing' })).toBe('Library item 1 (id "x"): the title is missing.');
    expect(describeIssue({ where: 'row 3', field: 'strength', message: 'holds "seven", which is not a number', name: 'Ada Quinn' })).toBe(
      'Row 3 (Ada Quinn), column strength holds "seven", which is not a number.',
    );
    expect(describeIssue({ where: 'file', message: 'this is not a Warmline pack' })).toBe('This is not a Warmline pack.');
    expect(describeIssue({ where: 'line 4, column 15', message: 'this is not valid JSON: expected a value' })).toBe('Line 4, column 15: this is not valid JSON: expected a value.');
  });
});
