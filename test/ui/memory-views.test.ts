import { describe, expect, it } from 'vitest';
import { radialLayout, totalCount } from '../../extension/graph-layout';
import { formatBytes } from '../../extension/memory-files';
import { timelineFileName, timelineMarkdown } from '../../extension/memory-markdown';
import type { EntityTimeline, MemoryEvent, MemoryRelation } from '../../utils/memory/types';

const rel = (name: string, counts: MemoryRelation['counts']): MemoryRelation => ({ key: name.toLowerCase(), name, type: 'organization', counts });

describe('relations graph layout', () => {
  it('puts the most linked neighbour first, near the top, none straight above the centre, every node inside the box', () => {
    const g = radialLayout([rel('Orrin Labs', { investment: 1 }), rel('Pellucid Bank', { investment: 2, partnership: 3 }), rel('Quarry Ltd', { hire: 1 })]);
    expect(g.nodes.map((n) => n.relation.name)).toEqual(['Pellucid Bank', 'Orrin Labs', 'Quarry Ltd']);
    expect(g.nodes[0]!.total).toBe(5);
    expect(g.nodes[0]!.x).toBeGreaterThan(g.centre.x);
    expect(g.nodes[0]!.y).toBeLessThan(g.centre.y);
    expect(g.nodes.every((n) => n.x !== g.centre.x || n.y > g.centre.y)).toBe(true);
    for (const n of g.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(g.width);
      expect(n.y).toBeGreaterThan(g.top);
      expect(n.y).toBeLessThan(g.top + g.height);
    }
  });

  it.each([
    [0, 0, 0],
    [5, 5, 0],
    [20, 12, 8],
  ])('%i relations: %i drawn, %i in the list only', (count, drawn, hidden) => {
    const g = radialLayout(Array.from({ length: count }, (_, i) => rel(`Firm ${i}`, { other: 1 })));
    expect(g.nodes).toHaveLength(drawn);
    expect(g.hidden).toBe(hidden);
    expect(new Set(g.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(drawn);
  });

  it('counts every event type of a relation', () => {
    expect(totalCount(rel('X', { investment: 2, ended: 1 }))).toBe(3);
  });
});

const source = (site: string, evidence: string) => ({
  url: `https://${site}.example/a`,
  site,
  title: 'T',
  publishedTime: '2024-05-02',
  date: '2024-04',
  what: 'w',
  evidence,
});
const event = (over: Partial<MemoryEvent>): MemoryEvent => ({
  id: 'e',
  type: 'investment',
  parties: ['a', 'b'],
  date: '2024-04',
  conflicting: false,
  what: 'Orrin invests in Quarry',
  sources: [source('alpha', 'Orrin put money in Quarry.'), source('beta', 'Quarry took *Orrin* cash [link](x).')],
  ...over,
});

describe('timeline as Markdown', () => {
  const timeline: EntityTimeline = {
    entity: { key: 'quarry', name: 'Quarry Ltd', type: 'organization', aliases: [], articleUrls: [] },
    events: [event({ id: '1' }), event({ id: '2', date: null, what: 'Quarry hires a chief' })],
    relations: [rel('Orrin Labs', { investment: 1 })],
  };
  const md = timelineMarkdown(timeline);

  it('lists each event once, in the given order, with each source and its sentence', () => {
    expect(md.indexOf('Orrin invests in Quarry')).toBeLessThan(md.indexOf('Quarry hires a chief'));
    expect(md.match(/Orrin invests in Quarry/g)).toHaveLength(1);
    expect(md).toContain('alpha, 2024-05-02: "Orrin put money in Quarry."');
    expect(md).toContain('<https://beta.example/a>');
    expect(md).toContain('Orrin Labs: Investment 1');
  });

  it('keeps page text from becoming Markdown structure', () => {
    expect(md).toContain('Quarry took \\*Orrin\\* cash \\[link\\](x).');
  });

  it('names the file after the entity', () => {
    expect(timelineFileName('Quarry Ltd.')).toBe('newslens-timeline-quarry-ltd.md');
  });
});

describe('storage sizes', () => {
  it.each([
    [512, '512 byte'],
    [1_234_567, '1.2 MB'],
  ])('%i bytes', (n, text) => {
    expect(formatBytes(n, 'en')).toBe(text);
  });
});
