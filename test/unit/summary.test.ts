import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summary';
import { findEntities } from '../../utils/entities';
import { splitSentences } from '../../utils/text/sentences';

const text = [
  'Helio Systems agreed on Tuesday to buy the chip designer Quanta Micro for $4.2 billion in cash.',
  'The deal gives Helio Systems control of the processors inside most of its servers.',
  '"We are thrilled," one executive said in a statement.',
  'Quanta Micro was founded in 2009 and has about 900 employees.',
  'Shares of Helio Systems rose 3 percent in early trading.',
  'Regulators in Europe are expected to review the deal, which Helio Systems hopes to close in 2025.',
  'Weather was mild.',
].join('\n');

const run = (n: number): string[] => {
  const sentences = splitSentences(text);
  return summarize(sentences, findEntities(text, sentences).entities, n);
};

describe('summarize', () => {
  it.each([1, 3, 5])('returns %i sentences taken verbatim from the text, in text order', (n) => {
    const out = run(n);
    expect(out).toHaveLength(n);
    for (const s of out) expect(text).toContain(s);
    const positions = out.map((s) => text.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('always opens with the lead and skips quotes and fragments', () => {
    const out = run(3);
    expect(out[0]).toMatch(/^Helio Systems agreed/);
    expect(out.join(' ')).not.toMatch(/thrilled|Weather/);
  });

  it('handles text with no full sentences', () => {
    const sentences = splitSentences('Just a heading');
    expect(summarize(sentences, [], 3)).toEqual(['Just a heading']);
    expect(summarize([], [], 3)).toEqual([]);
  });
});
