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

describe('body text boilerplate', () => {
  it.each([
    ['an ad label in dashes', '<div class="slot-inline"><span class="slot-title">- Advertisement -</span></div>', '- Advertisement -'],
    [
      'an embedded link preview',
      '<figure class="embed"><a href="/other"><div class="embed-title">Why chip prices keep rising</div><div>A look at the supply chain.</div></a></figure>',
      'Why chip prices keep rising',
    ],
    [
      'a membership box',
      '<div class="callout"><div>Example News is reader-supported. <a href="#/portal/signup">Become a member</a> to read every story.</div></div>',
      'reader-supported',
    ],
  ])('drops %s', (_label, block, leak) => {
    const a = analyzeHtml(articlePage([story[0]!, block, story[1]!, story[2]!]));
    expect(a.text).toContain(story[1]);
    expect(a.text).not.toContain(leak);
  });

  it('keeps a paragraph that links to another page', () => {
    const linked = 'Helio said in a <a href="/filing">regulatory filing</a> that it would pay for the deal with cash on hand and new debt.';
    expect(analyzeHtml(articlePage([...story, linked])).text).toContain('regulatory filing that it would pay');
  });
});

const storyPage = (head: string, h1s: string[]): string =>
  `<!doctype html><html lang="en"><head>${head}</head><body><main><article>${h1s.map((h) => `<h1>${h}</h1>`).join('')}
  ${story.map((p) => `<p>${p} ${p}</p>`).join('\n')}</article></main></body></html>`;
const og = (k: string, v: string): string => `<meta property="${k}" content="${v}">`;

describe('title', () => {
  const head = 'Helio to buy Quanta Micro as chip rivals circle';
  it.each([
    ['the <h1> over an og:title cut short', `<title>${head} | Example News</title>${og('og:title', 'Helio to buy Quanta Micro')}`, [head], head],
    [
      'the <h1> over one SEO wording of <title>, og:title and twitter:title',
      `<title>Helio buys chip designer for $4bn</title>${og('og:title', 'Helio buys chip designer for $4bn')}${og('og:type', 'article')}` +
        '<meta name="twitter:title" content="Helio buys chip designer for $4bn">',
      [head],
      head,
    ],
    [
      'the declared title on a page that is no article (the <h1> is a slogan)',
      `<title>Helio Cloud - Servers for everyone</title>${og('og:title', 'Helio Cloud - Servers for everyone')}${og('og:type', 'website')}`,
      ['Make the cloud your own today'],
      'Helio Cloud - Servers for everyone',
    ],
    [
      'the declared title when the declared titles disagree among themselves',
      `<title>Helio buys chip designer - Example News</title>${og('og:title', 'Helio buys chip designer')}${og('og:type', 'article')}` +
        `<meta name="twitter:title" content="${head}">`,
      [head],
      'Helio buys chip designer',
    ],
    ['the <title> when only it is declared', '<title>Helio buys chip designer</title>', [head], 'Helio buys chip designer'],
    [
      'the declared title when two <h1>s compete',
      `<title>Helio buys chip designer</title>${og('og:title', 'Helio buys chip designer')}${og('og:type', 'article')}`,
      [head, 'Quanta Micro shares jump on the news'],
      'Helio buys chip designer',
    ],
  ])('%s', (_label, h, h1s, title) => {
    expect(analyzeHtml(storyPage(h, h1s)).title).toBe(title);
  });
});

describe('authors', () => {
  it("takes no teaser byline from the rail beside an article that names no author", () => {
    const page = `<!doctype html><html lang="en"><head><title>Acme to buy Beta</title></head><body><div class="wrap">
      <main><article><h1>Acme to buy Beta in an all-stock deal</h1>${story.map((p) => `<p>${p} ${p}</p>`).join('')}
      <p class="release-source">Source: Acme Corp</p></article></main>
      <aside class="rail"><ul><li><a href="/x">Markets rally on deal news</a><span class="rail-byline">Ann Lee</span><span>Dec. 19, 2024</span></li></ul></aside>
      </div></body></html>`;
    const a = analyzeHtml(page);
    expect(a.authors).toEqual([]);
    expect(a.bylines.map((b) => b.name)).toEqual(['Ann Lee']);
  });
});
