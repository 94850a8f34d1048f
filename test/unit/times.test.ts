import { describe, expect, it } from 'vitest';
import { findTimes } from '../../utils/times';

const found = (text: string, anchor: string): [string, string][] =>
  findTimes(text, anchor).map((t) => [t.text, t.value]);

describe('findTimes: absolute dates', () => {
  it.each<[string, string, [string, string][]]>([
    ['2022-06-30', 'The merger closed on Aug. 4, 2016, after a long review.', [['on Aug. 4, 2016', '2016-08-04']]],
    ['2022-06-30', 'The filing is dated 14 February 2019.', [['14 February 2019', '2019-02-14']]],
    ['2022-06-30', 'Shares were listed on 2020-11-03 in New York.', [['2020-11-03', '2020-11-03']]],
    ['2022-06-30', 'Its first store opened on Monday, June 5, 2017.', [['on Monday, June 5, 2017', '2017-06-05']]],
    ['2022-06-30', 'The board met on June 2 to approve the plan.', [['on June 2', '2022-06-02']]],
    // a day-month over a month past the anchor is last year's
    ['2024-01-10', 'Talks began on March 18 and stalled by summer.', [['on March 18', '2023-03-18']]],
    ['2024-01-10', 'The company will ship the device on March 18.', [['on March 18', '2024-03-18']]],
    ['2016-03-01', 'It was announced on Feb. 29, in a leap year.', [['on Feb. 29', '2016-02-29']]],
    ['2022-06-30', 'Its sales tripled in November 2021.', [['in November 2021', '2021-11']]],
    ['2022-06-30', 'The lawsuit was filed in early March 2020.', [['in early March 2020', '2020-03']]],
    ['2022-06-30', 'Apple bought the startup in 1998 for $400 million.', [['in 1998', '1998']]],
    ['2022-06-30', 'Analysts expect a recovery in the 2023-24 fiscal year.', [['2023-24', '2023']]],
    ['2022-06-30', 'Revenue fell in the fourth quarter of 2021.', [['in the fourth quarter of 2021', '2021-Q4']]],
    ['2022-06-30', 'The Q3 2019 results were the weakest on record.', [['Q3 2019', '2019-Q3']]],
    ['2022-06-30', 'Margins improved in the second half of 2020.', [['in the second half of 2020', '2020-H2']]],
    ['2022-06-30', 'Orders slipped in H1 2021 before recovering.', [['in H1 2021', '2021-H1']]],
    ['2022-06-30', 'Prices spiked in late 2021 and again in early 2022.', [['in late 2021', '2021-late'], ['in early 2022', '2022-early']]],
    ['2022-06-30', 'Construction paused until the end of 2019.', [['the end of 2019', '2019-late']]],
    ['2022-06-30', 'The product was delayed to fiscal 2023.', [['fiscal 2023', '2023']]],
    ['2022-06-30', 'Results for Q2 ’21 beat estimates.', [['Q2 ’21', '2021-Q2']]],
    ['2022-06-30', 'The plant reopened in the fall of 2021.', [['in the fall of 2021', '2021-late']]],
  ])('%s: %s', (anchor, text, want) => {
    expect(found(text, anchor)).toEqual(want);
  });
});

describe('findTimes: relative to the publication date', () => {
  it.each<[string, string, [string, string][]]>([
    ['2024-01-12', 'Sales rose last month, the company said.', [['last month', '2023-12']]],
    ['2023-12-05', 'The chip will go on sale next month.', [['next month', '2024-01']]],
    ['2024-01-12', 'The firm was fined earlier this month.', [['earlier this month', '2024-01']]],
    ['2024-01-12', 'It raised prices earlier this year.', [['earlier this year', '2024-early']]],
    ['2023-10-02', 'Regulators cleared the deal late last year.', [['late last year', '2022-late']]],
    ['2021-01-01', 'Talks resumed this week.', [['this week', '2020-W53']]],
    ['2023-01-01', 'Talks resumed this week.', [['this week', '2022-W52']]],
    ['2024-12-30', 'Talks resumed this week.', [['this week', '2025-W01']]],
    ['2021-01-05', 'Talks stalled last week.', [['last week', '2020-W53']]],
    ['2024-03-01', 'The stock fell 4% yesterday.', [['yesterday', '2024-02-29']]],
    ['2024-03-18', 'Cisco said two years ago that it would buy more.', [['two years ago', '2022']]],
    ['2024-03-18', 'The results were released last quarter.', [['last quarter', '2023-Q4']]],
    ['2022-01-20', 'Chip supply improved this year and last year.', [['this year', '2022'], ['last year', '2021']]],
    ['2024-03-18', 'Its profit doubled the year before last.', [['the year before last', '2022']]],
    ['2024-03-18', 'It raised its forecast for this year.', [['this year', '2024']]],
    // past April, "earlier this year" could be any of the year's first months
    ['2023-12-18', 'It raised prices earlier this year.', [['earlier this year', '2023']]],
    ['2023-12-18', 'Sales usually peak by the end of the year.', [['the end of the year', '2023-late']]],
    ['2023-12-18', 'The rollout slowed last summer.', [['last summer', '2023-mid']]],
  ])('%s: %s', (anchor, text, want) => {
    expect(found(text, anchor)).toEqual(want);
  });
});

describe('findTimes: months and weekdays without a year', () => {
  it.each<[string, string, [string, string][]]>([
    ['2024-06-10', 'The service launched in March to little fanfare.', [['in March', '2024-03']]],
    ['2024-06-10', 'The review began in September.', [['in September', '2023-09']]],
    ['2023-12-04', 'The deal is expected to close in March.', [['in March', '2024-03']]],
    ['2024-06-10', 'Hiring has slowed since February.', [['February', '2024-02']]],
    ['2024-09-03', 'The feature arrived last September.', [['last September', '2023-09']]],
    ['2024-10-03', 'The feature arrived last September.', [['last September', '2024-09']]],
    ['2024-02-01', 'The bank plans a listing next April.', [['next April', '2024-04']]],
    ['2024-03-18', 'Cisco said on Friday that it had closed the deal.', [['on Friday', '2024-03-15']]],
    ['2024-03-18', 'Cisco said on Monday that it had closed the deal.', [['on Monday', '2024-03-18']]],
    ['2024-03-18', 'The shares jumped last Monday.', [['last Monday', '2024-03-11']]],
    ['2024-03-18', 'The board will vote on Thursday.', [['on Thursday', '2024-03-21']]],
    ['2024-03-20', 'Apple said Tuesday that sales rose.', [['Tuesday', '2024-03-19']]],
    // a quarter without a year: the latest one up to the anchor's
    ['2024-08-01', 'Revenue rose in the second quarter.', [['in the second quarter', '2024-Q2']]],
    ['2024-02-01', 'Revenue rose in the fourth quarter.', [['in the fourth quarter', '2023-Q4']]],
  ])('%s: %s', (anchor, text, want) => {
    expect(found(text, anchor)).toEqual(want);
  });
});

describe('findTimes: chained expressions', () => {
  it.each<[string, string, [string, string][]]>([
    ['2022-06-30', 'It went public in 2015. Two years later, it was bought.', [['in 2015', '2015'], ['Two years later', '2017']]],
    ['2022-06-30', 'Talks began in March 2020 and collapsed the following month.', [['in March 2020', '2020-03'], ['the following month', '2020-04']]],
    ['2022-06-30', 'Losses peaked in Q4 2020 and narrowed the following quarter.', [['in Q4 2020', '2020-Q4'], ['the following quarter', '2021-Q1']]],
    ['2022-06-30', 'It was founded on Jan. 31, 2016; a month later it raised money.', [['on Jan. 31, 2016', '2016-01-31'], ['a month later', '2016-02']]],
    ['2022-06-30', 'Profit hit a record in 2019, up from a loss the previous year.', [['in 2019', '2019'], ['the previous year', '2018']]],
    ['2022-06-30', 'The suit was filed on May 3, 2021, and dropped the day after the ruling.', [['on May 3, 2021', '2021-05-03'], ['the day after the ruling', '2021-05-04']]],
    ['2022-06-30', 'The app launched in 2012, and later that year it hit a million users.', [['in 2012', '2012'], ['later that year', '2012']]],
    // with nothing before it, a chained phrase counts from the publication date
    ['2022-06-30', 'A year earlier, the company was nearly bankrupt.', [['A year earlier', '2021']]],
    ['2022-06-30', 'It sold 3 million units in late 2019; a year later it sold twice that.', [['in late 2019', '2019-late'], ['a year later', '2020']]],
    // a month of "that year" belongs to the year the text was speaking of, not the publication's
    ['2022-06-30', 'Plans were drawn up in 2014 and approved in April of that year.', [['in 2014', '2014'], ['in April of that year', '2014-04']]],
    ['2022-06-30', 'The firm was set up in 2017. It listed its shares on Oct. 3 that year.', [['in 2017', '2017'], ['on Oct. 3 that year', '2017-10-03']]],
    ['2022-06-30', 'The merger talks began in early 2018. That September, both boards agreed.', [['in early 2018', '2018-early'], ['That September', '2018-09']]],
  ])('%s: %s', (anchor, text, want) => {
    expect(found(text, anchor)).toEqual(want);
  });
});

describe('findTimes: what is not a time', () => {
  it.each<[string, string]>([
    ['May the modal verb', 'Regulators may block the deal, and May investors might object.'],
    ['amounts', 'It paid $2,019 for each share, $2019 million in all, for 300 million users.'],
    ['a count next to a year-like number', 'The firm has 2019 employees and 1985 percent growth.'],
    ['an impossible day', 'The memo was dated 31 February.'],
    ['an impossible day with its year', 'The memo was dated 31 February 2023.'],
    ['decades', 'In the 1990s and the mid-1980s, software was sold in boxes.'],
    ['years out of range', 'The spacecraft will reach it in 2150, not 1850.'],
    ['spans of time', 'Over the next year, and in the last month, it grew.'],
    ['names and verbs', 'August Busch said the workers would march to the plant.'],
    ['holidays named after weekdays', 'Sales soared on Black Friday and Cyber Monday.'],
    ['the newspaper', 'The chief executive told USA Today the plan was sound.'],
    ['a game half', 'He scored 20 points in a phenomenal first half for the Thunder.'],
    ['vague counts', 'Several years later, the founders left.'],
  ])('%s', (_why, text) => {
    expect(found(text, '2024-03-18')).toEqual([]);
  });
});

describe('findTimes: spans', () => {
  it('returns offsets of each expression, in document order, without overlaps', () => {
    const text = 'In January 2017, it agreed to a deal.\nIt closed in July of last year, after 2019.';
    const times = findTimes(text, '2021-07-21');
    expect(times.map((t) => t.text)).toEqual(['In January 2017', 'in July of last year', '2019']);
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not join a heading to the paragraph below it', () => {
    expect(found('ON\nJuly 22 the vote was held.', '2020-01-15')).toEqual([['July 22', '2019-07-22']]);
  });

  it('stays linear on long text', () => {
    const para = 'In March 2020, revenue rose 5% to $2,019 million; a year later it fell, and on Monday it rose again.\n';
    const short = para.repeat(500), long = para.repeat(5000);
    const time = (s: string): number => {
      const t = performance.now();
      findTimes(s, '2024-03-18');
      return performance.now() - t;
    };
    time(short);
    expect(findTimes(long, '2024-03-18')).toHaveLength(15000);
    expect(time(long)).toBeLessThan(Math.max(50, time(short)) * 30);
  });
});
