import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../utils/text/word-count';

describe('countWords', () => {
  it.each([
    ['Three plain words', 3],
    ['  spaced   out \n lines ', 3],
    ['Numbers 42 and $1.5 count', 5],
    ['— · |', 0],
    ['日本語の文章', 6],
    ['Mixed 日本 text', 4],
    ['', 0],
  ])('%j -> %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('readingMinutes', () => {
  it.each([
    ['', 0],
    ['word '.repeat(10), 1],
    ['word '.repeat(460), 2],
    ['字'.repeat(1500), 3],
  ])('%#', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });
});
