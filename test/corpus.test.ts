// Readability's own 130 test pages: the metadata a reader sees must match what Readability's
// maintainers expect, measured as ../shared/eval/corpus.mjs does.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from './helpers/page';

const root = new URL('../../shared/corpora/readability/', import.meta.url);
const names = readdirSync(root).filter((n) => existsSync(new URL(`${n}/source.html`, root))).sort();

interface Expected { title?: string; byline?: string; publishedTime?: string; readerable?: boolean }

// the yardstick's normalisation: lower case, no punctuation, no leading "the"
const norm = (s: string | null | undefined): string =>
  String(s ?? '').normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '').replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}$€£.\-\s]/gu, ' ').replace(/[.,]+(\s|$)/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|se|gmbh|holdings|group)\b\.?$/, '').trim();
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
const cleanPerson = (x: string): boolean => /^\p{Lu}[\p{L}'’.\-]*(\s+[\p{L}'’.\-]+){0,4}$/u.test(x.trim()) && !/\d/.test(x);

const tally = { reader: 0, title: 0, titleN: 0, date: 0, dateN: 0, auth: 0, authN: 0, crashes: [] as string[] };
for (const n of names) {
  const exp = JSON.parse(readFileSync(new URL(`${n}/expected-metadata.json`, root), 'utf8')) as Expected;
  let a;
  try {
    a = analyzeHtml(readFileSync(new URL(`${n}/source.html`, root), 'utf8'), { url: `https://corpus.example/${n}` });
  } catch (e) {
    tally.crashes.push(`${n}: ${String(e)}`);
    continue;
  }
  if (a.isArticle === !!exp.readerable) tally.reader++;
  if (exp.title) { tally.titleN++; if (norm(a.title) === norm(exp.title)) tally.title++; }
  if (exp.publishedTime) { tally.dateN++; if ((a.publishedTime ?? '').slice(0, 10) === exp.publishedTime.slice(0, 10)) tally.date++; }
  const b = exp.byline?.trim() ?? '';
  if (b && /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(b) && !MONTH.test(b) && !/^(BBC|Follow|Last Updated|Contributors)/i.test(b)) {
    tally.authN++;
    if (a.authors.length && a.authors.every((x) => cleanPerson(x) && norm(b).includes(norm(x)))) tally.auth++;
  }
}

describe('Readability test corpus', () => {
  it('analyses every page without throwing', () => {
    expect(names.length).toBeGreaterThan(100);
    expect(tally.crashes).toEqual([]);
  });
  it.each([
    ['isArticle', () => tally.reader / names.length, 0.9],
    ['title', () => tally.title / tally.titleN, 0.9],
    ['published', () => tally.date / tally.dateN, 0.95],
    ['authors (clean person names)', () => tally.auth / tally.authN, 0.95],
  ] as const)('%s >= %s', (_name, value, min) => {
    expect(value()).toBeGreaterThanOrEqual(min);
  });
});
