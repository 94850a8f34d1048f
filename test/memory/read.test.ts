// Reading the memory: search by name, alias and phrase; the earlier events behind a new article; the
// timeline as Markdown.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../extension/memory';
import { timelineMarkdown } from '../../extension/memory-markdown';
import { analysis, freshName } from './make-analysis';

async function sample() {
  const m = await openMemory(freshName());
  await m.remember(analysis('https://a.test/1', [['Microsoft Corp.', 'organization', ['MSFT']], ['OpenAI', 'organization', [], 5], ['Satya Nadella', 'person']],
    [['investment', ['Microsoft Corp.', 'OpenAI'], '2023-01-23', 'Microsoft invests $10 billion in OpenAI'], ['hire', ['Microsoft Corp.', 'Satya Nadella'], '2014-02-04', 'Microsoft names Nadella chief executive']]), '2025-01-01T00:00:00Z');
  await m.remember(analysis('https://b.test/2', [['Nestlé', 'organization'], ['L’Oréal', 'organization']],
    [['ended', ['Nestlé', 'L’Oréal'], '2021', 'Nestlé sells its stake in L’Oréal']]), '2025-01-02T00:00:00Z');
  await m.remember(analysis('https://c.test/3', [['Microsoft', 'organization'], ['OpenAI', 'organization']],
    [['partnership', ['Microsoft', 'OpenAI'], '2023', 'Microsoft and OpenAI extend their partnership'], ['regulatory', ['OpenAI', 'Microsoft'], '2024-01', 'Regulators look at the Microsoft-OpenAI tie']]), '2025-01-03T00:00:00Z');
  return m;
}

describe('search', () => {
  it.each([
    ['Microsoft', { kind: 'entity', key: 'microsoft' }],
    ['micro', { kind: 'entity', key: 'microsoft' }],
    ['MSFT', { kind: 'entity', key: 'microsoft' }],
    ['nestle', { kind: 'entity', key: 'nestle' }],
    ['Nadella', { kind: 'entity', key: 'satya nadella' }],
    ['chief executive', { kind: 'event', what: 'Microsoft names Nadella chief executive' }],
    ['stake', { kind: 'event', parties: ['L’Oréal', 'Nestlé'] }],
    ['partnrship', { kind: 'event', what: 'Microsoft invests $10 billion in OpenAI' }],
  ])('%s finds %o first', async (q, first) => {
    expect((await (await sample()).search(q))[0]).toMatchObject(first);
  });

  it('a hit on an entity counts its events; nothing matches nothing', async () => {
    const m = await sample();
    expect((await m.search('OpenAI'))[0]).toEqual({ kind: 'entity', key: 'openai', name: 'OpenAI', type: 'organization', events: 2 });
    expect(await m.search('zebra')).toEqual([]);
    expect(await m.search('   ')).toEqual([]);
  });

  it('follows writes after the index is built', async () => {
    const m = await sample();
    expect(await m.search('Anthropic')).toEqual([]);
    await m.remember(analysis('https://d.test/4', [['Anthropic', 'organization'], ['Amazon', 'organization']], [['investment', ['Amazon', 'Anthropic'], '2023-09', 'Amazon invests in Anthropic']]));
    expect((await m.search('Anthropic')).map((h) => h.kind)).toEqual(['entity', 'event']);
    await m.forget('https://d.test/4');
    expect(await m.search('Anthropic')).toEqual([]);
    await m.forget('https://b.test/2');
    expect(await m.search('Nestlé')).toEqual([]);
  });
});

describe('earlier events behind a new article', () => {
  const today = analysis('https://new.test/today', [['OpenAI', 'organization', [], 6], ['Microsoft', 'organization', [], 4], ['Reuters', 'organization', [], 1]],
    [['investment', ['Microsoft', 'OpenAI'], '2025-01', 'Microsoft adds to its OpenAI stake']]);

  it('links the main organisations, most recent first, never citing the article itself', async () => {
    const m = await sample();
    const before = await m.earlier(today);
    expect(before.map((e) => [e.event.date, e.source.url])).toEqual([['2024-01', 'https://c.test/3'], ['2023-01-23', 'https://a.test/1']]);
    await m.remember(today);
    const after = await m.earlier(today);
    expect(after.map((e) => e.event.date)).toEqual(['2024-01', '2023-01-23']);
    expect(after.every((e) => e.source.url !== 'https://new.test/today')).toBe(true);
    expect(await m.earlier(today, 1)).toHaveLength(1);
  });

  it('with one main organisation, its events; with none remembered, nothing', async () => {
    const m = await sample();
    const solo = analysis('https://new.test/solo', [['Nestlé S.A.', 'organization', [], 3]], []);
    expect((await m.earlier(solo)).map((e) => e.event.what)).toEqual(['Nestlé sells its stake in L’Oréal']);
    expect(await m.earlier(analysis('https://new.test/x', [['Unknown Co', 'organization', [], 3]], []))).toEqual([]);
  });
});

describe('timeline as Markdown', () => {
  it('lists events with dates, sources and conflicts, and escapes page text', async () => {
    const m = await sample();
    await m.remember(analysis('https://e.test/5', [['Microsoft', 'organization'], ['OpenAI', 'organization']],
      [['investment', ['Microsoft', 'OpenAI'], '2023-06', 'Microsoft invests more']], { site: 'Tech *Daily* [AI]' }), '2025-01-04T00:00:00Z');
    const md = timelineMarkdown((await m.entityTimeline('OpenAI'))!);
    expect(md.split('\n')[0]).toBe('# OpenAI');
    expect(md).toContain('- **Jan 23, 2023** (Investment): Microsoft invests $10 billion in OpenAI — articles give different dates');
    // each source keeps its own date where they disagree, and page text stays text
    expect(md).toMatch(/a\.test, 2025-01-23 \(this article says Jan 23, 2023\)/);
    expect(md).toMatch(/c\.test, 2025-01-23 \(this article says 2023\)/);
    expect(md).toMatch(/Tech \\\*Daily\\\* \\\[AI\\\], 2025-01-23 \(this article says Jun 2023\)/);
    expect(md).toContain('<https://c.test/3>');
    expect(md).toMatch(/## Linked organisations and people\n\n- Microsoft: Investment 1, Regulation 1/);
  });
});
