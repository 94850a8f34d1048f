// The pure merge rules: name keys, acronyms, date spans, URLs, and how one event settles across sources.

import { describe, expect, it } from 'vitest';
import { acronymOf, spelledOut, standsFor } from '../../utils/memory/acronym';
import { datesOverlap, spanDays } from '../../utils/memory/date-span';
import { addSource, matchEvent, newEvent, removeSources } from '../../utils/memory/event-merge';
import { nameKey } from '../../utils/memory/name-key';
import type { StoredSource } from '../../utils/memory/records';
import { resolveKey, type Known } from '../../utils/memory/resolve-keys';
import { normalizeUrl } from '../../utils/memory/url';

describe('nameKey drops legal forms and spelling, never the name', () => {
  it.each([
    ['Microsoft Corp.', 'microsoft'],
    ['Microsoft Corporation', 'microsoft'],
    ['Acme, Inc.', 'acme'],
    ['JPMorgan Chase & Co.', 'jpmorgan chase'],
    ['The Walt Disney Company', 'walt disney'],
    ['Siemens AG', 'siemens'],
    ['Nestlé S.A.', 'nestle'],
    ['Arm Holdings plc', 'arm holdings'],
    ['U.S. Steel', 'us steel'],
    ['Company', 'company'],
    ['Inc.', 'inc'],
    ['the Commission', 'commission'],
    ["Apple's", 'apple'],
  ])('%s -> %s', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('acronyms', () => {
  it.each([
    ['Federal Trade Commission', 'FTC'],
    ['International Business Machines Corp.', 'IBM'],
    ['Bank of England', 'BE'],
    ['Microsoft', null],
  ])('acronymOf(%s) = %s', (name, acr) => expect(acronymOf(name)).toBe(acr));

  it.each([
    ['FTC', 'Federal Trade Commission', true],
    ['F.T.C.', 'Federal Trade Commission', true],
    ['FCC', 'Federal Trade Commission', false],
    ['Ftc', 'Federal Trade Commission', false],
  ])('%s stands for %s: %s', (a, name, yes) => expect(standsFor(a, name)).toBe(yes));

  it.each([
    ['The Federal Trade Commission (FTC) sued.', 'Federal Trade Commission', 'FTC'],
    ['The FTC (Federal Trade Commission) sued.', 'Federal Trade Commission', 'FTC'],
    ['The Federal Trade Commission sued; the FTC said.', 'Federal Trade Commission', null],
  ])('spelled out in %j', (text, name, acr) => expect(spelledOut(text, name)).toBe(acr));
});

describe('date spans in the ANALYSIS.md grammar', () => {
  it.each([
    ['2023', '2023-01-23', true],
    ['2023-Q1', '2023-03', true],
    ['2023-Q1', '2023-04-01', false],
    ['2023-H1', '2023-late', false],
    ['2023-early', '2023-04-30', true],
    ['2023-mid', '2023-05', true],
    ['2025-W04', '2025-01-23', true],
    ['2025-W04', '2025-01-27', false],
    ['2022', '2023', false],
    [null, '2023', true],
  ])('%s overlaps %s: %s', (a, b, yes) => expect(datesOverlap(a, b)).toBe(yes));

  it('a day is more precise than a week, a month, a quarter, a year', () => {
    const order = ['2023-01-23', '2023-W04', '2023-01', '2023-Q1', '2023-early', '2023-H1', '2023', null];
    const days = order.map(spanDays);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://News.Example.com/a/b/?utm_source=x&utm_medium=y#comments', 'https://news.example.com/a/b'],
    ['https://example.com/story?id=7&fbclid=abc&page=2', 'https://example.com/story?id=7&page=2'],
    ['https://example.com/story?page=2&id=7', 'https://example.com/story?id=7&page=2'],
    ['https://example.com/', 'https://example.com/'],
    ['not a url', 'not a url'],
  ])('%s -> %s', (raw, url) => expect(normalizeUrl(raw)).toBe(url));
});

const src = (url: string, date: string | null, what = `said by ${url}`): StoredSource =>
  ({ url, site: null, title: null, publishedTime: null, date, what, evidence: what, type: 'investment' });

describe('one event across sources', () => {
  it.each([
    { dates: ['2023', '2023-01', '2023-01-23'], date: '2023-01-23', conflicting: false },
    { dates: ['2023-01-23', '2023'], date: '2023-01-23', conflicting: false },
    { dates: ['2023', null], date: '2023', conflicting: false },
    { dates: ['2023', '2023-02', '2023-10'], date: '2023-02', conflicting: true },
    { dates: [null, null], date: null, conflicting: false },
  ])('sources dated $dates: $date, conflicting $conflicting', ({ dates, date, conflicting }) => {
    let ev = newEvent('x', 'deal|a+b', ['b', 'a'], src('u0', dates[0]!));
    dates.slice(1).forEach((d, i) => (ev = addSource(ev, src(`u${i + 1}`, d))));
    expect(ev.date).toBe(date);
    expect(ev.conflicting).toBe(conflicting);
    expect(ev.parties).toEqual(['a', 'b']);
    expect(ev.sources).toHaveLength(dates.length);
    expect(ev.what).toBe(ev.sources.find((s) => s.date === date)!.what);
  });

  it('losing its most precise source, an event falls back to the next; losing all, it goes', () => {
    let ev = newEvent('x', 's', ['a'], src('u1', '2023'));
    ev = addSource(ev, src('u2', '2023-05-02'));
    expect(removeSources(structuredClone(ev), 'u2')!.date).toBe('2023');
    expect(removeSources(removeSources(ev, 'u2')!, 'u1')).toBeNull();
  });

  it.each([
    { candidates: [['2023']], date: '2023-06', found: 0 },
    { candidates: [['2022'], ['2023-03']], date: '2023', found: 1 },
    { candidates: [['2023-01'], ['2023-10']], date: '2023-10-05', found: 1 },
    { candidates: [['2023-01'], ['2023-10']], date: '2023-12-01', found: null },
    { candidates: [['2021']], date: '2023', found: null },
    { candidates: [[null]], date: '2023', found: 0 },
    { candidates: [['2021']], date: null, found: 0 },
    { candidates: [['2021'], ['2023']], date: null, found: null },
    { candidates: [['2021'], [null]], date: null, found: 1 },
  ])('a report dated $date among $candidates joins $found', ({ candidates, date, found }) => {
    const evs = candidates.map((ds, i) => newEvent(`e${i}`, 's', ['a'], src(`c${i}`, ds[0]!)));
    const m = matchEvent(evs, date);
    expect(m ? evs.indexOf(m) : null).toBe(found);
  });
});

describe('resolveKey: which remembered entity a new form is', () => {
  const known: Known = {
    entities: new Map([['microsoft', 'organization'], ['federal trade commission', 'organization'], ['european commission', 'organization'], ['sam altman', 'person'], ['apple', 'organization']]),
    aliasOwners: new Map([['ftc', ['federal trade commission']], ['commission', ['european commission', 'federal trade commission']], ['altman', ['sam altman']], ['msft', ['microsoft']]]),
  };
  it.each([
    [{ name: 'Microsoft Corporation', type: 'organization', aliases: [] }, 'microsoft'],
    [{ name: 'FTC', type: 'organization', aliases: [] }, 'federal trade commission'],
    [{ name: 'Altman', type: 'person', aliases: [] }, 'sam altman'],
    [{ name: 'Altman', type: 'organization', aliases: [] }, 'altman'],
    [{ name: 'Commission', type: 'organization', aliases: [] }, 'commission'],
    [{ name: 'Microsoft Azure Team', type: 'organization', aliases: ['MSFT'] }, 'microsoft'],
    [{ name: 'Office of Fair Trading', type: 'organization', aliases: ['Commission'] }, 'office of fair trading'],
    [{ name: 'Apple Inc.', type: 'organization', aliases: [] }, 'apple'],
    [{ name: 'Brand New Labs', type: 'organization', aliases: [], key: 'brand new labs 2' }, 'brand new labs 2'],
  ] as const)('%o -> %s', (form, key) => expect(resolveKey({ ...form, aliases: [...form.aliases] }, known)).toBe(key));
});
