/**
 * Where a JSON text first breaks, as line and column. JSON.parse's own messages differ between
 * engines (Node 20 gives no position at all), so we scan the text ourselves, and only after
 * JSON.parse has already failed. The scan is iterative, so deep nesting cannot overflow the stack.
 */

export type JsonSyntaxProblem = { line: number; column: number; reason: string };

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  return `"${c}"`;
}

/** The first syntax problem in `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const stack: Array<'{' | '['> = [];
  const n = text.length;
  let i = 0;
  let expect: Expect = 'value';
  const fail = (at: number, reason: string): JsonSyntaxProblem => ({ ...lineAndColumn(text, at), reason });
  const followsComma = (at: number): boolean => text.slice(0, at).trimEnd().endsWith(',');
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  /** Index just past the string starting at `start`, or the problem inside it. */
  const scanString = (start: number): number | JsonSyntaxProblem => {
    let j = start + 1;
    for (;;) {
      if (j >= n) return fail(start, 'this string is never closed with a double quote');
      const ch = text[j] ?? '';
      if (ch === '"') return j + 1;
      if (ch === '\\') {
        const next = text[j + 1] ?? '';
        if (ESCAPES.has(next)) j += 2;
        else if (next === 'u' && HEX4.test(text.slice(j + 2, j + 6))) j += 6;
        else return fail(j, 'invalid escape sequence in a string');
      } else if (ch.charCodeAt(0) < 0x20) {
        return fail(j, `${describeChar(ch)} inside a string must be written as an escape (\\n, \\t)`);
      } else j++;
    }
  };

  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i] ?? '')) i++;
    if (i >= n) return expect === 'end' ? null : fail(n, 'the file ends before the JSON is complete');
    const c = text[i] ?? '';
    switch (expect) {
      case 'end':
        return fail(i, `unexpected ${describeChar(c)} after the end of the JSON`);
      case 'colon':
        if (c !== ':') return fail(i, `expected ":" after a property name, found ${describeChar(c)}`);
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          expect = afterValue();
        } else return fail(i, `expected "," or "${close}", found ${describeChar(c)}`);
        continue;
      }
      case 'key-or-close':
      case 'key': {
        if (expect === 'key-or-close' && c === '}') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c !== '"') {
          const hint = expect === 'key' && c === '}' ? ' (a trailing comma is not allowed)' : '';
          return fail(i, `expected a property name in double quotes, found ${describeChar(c)}${hint}`);
        }
        const end = scanString(i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'value-or-close':
      case 'value': {
        if (expect === 'value-or-close' && c === ']') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        if (c === '"') {
          const end = scanString(i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
          continue;
        }
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        if (number && number[0].length > 0 && (c === '-' || (c >= '0' && c <= '9'))) {
          i += number[0].length;
          expect = afterValue();
          continue;
        }
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          expect = afterValue();
          continue;
        }
        const hint = (c === ']' || c === '}') && followsComma(i) ? ' (a trailing comma is not allowed)' : '';
        return fail(i, `expected a value, found ${describeChar(c)}${hint}`);
      }
    }
  }
}
