// Page metadata that Readability either lacks or gets wrong on news sites: the headline without
// " | Site", the publication's name, and a publication date that survives sanity checks.

import { parseDate } from '../text/dates';
import { articleNode, jsonLdNodes, str, type JsonLdNode } from './json-ld';
import { articleHeadline, headlineOverTitle } from './headline';

// Every <meta> of the page read once into a map: looking keys up one querySelector at a time scanned
// the whole document for each of twenty keys.
function metaTags(doc: Document): (...keys: string[]) => string | null {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return (...keys) => {
    for (const k of keys) {
      const v = map.get(k);
      if (v) return v;
    }
    return null;
  };
}

export interface PageMeta {
  ogTitle: string | null;
  ogType: string | null;
  h1s: string[];
  /** the article's own <h1> when the page has exactly one, else null */
  headline: string | null;
  /** the document's <title> and the other titles the page declares for sharing */
  docTitle: string | null;
  twitterTitle: string | null;
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
  const meta = metaTags(doc);
  const jsonLd = jsonLdNodes(doc);
  const article = articleNode(jsonLd);
  const publisher = resolveRef(article?.publisher, jsonLd) ?? jsonLd.find((n) => /organization|website/i.test(String(n['@type'])));
  const published =
    parseDate(str(article?.datePublished), today) ??
    parseDate(meta(...DATE_KEYS), today) ??
    parseDate(str(article?.dateCreated), today) ??
    timeElementDate(doc, today) ??
    visibleDate(doc, today);
  const h1Els = Array.from(doc.querySelectorAll('h1'));
  return {
    ogTitle: meta('og:title', 'twitter:title'),
    ogType: meta('og:type'),
    h1s: h1Els.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
    headline: articleHeadline(h1Els),
    docTitle: doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null,
    twitterTitle: meta('twitter:title'),
    site: meta('og:site_name', 'application-name') ?? str(publisher?.name),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta('og:locale', 'language') || null,
    published,
    article,
    jsonLd,
  };
}

function resolveRef(v: unknown, nodes: JsonLdNode[]): JsonLdNode | null {
  if (!v || typeof v !== 'object') return null;
  const node = (Array.isArray(v) ? v[0] : v) as JsonLdNode;
  if (typeof node.name === 'string') return node;
  const id = node['@id'];
  return (typeof id === 'string' && nodes.find((n) => n['@id'] === id && n !== node)) || null;
}

// A date printed near the headline ("March 18, 2024 10:42 AM UTC") when no markup names it.
function visibleDate(doc: Document, today: Date): string | null {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!scope) return null;
  const els = Array.from(scope.querySelectorAll('[class*="date" i], [class*="time" i], [class*="published" i], [class*="meta" i]')).slice(0, 12);
  for (const el of els) {
    const d = parseDate((el.textContent ?? '').slice(0, 120), today);
    if (d) return d;
  }
  return null;
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
export function cleanTitle(readabilityTitle: string | null, m: PageMeta): string | null {
  const h1s = m.h1s;
  let title = (readabilityTitle ?? '').replace(/\s+/g, ' ').trim();
  const visible = headlineOverTitle(title, {
    ...m, ldHeadline: str(m.article?.headline), declaredArticle: /article/i.test(m.ogType ?? '') || m.article !== null,
  });
  if (visible) return visible;
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

/** The publication's name from "Headline | Site" when the page names it nowhere else. */
export function siteFromTitle(fullTitle: string | null, headline: string | null): string | null {
  if (!fullTitle || !headline || !fullTitle.startsWith(headline)) return null;
  const rest = fullTitle.slice(headline.length).replace(/^\s*[|\-–—·:»]\s*/, '').trim();
  return rest && rest.length <= 60 && rest !== fullTitle ? rest : null;
}
