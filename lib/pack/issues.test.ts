import { describe, expect, it } from 'vitest';
import { describeIssue, formatPath, itemWhere, packIssuesFromZod } from './issues';

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
      { where: 'relationships[0]', field: 'strength', message: 'is required' },
      { where: 'file', field: 'version', message: 'expected 1' },
      { where: 'content[0] (id "a")', message: 'expected object, received string' },
    ]);
  });

  it('describes an issue on one line', () => {
    expect(describeIssue({ where: 'row 3', field: 'strength', message: 'is required' })).toBe('row 3, strength: is required');
    expect(describeIssue({ where: 'file', message: 'nope' })).toBe('file: nope');
  });
});
