import { describe, expect, it } from 'vitest';
import { parseDate, findDateSpan } from '../../utils/text/dates';

const today = new Date('2025-06-01T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['Jan 23, 2025', '2025-01-23'],
    ['2025-01-23T09:30:00Z', '2025-01-23'],
    ['23 January 2025', '2025-01-23'],
    ['Sept. 15, 2022, 2:05 p.m. ET', '2022-09-15'],
    ['July 10th, 2015', '2015-07-10'],
    ['12/18/2023', '2023-12-18'],
    ['18/12/2023', '2023-12-18'],
    ['2021/07/21', '2021-07-21'],
    ['Published: March 18, 2024 10:42 AM UTC', '2024-03-18'],
    ['February 31, 2020', null],
    ['1970-01-01T00:00:00Z', null],
    ['2099-01-01', null],
    ['2025-06-20', null],
    ['no date here', null],
    ['', null],
  ])('%j -> %j', (s, expected) => {
    expect(parseDate(s, today)).toBe(expected);
  });

  it('finds where a date stands in a byline', () => {
    expect(findDateSpan('Laura June Topolsky July 10, 2015')).toEqual({ index: 20, length: 13 });
    expect(findDateSpan('Jane Roe')).toBeNull();
  });
});
