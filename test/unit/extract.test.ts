import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage } from '../helpers/page';

const story = [
  'Helio Systems agreed on Tuesday to buy the chip designer Quanta Micro for $4.2 billion in cash, the companies said.',
  'The deal gives Helio control of the processors inside most of its servers and ends a long search for a partner.',
  'Quanta Micro was founded in 2009 and has about 900 employees in three countries, most of them engineers.',
];

const links = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<li><a href="/news/${i}">Headline number ${i} about markets and companies today</a></li>`).join('');

describe('isArticle', () => {
  it.each([
    ['a plain article', articlePage(story), 'https://news.example/2024/05/helio-quanta', true],
    ['a home page of links', `<html><body><h1>Example News</h1><ul>${links(40)}</ul></body></html>`, 'https://news.example/', false],
    ['a search results page', `<html><body><form><input name=q></form><ol>${links(20)}</ol></body></html>`, 'https://news.example/search?q=chips', false],
    ['an empty page', '<html><body></body></html>', 'https://news.example/a', false],
    ['an app shell', '<html><body><div id="root"></div><script>boot()</script></body></html>', 'https://app.example/', false],
    ['a frameset', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>', 'https://old.example/', false],
  ])('%s -> %s', (_name, html, url, expected) => {
    const a = analyzeHtml(html, { url });
    expect(a.isArticle).toBe(expected);
    expect(a.reason).toMatch(/\w+/);
  });
});

describe('metadata', () => {
  it('takes the headline without the site name, and the site from og:site_name', () => {
    const a = analyzeHtml(articlePage(story, '<meta property="og:site_name" content="Example News">'));
    expect(a.title).toBe('Test story');
    expect(a.site).toBe('Example News');
  });

  it.each([
    ['<meta property="article:published_time" content="2024-05-14T08:00:00Z">', '2024-05-14'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-01"}</script>', '2023-02-01'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2022-11-30T10:00:00+01:00"}]}</script>', '2022-11-30'],
    ['<meta property="article:published_time" content="1970-01-01T00:00:00Z">', null],
    ['<meta property="article:published_time" content="2999-01-01">', null],
    ['<script type="application/ld+json">{ broken json </script>', null],
  ])('published from %s', (head, expected) => {
    expect(analyzeHtml(articlePage(story, head), { today: new Date('2024-06-01') }).publishedTime).toBe(expected);
  });

  it('reads a <time> in the article header', () => {
    const html = articlePage(story, '', '<p class="byline">By Jo Park <time datetime="2024-04-02">April 2</time></p>');
    expect(analyzeHtml(html, { today: new Date('2024-06-01') }).publishedTime).toBe('2024-04-02');
  });
});

describe('body text', () => {
  it('keeps the story and drops its byline, dates, share bar and teaser list', () => {
    const html = articlePage(
      [...story, '<div class="share-tools"><a>Share on X</a></div>'],
      '',
      '<p class="byline">By Jo Park</p><p class="date">May 14, 2024 10:00 AM ET</p>',
    ).replace('</article>', `<section class="related"><h2>More from Example News</h2><ul>${links(6)}</ul></section></article>`);
    const a = analyzeHtml(html);
    expect(a.text).toContain(story[0]);
    expect(a.text).toContain(story[2]);
    for (const leak of ['By Jo Park', 'Share on X', 'More from Example News', 'Headline number', 'May 14, 2024 10:00']) expect(a.text).not.toContain(leak);
    expect(a.wordCount).toBeGreaterThan(80);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
  });
});
