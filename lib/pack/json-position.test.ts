import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem, lineAndColumn } from './json-position';

describe('findJsonSyntaxProblem', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => findJsonSyntaxProblem(JSON.stringify(value, null, 2)) === null));
    expect(findJsonSyntaxProblem(' {"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]} ')).toBeNull();
  });

  it('points at the line and column where the text breaks', () => {
    const text = '{\n  "a": 1,\n  "b": x\n}';
    expect(findJsonSyntaxProblem(text)).toMatchObject({ line: 3, column: 8 });
  });

  it('explains common mistakes', () => {
    expect(findJsonSyntaxProblem('{"a": 1,}')).toMatchObject({ line: 1, column: 9, reason: expect.stringContaining('trailing comma') });
    expect(findJsonSyntaxProblem('[1, 2,]')?.reason).toContain('trailing comma');
    expect(findJsonSyntaxProblem('{"a": 1')).toMatchObject({ reason: expect.stringContaining('ends before') });
    expect(findJsonSyntaxProblem("{'a': 1}")?.reason).toContain('double quotes');
    expect(findJsonSyntaxProblem('{"a": "line\nbreak"}')).toMatchObject({ line: 1, column: 12 });
    expect(findJsonSyntaxProblem('{"a": 1} x')).toMatchObject({ column: 10, reason: expect.stringContaining('after the end') });
    expect(findJsonSyntaxProblem('{"a" 1}')?.reason).toContain('":"');
    expect(findJsonSyntaxProblem('')?.reason).toContain('ends before');
  });

  it('agrees with JSON.parse on random text, and never overflows on deep nesting', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (findJsonSyntaxProblem(text) === null) === valid;
      }),
    );
    expect(findJsonSyntaxProblem('['.repeat(200_000))?.reason).toContain('ends before');
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
