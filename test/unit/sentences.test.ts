import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/text/sentences';

describe('splitSentences', () => {
  it.each([
    ['Apple Inc. said it grew. Sales rose.', ['Apple Inc. said it grew.', 'Sales rose.']],
    ['Mr. Cook spoke on Nov. 21 in the U.S. Treasury. He left.', ['Mr. Cook spoke on Nov. 21 in the U.S. Treasury.', 'He left.']],
    ['It paid $13.5 billion. Shares fell 2.5%.', ['It paid $13.5 billion.', 'Shares fell 2.5%.']],
    ['"We are done," she said. Then silence.', ['"We are done," she said.', 'Then silence.']],
    ['J. Smith joined. Is it over? Yes!', ['J. Smith joined.', 'Is it over?', 'Yes!']],
    ['one paragraph\nanother one', ['one paragraph', 'another one']],
    ['lower case after period. continues here', ['lower case after period. continues here']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'First one here.  Second one.\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
