import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { cleanName, findAuthors, findPageBylines, splitByline } from '../../utils/bylines';
import { roleLineAuthors } from '../../utils/bylines/role-lines';
import { articleNode, jsonLdNodes } from '../../utils/extract/json-ld';

const TODAY = new Date('2025-06-01T00:00:00Z');
const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url);

const doc = (html: string): Document => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
const page = (head: string, body: string): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const hintsOf = (d: Document) => {
  const jsonLd = jsonLdNodes(d);
  return { jsonLd, article: articleNode(jsonLd) };
};
const authorsOf = (d: Document): string[] => findAuthors(d, hintsOf(d));
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const pairs = (d: Document): string[] => findPageBylines(d, TODAY).map((b) => `${b.name}@${b.date}`);

describe('splitByline', () => {
  it.each<[string, string[], string | null]>([
    ['By William Miller/Jan 23, 2025', ['William Miller'], '2025-01-23'],
    ['By Ann Lee, Bob Stone and Cy Young', ['Ann Lee', 'Bob Stone', 'Cy Young'], null],
    ['By Ann Lee & Bob Stone', ['Ann Lee', 'Bob Stone'], null],
    ['Ann Lee, Bob Stone, and Cy Young', ['Ann Lee', 'Bob Stone', 'Cy Young'], null],
    ['BY ANN LEE AND BOB STONE, ASSOCIATED PRESS', ['Ann Lee', 'Bob Stone'], null],
    ['Story by Ann Lee | Photos by Bob Stone', ['Ann Lee'], null],
    ['By Ann Lee Updated 3 hours ago', ['Ann Lee'], null],
    ['Ann Lee and Bob Stone | Reuters', ['Ann Lee', 'Bob Stone'], null],
    ['By Priya Castellanos | Dec. 18, 2023', ['Priya Castellanos'], '2023-12-18'],
    ['By Ines Halvorsen, Kwame Adjei-Brant and Lucia Ferraro | Atlas Wire', ['Ines Halvorsen', 'Kwame Adjei-Brant', 'Lucia Ferraro'], null],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan'], null],
    ['Laura June Topolsky July 10, 2015', ['Laura June Topolsky'], '2015-07-10'],
    ['Jong, Michiel de', ['Michiel de Jong'], null],
    ['Doe, Jane', ['Jane Doe'], null],
    ['By Brenda  Goodman, MA\n   WebMD Health News', ['Brenda Goodman'], null],
    ['Written by Rob Ewaschuk\n  Edited by Betsy Beyer', ['Rob Ewaschuk'], null],
    ['By GILLIAN MOHNEY\n  March 11, 2015 3:46 PM', ['Gillian Mohney'], '2015-03-11'],
    ['Marisol Quenneville, Senior Editor · 5 min read', ['Marisol Quenneville'], null],
    ['By Jane Roe, Staff Writer', ['Jane Roe'], null],
    ['By Jane Roe, Associated Press', ['Jane Roe'], null],
    ['By Jane Roe for CNN', ['Jane Roe'], null],
    ['By Dean Kissick,', ['Dean Kissick'], null],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'], null],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn'], null],
    ['Par Sébastien Farcis', ['Sébastien Farcis'], null],
    ['By Björn Sandvik / Mar 17, 2024', ['Björn Sandvik'], '2024-03-17'],
    ['Jane Roe @janeroe', ['Jane Roe'], null],
    ['By Renata Solberg, Jul 20, 2021', ['Renata Solberg'], '2021-07-20'],
    ['Updated April 29, 2019 at 3:33 pm', [], '2019-04-29'],
    ['By signing up you agree to our Terms of Service and Privacy Policy.', [], null],
    ['jane.roe@example.com', [], null],
    ['https://example.com/author/jane-roe', [], null],
    ['By Staff', [], null],
    ['The Editorial Board', [], null],
    ['Reuters', [], null],
    ['Associated Press', [], null],
    ['Follow Author', [], null],
    ['Contributors to Wikimedia projects', [], null],
    ['Words: Ann Lee', ['Ann Lee'], null],
    ['Author: Ann Lee, Feb 3, 2025', ['Ann Lee'], '2025-02-03'],
    ['Text: Ann Lee / Photos: Bob Stone', ['Ann Lee'], null],
    ['Words by Ann Lee, photographs by Bob Stone', ['Ann Lee'], null],
    ['Review by Ann Lee', ['Ann Lee'], null],
    ['Analysis by Ann Lee and Bob Stone', ['Ann Lee', 'Bob Stone'], null],
    ['Source: Acme Industries', [], null],
    ['Media contact: Ann Lee, Acme Industries', [], null],
  ])('%j', (text, names, date) => {
    expect(splitByline(text, TODAY)).toEqual({ names, date });
  });

  it('ignores a date later than today', () => {
    expect(splitByline('By Ann Lee / Jan 3, 2030', TODAY)).toEqual({ names: ['Ann Lee'], date: null });
  });
});

describe('roleLineAuthors', () => {
  it.each<[string, string[] | null]>([
    ['Reporting by Ann Lee in Lisbon and Bob Stone in Oslo; Editing by Cy Young', ['Ann Lee', 'Bob Stone']],
    ['Reporting by Ann Lee in San Jose, California, and Bob Stone in Oslo', ['Ann Lee', 'Bob Stone']],
    ['Reporting by Ann Lee; Additional reporting by Dee Dunn; Writing by Eve Marsh; Editing by Cy Young and Fay Ho', ['Ann Lee', 'Eve Marsh']],
    ['Writing by Eve Marsh. Editing by Cy Young', ['Eve Marsh']],
    ['Compiled by Ann Lee from wire reports', ['Ann Lee']],
    ['Editing by Cy Young', []],
    ['Photos by Bob Stone', []],
    ['The report by the regulator found no fault.', null],
    ['Reporting on the deal was thin; editors said little.', null],
  ])('%j', (line, names) => {
    expect(roleLineAuthors(line)).toEqual(names);
  });
});

describe('cleanName', () => {
  it.each<[string, string | null]>([
    ['JOE HILDEBRAND', 'Joe Hildebrand'],
    ['Susie O’Brien', 'Susie O’Brien'],
    ['Todd VanDerWerff', 'Todd VanDerWerff'],
    ['Dr. Jane Roe', 'Jane Roe'],
    ['Jane Roe Senior Reporter', 'Jane Roe'],
    ['Kelli Miller WebMD Health News', 'Kelli Miller'],
    ['Games Editor', null],
    ['AMournfulHowlInTheNight', null],
    ['FAIL', null],
    ['@janeroe', null],
  ])('%j -> %j', (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });
});

describe('findAuthors from JSON-LD', () => {
  it.each<[string, unknown, string[]]>([
    ['a string', { '@type': 'NewsArticle', author: 'Ann Lee' }, ['Ann Lee']],
    ['a string with "By" and a trailing comma', { '@type': 'Article', author: 'By Dean Kissick,' }, ['Dean Kissick']],
    ['one Person', { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ann Lee' } }, ['Ann Lee']],
    ['an array of Persons', { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bob Stone' }] }, ['Ann Lee', 'Bob Stone']],
    ['a string listing two people', { '@type': 'NewsArticle', author: 'Stella Kim, Jennifer Jett' }, ['Stella Kim', 'Jennifer Jett']],
    ['given and family names', { '@type': 'BlogPosting', author: { '@type': 'Person', givenName: 'Ann', familyName: 'Lee' } }, ['Ann Lee']],
    [
      '@id references into @graph',
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'NewsArticle', author: [{ '@id': '#ann' }, { '@id': '#bob' }] },
          { '@type': 'Person', '@id': '#bob', name: 'Bob Stone' },
          { '@type': 'Person', '@id': '#ann', name: 'Ann Lee' },
        ],
      },
      ['Ann Lee', 'Bob Stone'],
    ],
    ['an Organization author is no person', { '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Daily Planet' } }, []],
    ['an agency name is no person', { '@type': 'NewsArticle', author: 'Reuters' }, []],
  ])('%s', (_label, data, expected) => {
    expect(authorsOf(page(ld(data), '<p>Body text.</p>'))).toEqual(expected);
  });

  it('trusts JSON-LD over the visible byline', () => {
    const d = page(ld({ '@type': 'NewsArticle', author: 'Ann Lee' }), '<article><p class="byline">By Someone Else</p></article>');
    expect(authorsOf(d)).toEqual(['Ann Lee']);
  });
});

describe('findAuthors from the page', () => {
  it.each<[string, string, string, string[]]>([
    [
      'the article byline, not an earlier related card',
      '',
      '<aside class="related"><p class="byline">By Card Writer</p></aside><article><h1>Title</h1><p class="byline">By Ann Lee and Bob Stone</p></article>',
      ['Ann Lee', 'Bob Stone'],
    ],
    [
      'co-authors in separate elements of one line',
      '',
      '<article><h1>Title</h1><p><span class="author">Ann Lee</span> and <span class="author">Bob Stone</span></p></article>',
      ['Ann Lee', 'Bob Stone'],
    ],
    [
      'rel=author links inside the byline',
      '',
      '<article><h1>T</h1><p>By <a rel="author" href="/staff/a">Ann Lee</a> and <a rel="author" href="/staff/b">Bob Stone</a></p></article>',
      ['Ann Lee', 'Bob Stone'],
    ],
    [
      'an author link with a job title beside it',
      '',
      '<article><h1>T</h1><div class="meta"><a class="author-name" href="/author/ann-lee">Ann Lee</a>, Senior Editor</div></article>',
      ['Ann Lee'],
    ],
    [
      'meta author when the page shows none',
      '<meta name="author" content="Ann Lee">',
      '<article><h1>T</h1><p>Body.</p></article>',
      ['Ann Lee'],
    ],
    [
      'every DC.Creator tag',
      '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
      '<p>Body.</p>',
      ['F. Kooman', 'Michiel de Jong'],
    ],
    ['no profile URL as a name', '<meta property="article:author" content="https://example.com/people/ann-lee">', '<p>Body.</p>', []],
    [
      'no menu of columnists',
      '',
      '<nav><ul><li><a href="/author/ann-lee">Ann Lee</a></li></ul></nav><article><h1>T</h1><p>Body.</p></article>',
      [],
    ],
    [
      'a label before the name',
      '',
      '<article><h1>T</h1><p class="credit"><span class="label">Words:</span> <a href="/author/ann-lee">Ann Lee</a></p></article>',
      ['Ann Lee'],
    ],
    [
      'reporters of a wire sign-off, not its editors',
      '',
      '<article><h1>T</h1><p>Body.</p><p class="sign-off">Reporting by Ann Lee in Oslo and Bob Stone; Editing by Cy Young</p></article>',
      ['Ann Lee', 'Bob Stone'],
    ],
    [
      'no teaser byline from the rail beside a press release',
      '',
      '<div class="wrap"><main><article><h1>Acme to buy Beta</h1><p>Body.</p><p class="source">Source: Acme Corp</p></article></main>' +
        '<aside class="rail"><ul><li><a href="/x">Other story</a><span class="rail-byline">Ann Lee</span><span>Dec. 19, 2024</span></li></ul></aside></div>',
      [],
    ],
    [
      'the name of an author card when nothing else names the author',
      '',
      '<article><h1>T</h1><p>Body.</p></article><div class="author-bio"><span class="author-name">Ann Lee</span><p>Ann Lee is a reporter.</p></div>',
      ['Ann Lee'],
    ],
    [
      'the byline over the author card',
      '',
      '<article><h1>T</h1><p class="byline">By Bob Stone</p><p>Body.</p></article><div class="author-bio"><span class="author-name">Ann Lee</span><p>Ann Lee is a reporter.</p></div>',
      ['Bob Stone'],
    ],
    [
      'none on a page that declares itself a list of stories',
      ld({ '@type': 'CollectionPage', name: 'Technology' }),
      '<h1>Technology</h1><main><article><h2>Lead story</h2><div class="byline">By Ann Lee</div></article></main>',
      [],
    ],
    [
      'no commenter',
      '',
      '<article><h1>T</h1><p>Body.</p></article><section class="comments"><div class="comment-author">Ann Lee</div></section>',
      [],
    ],
  ])('%s', (_label, head, body, expected) => {
    expect(authorsOf(page(head, body))).toEqual(expected);
  });
});

describe('findPageBylines', () => {
  it.each<[string, string, string[]]>([
    [
      'a span byline with its date in the enclosing meta line',
      '<p class="article__meta"><span class="byline">By William Miller</span>/<time datetime="2025-01-23">Jan 23, 2025</time></p>',
      ['William Miller@2025-01-23'],
    ],
    [
      'teaser cards each with a date',
      '<ul><li class="card"><h3>One</h3><p class="card__meta">By Ann Lee/Jan 3, 2025</p></li><li class="card"><h3>Two</h3><p class="card__meta">By Bob Stone/Jan 2, 2025</p></li></ul>',
      ['Ann Lee@2025-01-03', 'Bob Stone@2025-01-02'],
    ],
    [
      'co-authors share the date',
      '<p class="byline">By Ann Lee and Bob Stone | <span>Dec. 18, 2023</span></p>',
      ['Ann Lee@2023-12-18', 'Bob Stone@2023-12-18'],
    ],
    [
      'the date in a sibling paragraph of the card',
      '<li><a href="/x"><h3>Column</h3></a><p class="card__byline">By Ann Lee</p><p class="card__date">Dec. 14, 2023</p></li>',
      ['Ann Lee@2023-12-14'],
    ],
    [
      'a byline after a headline in the same list item',
      '<ol><li><a href="/1">Story one</a> &mdash; By Ann Lee, Jul 20, 2021</li><li><a href="/2">Story two</a> &mdash; By Bob Stone, Jul 19, 2021</li></ol>',
      ['Ann Lee@2021-07-20', 'Bob Stone@2021-07-19'],
    ],
    [
      'nested byline elements counted once',
      '<div class="byline"><div class="byline__inner"><span class="author">By <a rel="author" href="/a">Ann Lee</a></span></div></div>',
      ['Ann Lee@null'],
    ],
    [
      'a lone "By" element before the name',
      '<cite class="byline"><span>By </span><span class="fn">ANN LEE</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>',
      ['Ann Lee@2015-03-11'],
    ],
    [
      'no byline inside script, template or style',
      '<script>var s = "<p>By Ann Lee</p>";</script><template><p>By Bob Stone</p></template><style>/* By Cy Young */</style><p>By Dee Dunn</p>',
      ['Dee Dunn@null'],
    ],
    [
      'no sentence that starts with "By"',
      '<p>By signing up you agree to our Terms and Privacy Policy.</p><p>Shares were bought last year by Acme Corp.</p><h3>By Design</h3>',
      [],
    ],
    [
      'no commenters or sponsored widgets',
      '<ol class="comment-list"><li class="comment"><div class="comment-author">Ann Lee</div></li></ol><div class="trc_rbox"><span>By Sponsor Name</span></div>',
      [],
    ],
    [
      'a label element before the name, dated by the line below',
      '<div class="head"><p><span>Words:</span> <a href="/author/ann-lee">Ann Lee</a></p><div><time datetime="2025-02-03">Feb 3, 2025</time></div></div>',
      ['Ann Lee@2025-02-03'],
    ],
    [
      'a card meta line without "By"',
      '<li><a href="/1">Story one</a><div class="teaser-meta">Ann Lee &mdash; Apr 10, 2025</div></li>' +
        '<li><a href="/2">Story two</a><div class="post-preview-meta">Ann Lee and Bob Stone &middot; Mar 27, 2025</div></li>',
      ['Ann Lee@2025-04-10', 'Ann Lee@2025-03-27', 'Bob Stone@2025-03-27'],
    ],
    [
      'no meta line without a date, naming a place, or a copyright',
      '<div class="post-meta">Ann Lee &middot; Opinion</div><div class="card-meta">New York &middot; Apr 10, 2025</div>' +
        '<div class="footer-meta">&copy; Apr 10, 2025 Ann Lee &middot; Privacy</div>',
      [],
    ],
    [
      'a meta box holding a headline and a byline gives the byline only',
      '<div class="module-meta-info"><h3><a href="/x">Quanta Micro: what we know so far</a></h3><span>By Ann Lee - May 27, 2025</span></div>',
      ['Ann Lee@2025-05-27'],
    ],
    [
      'no author card under the story',
      '<article><h1>T</h1><p class="byline">By Ann Lee | May 2, 2025</p><p>Body.</p></article>' +
        '<div class="author-box"><a href="/author/ann-lee">Ann Lee</a><p>Ann Lee is a reporter covering energy.</p></div>' +
        '<div class="profile"><span class="author">Bob Stone</span><p>Bob covers markets from Oslo.</p></div>',
      ['Ann Lee@2025-05-02'],
    ],
    [
      "the author in a bookmark card's publisher slot",
      '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/x"><div class="kg-bookmark-title">Story</div>' +
        '<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Example Times</span><span class="kg-bookmark-publisher">Ann Lee</span></div></a></figure>',
      ['Ann Lee@null'],
    ],
    [
      'a sign-off adds only the reporters no byline named',
      '<article><p class="byline">By Ann Lee | May 2, 2025</p><p>Body.</p><p>Reporting by Ann Lee in Oslo and Bob Stone in Rome; Editing by Cy Young</p></article>',
      ['Ann Lee@2025-05-02', 'Bob Stone@null'],
    ],
    [
      'a name glued to the job title shown beside it',
      '<article class="teaser"><h3>Story</h3><div class="byline">Ann Lee<span class="role">Reporter, Technology</span></div><time datetime="2025-05-20">May 20, 2025</time></article>',
      ['Ann Lee@2025-05-20'],
    ],
    [
      'a profile link with an @handle',
      '<div class="post-header"><a href="https://letters.example/@annlee">Ann Lee</a><div>Apr 17, 2025</div></div>',
      ['Ann Lee@2025-04-17'],
    ],
  ])('%s', (_label, body, expected) => {
    expect(pairs(doc(body))).toEqual(expected);
  });

  it('dates a sign-off by the article when the line prints no date', () => {
    const d = doc('<article><p>Body.</p><p>Reporting by Ann Lee in Oslo; Editing by Cy Young</p></article>');
    expect(findPageBylines(d, TODAY, '2025-05-02').map((b) => `${b.name}@${b.date}`)).toEqual(['Ann Lee@2025-05-02']);
  });

  it('keeps the byline text as written', () => {
    const d = doc('<p class="article__meta"><span class="byline">By William Miller</span>/<time>Jan 23, 2025</time></p>');
    expect(findPageBylines(d, TODAY)).toEqual([{ name: 'William Miller', date: '2025-01-23', text: 'By William Miller/Jan 23, 2025' }]);
  });

  it('reads 10,000 bylines well under a second', () => {
    const cards = Array.from({ length: 10000 }, (_, i) =>
      i % 2 ? `<li class="card"><h3>Story ${i}</h3><p class="meta">By Ann Lee/Jan 3, 2025</p></li>` : `<span class="byline">By Bob Stone</span>`,
    );
    const d = doc(`<main><ul>${cards.join('')}</ul></main>`);
    const t = performance.now();
    const found = findPageBylines(d, TODAY);
    expect(found).toHaveLength(10000);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

// Ratchet: how many gold pages get the exact author list and the exact byline list. Raised with each
// step, never lowered, towards every page.
const EXACT_AUTHORS = 14;
const EXACT_BYLINES = 14;

describe('fixtures', () => {
  const cases = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((n) => existsSync(new URL(`${n}/gold.json`, FIXTURES))) : [];
  const results = cases.map((name) => {
    const d = parseHTML(readFileSync(new URL(`${name}/index.html`, FIXTURES), 'utf8')).document as unknown as Document;
    const gold = JSON.parse(readFileSync(new URL(`${name}/gold.json`, FIXTURES), 'utf8')) as {
      authors: string[];
      bylineList: Array<{ name: string; date: string | null }>;
    };
    const bylines = findPageBylines(d).map(({ name, date }) => ({ name, date }));
    return { name, authors: JSON.stringify(authorsOf(d)) === JSON.stringify(gold.authors), bylines: JSON.stringify(bylines) === JSON.stringify(gold.bylineList) };
  });

  it('reads the exact authors on as many gold pages as before', () => {
    expect(results.filter((r) => r.authors).length).toBeGreaterThanOrEqual(EXACT_AUTHORS);
  });

  it('reads the exact byline list on as many gold pages as before', () => {
    expect(results.filter((r) => r.bylines).length).toBeGreaterThanOrEqual(EXACT_BYLINES);
  });
});
