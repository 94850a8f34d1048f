import { describe, expect, it } from 'vitest';
import { analyzeSelection } from '../../utils/analyze';
import { dom } from '../helpers/page';

const page = dom(`<html lang="en"><head><title>Deals | Example</title><meta property="og:title" content="Deals of the week">
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-05-15"></head><body><p>x</p></body></html>`);

describe('analyzeSelection', () => {
  it('analyses only the selected text, framed by the page title, site and date', () => {
    const a = analyzeSelection(page, 'Oracle agreed to buy Cerner in 2021. <script>window.__pwned=1</script>The deal closed later.', { url: 'https://news.example/a' });
    expect(a).toMatchObject({ isArticle: true, title: 'Deals of the week', site: 'Example News', publishedTime: '2024-05-15' });
    expect(a.text).not.toMatch(/script|pwned/);
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Oracle', 'Cerner']));
    expect(a.timeline[0]).toMatchObject({ date: '2021', type: 'acquisition' });
    expect(a.wordCount).toBe(11);
    expect(a.readingMinutes).toBe(1);
  });

  it('gives an empty selection an empty result, not an error', () => {
    const a = analyzeSelection(page, '   ', { url: 'https://news.example/a' });
    expect(a.summary).toEqual([]);
    expect(a.wordCount).toBe(0);
  });
});
