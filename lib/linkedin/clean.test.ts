import { describe, expect, it } from 'vitest';
import { cleanName, cleanText, cleanTitle, splitName, stripTitleDecor } from './clean';

describe('cleanText', () => {
  it('drops zero-width and bidi controls and collapses whitespace', () => {
    expect(cleanText('\u200fJane\u200b  \n Doe\ufeff ')).toBe('Jane Doe');
    expect(cleanText(null)).toBe('');
  });
});

describe('stripTitleDecor', () => {
  it.each([
    ['(3) Jane Doe | LinkedIn', 'Jane Doe'],
    ['(99+) Jane Doe | LinkedIn', 'Jane Doe'],
    ['Jane Doe - LinkedIn', 'Jane Doe'],
    ['(2) 王小明 | 领英', '王小明'],
    ['Northwind Traders: Overview | LinkedIn', 'Northwind Traders: Overview'],
  ])('%s → %s', (input, expected) => {
    expect(stripTitleDecor(input)).toBe(expected);
  });
});

describe('cleanName', () => {
  it.each([
    ['(3) Jane Doe | LinkedIn', 'Jane Doe'],
    ['(12) 🚀 Priya Raman, MBA | LinkedIn', 'Priya Raman'],
    ['🚀 Priya Raman, MBA', 'Priya Raman'],
    ['Dr. Li Wei, PhD, CFA', 'Dr. Li Wei'],
    ['Sam Lee, CSCP', 'Sam Lee'],
    ['Jane Doe MBA', 'Jane Doe'],
    ['Jane Doe (She/Her)', 'Jane Doe'],
    ['👩🏽‍💻 Ana Souza 🇧🇷', 'Ana Souza'],
    ['Martin Luther King, Jr.', 'Martin Luther King, Jr.'],
    ['Yo-Yo Ma', 'Yo-Yo Ma'],
    ['Wei MA', 'Wei MA'],
    ['Emma Ba', 'Emma Ba'],
    ['\u200fليلى حسن\u200f', 'ليلى حسن'],
    ['王小明', '王小明'],
    ['3M Fan', '3M Fan'],
  ])('%s → %s', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

describe('cleanTitle', () => {
  it('drops emoji and dangling separators but keeps the words', () => {
    expect(cleanTitle('  Growth Lead ✨ | ')).toBe('Growth Lead');
    expect(cleanTitle('C++ Engineer #1')).toBe('C++ Engineer #1');
  });
});

describe('splitName', () => {
  it.each([
    ['Jane Doe', { firstName: 'Jane', lastName: 'Doe' }],
    ['Jane van der Berg', { firstName: 'Jane', lastName: 'van der Berg' }],
    ['Madonna', { firstName: 'Madonna' }],
    ['Dr. Jane Doe', { firstName: 'Jane', lastName: 'Doe' }],
    ['Priya Raman, MBA', { firstName: 'Priya', lastName: 'Raman' }],
    ['王小明', { firstName: '王小明' }],
    ['山田 太郎', { firstName: '太郎', lastName: '山田' }],
    ['김민수', { firstName: '김민수' }],
    ['ليلى حسن', { firstName: 'ليلى', lastName: 'حسن' }],
    ['عبد الله محمد', { firstName: 'عبد الله', lastName: 'محمد' }],
    ['', {}],
  ])('%s', (input, expected) => {
    expect(splitName(input)).toEqual(expected);
  });
});
