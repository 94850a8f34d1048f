import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../extension/markdown';
import { fakeAnalysis } from './fake-analysis';

describe('toMarkdown', () => {
  const md = toMarkdown(fakeAnalysis());

  it('opens with the headline, the facts and the link', () => {
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# Halvard Ends Its Cloud Deal',
      '',
      'The Ledger Line · Mar 11, 2025 · 2 min read',
      '<https://ledger.example/industry/halvard>',
    ]);
  });

  it('lists the summary, then entities grouped by type with mention counts', () => {
    expect(md).toContain('## Summary\n\n- Halvard Robotics is ending its exclusive deal with Meridian Cloud.\n- Northgate Capital invested $240 million.\n');
    expect(md).toContain('### People\n\n- Ingrid Solberg (3 mentions)\n');
    expect(md).toContain('### Organizations\n\n- Halvard Robotics (12 mentions; also Halvard)\n');
    expect(md).toContain('### Money\n\n- $240 million (1 mention)\n');
    // groups keep the fixed order people, organizations, …, money
    expect(md.indexOf('### People')).toBeLessThan(md.indexOf('### Organizations'));
  });

  it('writes the timeline with dates and evidence, undated events last', () => {
    const timeline = md.slice(md.indexOf('## Timeline'), md.indexOf('## Bylines'));
    expect(timeline).toContain('- **2018** · Partnership: Meridian signs Halvard (Meridian Cloud, Halvard Robotics)\n  > Meridian Cloud signed Halvard in 2018.');
    expect(timeline).toContain('- **Q2 2023** · Event: An outage idles fleets');
    expect(timeline.indexOf('2018')).toBeLessThan(timeline.indexOf('Q2 2023'));
    expect(timeline.indexOf('Q2 2023')).toBeLessThan(timeline.indexOf('No date given'));
  });

  it('names the authors, then the page’s other bylines with dates', () => {
    const bylines = md.slice(md.indexOf('## Bylines'));
    expect(bylines).toContain('By Clara Whitfield, Jonah Reyes');
    expect(bylines).toContain('- Marta Lindqvist · Mar 10, 2025\n- Jonah Reyes · Mar 7, 2025');
    expect(bylines).not.toContain('- Clara Whitfield');
  });

  it('says so when a section is empty', () => {
    const empty = toMarkdown(fakeAnalysis({ summary: [], entities: [], timeline: [], authors: [], bylines: [], title: null }));
    expect(empty).toContain('# Untitled page');
    expect(empty).toContain('_No summary._');
    expect(empty).toContain('_None found._');
    expect(empty).toContain('_No dated events found._');
    expect(empty).toContain('_No author named._');
  });

  it.each([
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['# not a heading', '\\# not a heading'],
    ['line\nbreak', 'line break'],
  ])('escapes page text %j so it stays text', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
