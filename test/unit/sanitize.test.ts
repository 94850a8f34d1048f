import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanText } from '../../utils/text/sanitize';

describe('cleanText', () => {
  it.each([
    ['Plans <script>window.__pwned=1</script> changed.', 'Plans changed.'],
    ['An <img src=x onerror="alert(1)"> image', 'An image'],
    ['Click javascript:alert(1) now', 'Click now'],
    ['Styled <style>body{display:none}</style>text', 'Styled text'],
    ['Bold <b>claim</b> here', 'Bold claim here'],
    ['Handler onload=steal() left bare', 'Handler left bare'],
    ['Null\u0000 and bell\u0007 gone, tab\tkept', 'Null and bell gone, tab kept'],
    ['Emoji 🚀 and العربية and 日本語 stay', 'Emoji 🚀 and العربية and 日本語 stay'],
    ['Prices rose 3 < 5 > 2 percent', 'Prices rose 3 < 5 > 2 percent'],
    ['Lone surrogate \ud800 dropped', 'Lone surrogate dropped'],
    ['Bidi \u202eoverride\u202c and \ufffd gone', 'Bidi override and gone'],
    ['Family 👨\u200d👩\u200d👧 and می\u200cخواهم keep joiners', 'Family 👨\u200d👩\u200d👧 and می\u200cخواهم keep joiners'],
  ])('%j', (input, expected) => {
    expect(cleanText(input).replace(/\s+/g, ' ').trim()).toBe(expected);
  });

  it('cleans every string in nested data and keeps the shape', () => {
    const v = { a: ['x <script>1</script>y', 2], b: { c: 'javascript:void(0)' }, d: null };
    expect(cleanDeep(v)).toEqual({ a: ['x y', 2], b: { c: '' }, d: null });
  });
});
