// The article's own authors, from the most to the least trusted source: JSON-LD, the byline printed in the
// article, then <meta> tags. Bylines of teaser cards, related lists, menus and sidebars are not the article's,
// however early they come in the page.

import { typesOf } from '../extract/json-ld';
import { jsonLdAuthors, type JsonLdHints } from './json-ld-authors';
import { scanBylines, type FoundByline } from './page-bylines';
import { splitByline } from './split-byline';

const ASIDE_TAGS = new Set(['aside', 'footer']);
const ELSEWHERE_TAGS = new Set(['nav', 'form']);
// "card" but not the microformats "vcard" / "h-card" that mark the author himself
const ELSEWHERE_MARK = new RegExp(
  [
    'related', 'teaser', '(?<![hv]-?)card', 'promo', 'recommend', 'sidebar', 'widget', 'newsletter', 'more-?from',
    'most-?(?:read|popular)', 'popular', 'trending', 'outbrain', 'taboola', '\\brail\\b', 'also', '\\bnav', 'menu',
    'flyout', 'dropdown', 'masthead', '\\baside\\b',
  ].join('|'),
  'i',
);
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out because Node is not a global in every runtime
const MAX_SHARED_LINE = 160;
// Readability's order: Dublin Core first, then the plain author tags; article:author is often a profile URL
const META_SELECTORS = [
  'meta[property~="dc:creator"]', 'meta[name="dc.creator" i]', 'meta[name="dcterm:creator"]', 'meta[name="author"]',
  'meta[property="article:author"]', 'meta[name="article:author"]', 'meta[name="parsely-author"]',
  'meta[name="sailthru.author"]', 'meta[name="byl"]',
];
const URL_LIKE = /^(?:https?:)?\/\/|^www\.|\.\w{2,4}\//i;

const LISTING_TYPE = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/i;
const NEAR_HEADLINE = 6;
const APART_TAGS = new Set(['aside', 'nav', 'footer']);
const HEADLINE = 'article h1, h1[itemprop="headline"], h1[class*="headline"], h1[class*="title"]';

const enum Place { Article, Aside, Marked, Elsewhere }

// Menus and forms are elsewhere; classes of related cards and widgets mark a byline as probably elsewhere (some
// sites call the main story a "card" too); an <aside> or <footer> may still be the article's own meta box.
function placeOf(el: Element): Place {
  let place = Place.Article;
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    if (ELSEWHERE_TAGS.has(e.localName)) return Place.Elsewhere;
    if (ELSEWHERE_MARK.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) place = Place.Marked;
    else if (ASIDE_TAGS.has(e.localName) && place === Place.Article) place = Place.Aside;
  }
  return place;
}

// Near the headline: sharing an ancestor with it a few levels up, with no <aside> or <nav> between (a rail beside
// the article shares the page's wrapper with the headline too).
function nearHeadline(el: Element, h1: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < NEAR_HEADLINE; i++, e = e.parentElement) {
    if (e.contains(h1)) return e.localName !== 'body';
    if (APART_TAGS.has(e.localName)) return false;
  }
  return false;
}

// The first byline in the article after its headline (or before it, failing that); one in an aside or footer
// only when that sits inside the article or main column.
function pickFirst(found: FoundByline[], places: Place[], h1: Element | null): number {
  const after = (f: FoundByline): boolean => !h1 || (h1.compareDocumentPosition(f.el) & FOLLOWING) !== 0;
  const ownAside = (f: FoundByline): boolean => !!f.el.closest('article, main, [role="main"]');
  const tiers: Array<(f: FoundByline, i: number) => boolean> = [
    (f, i) => places[i] === Place.Article && after(f),
    (_f, i) => places[i] === Place.Article,
    (f, i) => places[i] === Place.Aside && ownAside(f),
    (f, i) => places[i] === Place.Marked && !!h1 && after(f) && nearHeadline(f.el, h1),
  ];
  for (const tier of tiers) {
    const i = found.findIndex((f, k) => f.kind !== 'card' && tier(f, k));
    if (i >= 0) return i;
  }
  return -1;
}

// Co-author bylines sharing the first one's short line join it ("<span class=author>A</span> and <span class=author>B</span>").
function visibleAuthors(doc: Document, found: FoundByline[]): string[] {
  if (!found.length) return [];
  const i = pickFirst(found, found.map((f) => placeOf(f.el)), doc.querySelector(HEADLINE) ?? doc.querySelector('h1'));
  const first = found[i];
  if (!first) return [];
  const line = first.el.parentElement;
  const shared = !!line && (line.textContent ?? '').length < MAX_SHARED_LINE;
  const names = [...first.names];
  for (const f of found.slice(i + 1)) {
    if (!shared || f.el.parentElement !== line || f.kind === 'card') break;
    names.push(...f.names);
  }
  return names;
}

// Every tag of the first kind that names someone: pages list co-authors as repeated DC.Creator tags.
function metaAuthors(doc: Document): string[] {
  for (const sel of META_SELECTORS) {
    const names: string[] = [];
    for (const m of Array.from(doc.querySelectorAll(sel))) {
      const v = (m.getAttribute('content') ?? '').trim();
      if (v && !URL_LIKE.test(v)) names.push(...splitByline(v).names);
    }
    if (names.length) return names;
  }
  return [];
}

/** `found`: the page's bylines when already scanned, so the page is walked once for both lists. */
// The name on an author card under the story, when the page states its authors nowhere else.
function cardAuthors(found: FoundByline[]): string[] {
  const card = found.find((f) => f.kind === 'card' && placeOf(f.el) !== Place.Elsewhere);
  return card ? card.names : [];
}

export function findArticleAuthors(doc: Document, hints: JsonLdHints, found?: FoundByline[]): string[] {
  // a page that declares itself a list of stories (a section front, search results, a profile) has no authors
  if (!hints.article && hints.jsonLd.some((n) => typesOf(n).some((t) => LISTING_TYPE.test(t)))) return [];
  const all = found ?? Array.from(scanBylines(doc));
  for (const source of [() => jsonLdAuthors(hints), () => visibleAuthors(doc, all), () => metaAuthors(doc), () => cardAuthors(all)]) {
    const names = source();
    if (names.length) return [...new Set(names)];
  }
  return [];
}
