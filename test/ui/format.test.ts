import { describe, expect, it } from 'vitest';
import { formatWhen, orderEvents, otherBylines } from '../../extension/format';

describe('formatWhen', () => {
  it.each([
    ['2019', '2019'],
    ['2024-03', 'Mar 2024'],
    ['2023-10-13', 'Oct 13, 2023'],
    ['2025-01-23T09:30:00Z', 'Jan 23, 2025'],
    ['2025-W04', 'Week 4 of 2025'],
    ['2024-Q2', 'Q2 2024'],
    ['2022-H1', 'First half of 2022'],
    ['2023-early', 'Early 2023'],
    ['2023-mid', 'Mid 2023'],
    ['2023-late', 'Late 2023'],
    ['sometime', 'sometime'],
    [null, 'No date given'],
  ])('%s reads %s', (value, words) => expect(formatWhen(value)).toBe(words));
});

describe('orderEvents', () => {
  it('keeps dated events in order and puts undated ones last', () => {
    const events = [{ date: null, n: 1 }, { date: '2019', n: 2 }, { date: null, n: 3 }, { date: '2021', n: 4 }];
    expect(orderEvents(events).map((e) => e.n)).toEqual([2, 4, 1, 3]);
  });
});

describe('otherBylines', () => {
  it('drops the article’s own byline and repeats, keeps the authors’ other stories', () => {
    const bylines = [
      { name: 'A', date: '2025-01-23' },
      { name: 'B', date: '2025-01-23' },
      { name: 'A', date: '2025-01-20' },
      { name: 'B', date: '2025-01-23' },
      { name: 'C', date: null },
      { name: 'C', date: null },
    ];
    expect(otherBylines(bylines, ['A'], '2025-01-23')).toEqual([
      { name: 'B', date: '2025-01-23' },
      { name: 'A', date: '2025-01-20' },
      { name: 'C', date: null },
    ]);
  });
});
