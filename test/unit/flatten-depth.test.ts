import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '../../utils/extract/flatten-depth';
import { dom } from '../helpers/page';

const depthOf = (el: Element): number => {
  let max = 0;
  const walk = (e: Element, d: number): void => { max = Math.max(max, d); for (const c of Array.from(e.children)) walk(c, d + 1); };
  walk(el, 0);
  return max;
};

describe('flattenDeepNesting', () => {
  it.each([10, 47, 200, 2000])('%i nested elements keep their text and order, at most 48 levels deep', (n) => {
    const doc = dom(`<html><body><p>before</p>${'<div><i>x</i>'.repeat(n)}core${'</div>'.repeat(n)}<p>after</p></body></html>`);
    const before = doc.body.textContent;
    flattenDeepNesting(doc.body);
    expect(doc.body.textContent).toBe(before);
    expect(depthOf(doc.body)).toBeLessThanOrEqual(48);
  });

  it('leaves an ordinary page untouched', () => {
    const doc = dom('<html><body><article><header><h1>T</h1></header><div><p>One <b>two</b></p></div></article></body></html>');
    const html = doc.body.innerHTML;
    expect(flattenDeepNesting(doc.body)).toBe(0);
    expect(doc.body.innerHTML).toBe(html);
  });
});
