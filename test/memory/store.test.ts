// The store across articles: what a reader of the memory page needs to see after several articles.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../extension/memory';
import type { Analysis } from '../../utils/types';
import { analysis, freshName } from './make-analysis';

async function memoryOf(...articles: Analysis[]) {
  const m = await openMemory(freshName());
  for (const [i, a] of articles.entries()) await m.remember(a, `2025-02-0${i + 1}T00:00:00Z`);
  return m;
}

describe('entities merge across articles', () => {
  it.each([
    {
      rule: 'legal suffixes',
      articles: [
        analysis('https://a.test/1', [['Microsoft Corp.', 'organization'], ['OpenAI', 'organization']], []),
        analysis('https://b.test/2', [['Microsoft Corporation', 'organization']], []),
        analysis('https://c.test/3', [['Microsoft', 'organization']], []),
      ],
      lookup: 'Microsoft Inc.', name: 'Microsoft Corporation', seen: 3, entities: 2,
    },
    {
      rule: 'aliases an article gives',
      articles: [
        analysis('https://a.test/1', [['Meta Platforms', 'organization', ['Meta']]], []),
        analysis('https://b.test/2', [['Meta', 'organization']], []),
      ],
      lookup: 'meta', name: 'Meta Platforms', seen: 2, entities: 1,
    },
    {
      rule: 'acronyms an article spells out',
      articles: [
        analysis('https://a.test/1', [['Federal Trade Commission', 'organization']], [], { text: 'The Federal Trade Commission (FTC) sued.' }),
        analysis('https://b.test/2', [['FTC', 'organization']], []),
      ],
      lookup: 'FTC', name: 'Federal Trade Commission', seen: 2, entities: 1,
    },
    {
      rule: 'acronym listed apart in the same article',
      articles: [
        analysis('https://a.test/1', [['Competition and Markets Authority', 'organization'], ['CMA', 'organization']], []),
        analysis('https://b.test/2', [['CMA', 'organization']], []),
      ],
      lookup: 'CMA', name: 'Competition and Markets Authority', seen: 2, entities: 1,
    },
    {
      rule: 'short forms of people',
      articles: [
        analysis('https://a.test/1', [['Sam Altman', 'person', ['Altman']]], []),
        analysis('https://b.test/2', [['Altman', 'person']], []),
      ],
      lookup: 'altman', name: 'Sam Altman', seen: 2, entities: 1,
    },
    {
      rule: 'the name most articles use',
      articles: [
        analysis('https://a.test/1', [['Nvidia Corporation', 'organization']], []),
        analysis('https://b.test/2', [['Nvidia', 'organization']], []),
        analysis('https://c.test/3', [['Nvidia', 'organization']], []),
      ],
      lookup: 'nvidia', name: 'Nvidia', seen: 3, entities: 1,
    },
    {
      rule: 'a one-word alias shared by two bodies merges nothing',
      articles: [
        analysis('https://a.test/1', [['European Commission', 'organization', ['Commission']]], []),
        analysis('https://b.test/2', [['Federal Communications Commission', 'organization', ['Commission']]], []),
      ],
      lookup: 'Federal Communications Commission', name: 'Federal Communications Commission', seen: 1, entities: 2,
    },
  ])('$rule', async ({ articles, lookup, name, seen, entities }) => {
    const m = await memoryOf(...articles);
    const t = await m.entityTimeline(lookup);
    expect(t?.entity.name).toBe(name);
    expect(t?.entity.articleUrls).toHaveLength(seen);
    expect((await m.stats()).entities).toBe(entities);
  });
});

const deal = (url: string, date: string | null, type: 'investment' | 'partnership' | 'acquisition' | 'regulatory' = 'investment', a = 'Microsoft', b = 'OpenAI') =>
  analysis(url, [[a, 'organization'], [b, 'organization']], [[type, [a, b], date, `${a} ${type} ${b} (${date})`]]);

describe('events merge across articles', () => {
  it.each([
    { rule: 'same deal, year then day: the day wins', reports: [['2023'], ['2023-01-23']], events: 1, date: '2023-01-23', conflicting: false },
    { rule: 'a quarter and a month inside it', reports: [['2023-Q1'], ['2023-02']], events: 1, date: '2023-02', conflicting: false },
    { rule: 'investment and partnership are one deal family', reports: [['2023-01', 'investment'], ['2023-01-23', 'partnership']], events: 1, date: '2023-01-23', conflicting: false },
    { rule: 'years apart: two events', reports: [['2019'], ['2023']], events: 2, date: '2019', conflicting: false },
    { rule: 'a regulator acting is not the deal', reports: [['2023-01', 'investment'], ['2023-01', 'regulatory']], events: 2, date: '2023-01', conflicting: false },
    { rule: 'conflicting dates kept visible', reports: [['2023'], ['2023-02'], ['2023-10']], events: 1, date: '2023-02', conflicting: true },
    { rule: 'undated report joins the only event', reports: [['2023-05'], [null]], events: 1, date: '2023-05', conflicting: false },
  ] as { rule: string; reports: [string | null, ('investment' | 'partnership' | 'regulatory')?][]; events: number; date: string; conflicting: boolean }[])(
    '$rule', async ({ reports, events, date, conflicting }) => {
      const m = await memoryOf(...reports.map(([d, type], i) => deal(`https://n${i}.test/s`, d, type)));
      const t = (await m.entityTimeline('OpenAI'))!;
      expect(t.events).toHaveLength(events);
      expect(t.events[0]!.date).toBe(date);
      expect(t.events[0]!.conflicting).toBe(conflicting);
      expect(t.events.reduce((n, e) => n + e.sources.length, 0)).toBe(reports.length);
    },
  );

  it('different parties are different events', async () => {
    const m = await memoryOf(deal('https://a.test/1', '2023'), deal('https://b.test/2', '2023', 'investment', 'Microsoft', 'Mistral'));
    expect((await m.stats()).events).toBe(2);
    const t = (await m.entityTimeline('Microsoft'))!;
    expect(t.relations.map((r) => [r.name, r.counts])).toEqual([['Mistral', { investment: 1 }], ['OpenAI', { investment: 1 }]]);
  });

  it('a timeline keeps its 50 strongest relations, strongest first', async () => {
    const partners = Array.from({ length: 55 }, (_, i) => `Partner Number ${i}`);
    const m = await memoryOf(analysis('https://a.test/1', [['Hub Corp', 'organization'], ...partners.map((p): [string, 'organization'] => [p, 'organization'])],
      [...partners.map((p, i): ['partnership', string[], string] => ['partnership', ['Hub Corp', p], `20${10 + (i % 10)}`]), ['investment', ['Hub Corp', 'Partner Number 54'], '2024']]));
    const t = (await m.entityTimeline('Hub'))!;
    expect(t.events).toHaveLength(56);
    expect(t.relations).toHaveLength(50);
    expect(t.relations[0]).toMatchObject({ name: 'Partner Number 54', counts: { partnership: 1, investment: 1 } });
  });

  it('a timeline lists dated events in order, undated last', async () => {
    const m = await memoryOf(deal('https://a.test/1', '2024-03'), deal('https://b.test/2', null, 'acquisition', 'Microsoft', 'Activision'), deal('https://c.test/3', '2019', 'investment'));
    expect((await m.entityTimeline('microsoft'))!.events.map((e) => e.date)).toEqual(['2019', '2024-03', null]);
  });
});

describe('re-analysis and forget', () => {
  it('re-analysing a URL replaces what it brought', async () => {
    const m = await memoryOf(deal('https://a.test/1?utm_source=mail', '2023'), deal('https://b.test/2', '2023-01'));
    await m.remember(analysis('https://a.test/1#top', [['Microsoft', 'organization'], ['Mistral AI', 'organization']], [['partnership', ['Microsoft', 'Mistral AI'], '2024-02', 'Microsoft partners with Mistral AI']]));
    expect((await m.stats())).toEqual({ articles: 2, entities: 3, events: 2 });
    const openai = (await m.entityTimeline('OpenAI'))!;
    expect(openai.entity.articleUrls).toEqual(['https://b.test/2']);
    expect(openai.events[0]!.sources.map((s) => s.url)).toEqual(['https://b.test/2']);
    expect(openai.events[0]!.date).toBe('2023-01');
  });

  it('forget removes the article, the entities only it named, and events left with no source', async () => {
    const m = await memoryOf(deal('https://a.test/1', '2023'), deal('https://b.test/2', '2023-01'), deal('https://c.test/3', '2024', 'acquisition', 'Microsoft', 'Inflection'));
    await m.forget('https://c.test/3/');
    expect(await m.isRemembered('https://c.test/3')).toBe(false);
    expect(await m.stats()).toEqual({ articles: 2, entities: 2, events: 1 });
    expect(await m.entityTimeline('Inflection')).toBeNull();
    await m.forget('https://b.test/2');
    const t = (await m.entityTimeline('OpenAI'))!;
    expect(t.events.map((e) => [e.date, e.sources.length])).toEqual([['2023', 1]]);
    await m.forget('https://a.test/1');
    expect(await m.stats()).toEqual({ articles: 0, entities: 0, events: 0 });
  });

  it('forgetting an unknown URL changes nothing', async () => {
    const m = await memoryOf(deal('https://a.test/1', '2023'));
    await m.forget('https://nowhere.test/x');
    expect(await m.stats()).toEqual({ articles: 1, entities: 2, events: 1 });
  });

  it('articles come most recent first, with URLs normalised', async () => {
    const m = await memoryOf(deal('https://a.test/1?utm_campaign=x', '2023'), deal('https://b.test/2#c', '2023'));
    expect((await m.articles()).map((a) => a.url)).toEqual(['https://b.test/2', 'https://a.test/1']);
    expect(await m.isRemembered('https://a.test/1?fbclid=zz')).toBe(true);
  });
});
