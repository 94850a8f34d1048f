// Export, clear, import: the memory comes back the same; a file imported twice counts once; a file that is
// not ours changes nothing.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../extension/memory';
import type { Memory, MemoryExport } from '../../utils/memory/types';
import { analysis, freshName } from './make-analysis';

async function sample(): Promise<Memory> {
  const m = await openMemory(freshName());
  const articles = [
    analysis('https://a.test/1', [['Microsoft Corp.', 'organization', ['Microsoft']], ['OpenAI', 'organization'], ['Sam Altman', 'person', ['Altman']]],
      [['investment', ['Microsoft Corp.', 'OpenAI'], '2023', 'Microsoft invests in OpenAI'], ['hire', ['OpenAI', 'Sam Altman'], '2023-11-22', 'OpenAI rehires Altman']]),
    analysis('https://b.test/2', [['Microsoft', 'organization', ['MSFT']], ['OpenAI', 'organization'], ['Federal Trade Commission', 'organization']],
      [['partnership', ['Microsoft', 'OpenAI'], '2023-01-23', 'Microsoft extends OpenAI partnership'], ['regulatory', ['Federal Trade Commission', 'Microsoft', 'OpenAI'], '2024-01', 'FTC opens inquiry']],
      { text: 'The Federal Trade Commission (FTC) opened an inquiry.' }),
    analysis('https://c.test/3', [['FTC', 'organization'], ['Microsoft', 'organization'], ['OpenAI', 'organization']],
      [['regulatory', ['FTC', 'Microsoft', 'OpenAI'], '2024', 'FTC inquiry'], ['investment', ['Microsoft', 'OpenAI'], '2023-10', 'Microsoft invests']]),
  ];
  for (const [i, a] of articles.entries()) await m.remember(a, `2025-03-0${i + 1}T00:00:00Z`);
  return m;
}

const body = ({ exportedAt: _t, ...rest }: MemoryExport) => rest;

describe('export and import', () => {
  it('export -> clear -> import gives the same memory', async () => {
    const m = await sample();
    const before = await m.exportAll();
    expect(before.events.some((e) => e.conflicting)).toBe(true);
    await m.clear();
    expect(await m.stats()).toEqual({ articles: 0, entities: 0, events: 0 });
    const result = await m.importAll(JSON.parse(JSON.stringify(before)));
    expect(result).toEqual({ articles: 3, events: before.events.length });
    expect(body(await m.exportAll())).toEqual(body(before));
    expect((await m.entityTimeline('FTC'))?.entity.name).toBe('Federal Trade Commission');
  });

  it('importing a file twice is importing it once', async () => {
    const file = await (await sample()).exportAll();
    const m = await openMemory(freshName());
    await m.importAll(file);
    const once = body(await m.exportAll());
    expect(await m.importAll(JSON.stringify(file))).toEqual({ articles: 0, events: 0 });
    expect(body(await m.exportAll())).toEqual(once);
  });

  it('import merges into a memory that has other articles, by the same rules', async () => {
    const file = await (await sample()).exportAll();
    const m = await openMemory(freshName());
    await m.remember(analysis('https://d.test/4', [['Microsoft Corporation', 'organization'], ['OpenAI', 'organization']],
      [['investment', ['Microsoft Corporation', 'OpenAI'], '2023-01-23', 'Microsoft to invest $10 billion in OpenAI']]), '2025-04-01T00:00:00Z');
    await m.importAll(file);
    expect(await m.stats()).toEqual({ articles: 4, entities: 4, events: 3 });
    const deal = (await m.entityTimeline('openai'))!.events.find((e) => e.date === '2023-01-23')!;
    expect(deal.sources.map((s) => s.url).sort()).toEqual(['https://a.test/1', 'https://b.test/2', 'https://c.test/3', 'https://d.test/4']);
  });

  it('an article held with a later analysis is kept over the file', async () => {
    const file = await (await sample()).exportAll();
    const m = await openMemory(freshName());
    await m.remember(analysis('https://a.test/1', [['Nvidia', 'organization']], []), '2026-01-01T00:00:00Z');
    expect((await m.importAll(file)).articles).toBe(2);
    expect((await m.entityTimeline('Nvidia'))?.entity.articleUrls).toEqual(['https://a.test/1']);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another format', { format: 'other', version: 2, articles: [], entities: [], events: [] }],
    ['a newer version', { format: 'newslens-memory', version: 99, articles: [], entities: [], events: [] }],
    ['an article without URL', { format: 'newslens-memory', version: 2, articles: [{ title: 'x' }], entities: [], events: [] }],
    ['null', null],
  ])('%s is refused and nothing changes', async (_label, data) => {
    const m = await sample();
    const before = body(await m.exportAll());
    await expect(m.importAll(data)).rejects.toMatchObject({ code: 'memory_import_invalid', message: expect.stringMatching(/not a Newslens memory export/) });
    expect(body(await m.exportAll())).toEqual(before);
  });

  it('a version 1 file (no per-article forms, no source types) imports', async () => {
    const file = await (await sample()).exportAll();
    const v1 = {
      ...file, version: 1,
      articles: file.articles.map(({ names: _n, ...a }: typeof file.articles[number] & { names?: unknown }) => a),
      events: file.events.map((e) => ({ ...e, sources: e.sources.map(({ type: _t, ...s }: typeof e.sources[number] & { type?: unknown }) => s) })),
    };
    const m = await openMemory(freshName());
    expect(await m.importAll(v1)).toEqual({ articles: 3, events: file.events.length });
    expect((await m.entityTimeline('msft'))?.entity.articleUrls).toHaveLength(3);
  });
});
