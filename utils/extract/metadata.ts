// Page metadata that Readability either lacks or gets wrong on news sites: the headline without
// " | Site", the publication's name, and a publication date that survives sanity checks.

import { parseDate } from '../text/dates';
import { articleNode, jsonLdNodes, str, type JsonLdNode } from './json-ld';

const meta = (doc: Document, ...keys: string[]): string | null => {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

export interface PageMeta {
  ogTitle: string | null;
  ogType: string | null;
  site: string | null;
  lang: string | null;
  published: string | null;
  article: JsonLdNode | null;
  jsonLd: JsonLdNode[];
}

const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'publish-date', 'pubdate',
  'publishdate', 'date', 'DC.date.issued', 'dc.date', 'DC.date', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'published_time', 'cXenseParse:recs:publishtime', 'og:published_time',
];

export function readPageMeta(doc: Document, today: Date): PageMeta {
  const jsonLd = jsonLdNodes(doc);
  const article = articleNode(jsonLd);
  const publisher = article?.publisher ?? jsonLd.find((n) => /organization|website/i.test(String(n['@type'])))?.name;
  const published =
    parseDate(str(article?.datePublished), today) ??
    parseDate(meta(doc, ...DATE_KEYS), today) ??
    parseDate(str(article?.dateCreated), today) ??
    timeElementDate(doc, today);
  return {
    ogTitle: meta(doc, 'og:title', 'twitter:title'),
    ogType: meta(doc, 'og:type'),
    site: meta(doc, 'og:site_name', 'application-name') ?? str(publisher),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language') || null,
    published,
    article,
    jsonLd,
  };
}

// A <time> in the article's own header, not one from a related-story card further down.
function timeElementDate(doc: Document, today: Date): string | null {
  const scoped = doc.querySelector('article time[datetime], [itemprop="datePublished"], header time[datetime], time[pubdate]');
  const el = scoped ?? doc.querySelector('time[datetime]');
  if (!el) return null;
  return parseDate(el.getAttribute('datetime') ?? el.getAttribute('content'), today) ?? parseDate(el.textContent, today);
}

const SEPARATORS = /\s+[|\-–—·:»]\s+/;

/** The headline: Readability's title unless the page's own <h1> or og:title is a cleaner form of it. */
export function cleanTitle(readabilityTitle: string | null, doc: Document, m: PageMeta): string | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
  let title = (readabilityTitle ?? '').replace(/\s+/g, ' ').trim();
  for (const candidate of [m.ogTitle, ...h1s]) {
    if (!candidate || candidate.length < 10) continue;
    // "Headline | Site" -> "Headline" when the page also states the bare headline
    if (title.startsWith(candidate) && SEPARATORS.test(title.slice(candidate.length, candidate.length + 4))) return candidate;
  }
  if (m.site && title.length > m.site.length + 10) {
    const parts = title.split(SEPARATORS);
    if (parts.length > 1 && parts.at(-1)!.toLowerCase() === m.site.toLowerCase()) title = parts.slice(0, -1).join(' - ');
  }
  return title || m.ogTitle || h1s[0] || null;
}
