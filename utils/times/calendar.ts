// Calendar arithmetic on whole UTC days, and the periods of the ANALYSIS.md value grammar.
// Days are counted from 1970-01-01 so shifting and comparing are plain integer sums.

import { pad } from '../text/dates';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'part' | 'half' | 'year';

/** A period: `n` numbers the month, ISO week, quarter, part (1 early, 2 mid, 3 late) or half; `d` is the day of a day. */
export interface When {
  unit: Unit;
  y: number;
  n: number;
  d: number;
}

const DAY_MS = 86_400_000;
const RANK: Record<Unit, number> = { day: 0, week: 1, month: 2, quarter: 3, part: 4, half: 5, year: 6 };
// months per period; "part" is the grammar's four-month early / mid / late third of a year
const MONTHS_IN = { month: 1, quarter: 3, part: 4, half: 6, year: 12 } as const;
const PARTS = ['early', 'mid', 'late'];

export const dayNum = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

export function ymd(n: number): { y: number; m: number; d: number } {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Date.UTC rolls 31 February over into March; a real day survives the round trip. */
export function validDay(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const back = ymd(dayNum(y, m, d));
  return back.m === m && back.d === d;
}

/** 0 = Monday ... 6 = Sunday; day 0 (1970-01-01) was a Thursday. */
export const weekdayOf = (n: number): number => (((n + 3) % 7) + 7) % 7;

/** ISO weeks belong to the year of their Thursday, so 30 Dec can be week 1 and 1 Jan week 53. */
function isoWeek(n: number): { y: number; w: number } {
  const thursday = n - weekdayOf(n) + 3;
  const y = ymd(thursday).y;
  return { y, w: Math.floor((thursday - dayNum(y, 1, 1)) / 7) + 1 };
}

/** Month arithmetic clamps the day, so 31 March minus a month is 29 February, not 2 March. */
function addMonths(n: number, k: number): number {
  const { y, m, d } = ymd(n);
  const idx = y * 12 + (m - 1) + k;
  const ny = Math.floor(idx / 12);
  const nm = idx - ny * 12 + 1;
  const last = ymd(dayNum(ny, nm + 1, 0)).d;
  return dayNum(ny, nm, Math.min(d, last));
}

export const period = (unit: Unit, y: number, n = 0, d = 0): When => ({ unit, y, n, d });

/** The period of `unit` that contains day `n`. */
export function at(unit: Unit, n: number): When {
  const { y, m, d } = ymd(n);
  if (unit === 'day') return period(unit, y, m, d);
  if (unit === 'week') {
    const w = isoWeek(n);
    return period(unit, w.y, w.w);
  }
  if (unit === 'year') return period(unit, y);
  return period(unit, y, Math.floor((m - 1) / MONTHS_IN[unit]) + 1);
}

export function startOf(w: When): number {
  if (w.unit === 'day') return dayNum(w.y, w.n, w.d);
  if (w.unit === 'week') {
    const jan4 = dayNum(w.y, 1, 4);
    return jan4 - weekdayOf(jan4) + (w.n - 1) * 7;
  }
  if (w.unit === 'year') return dayNum(w.y, 1, 1);
  return dayNum(w.y, (w.n - 1) * MONTHS_IN[w.unit] + 1, 1);
}

export function move(n: number, unit: Unit, k: number): number {
  if (unit === 'day') return n + k;
  if (unit === 'week') return n + 7 * k;
  return addMonths(n, k * MONTHS_IN[unit]);
}

/**
 * `w` moved by `k` units, at the precision of the unit ("a year earlier" than a day is a year). A unit finer
 * than `w` ("a month after" 2019) cannot add precision the text never gave, so `w`'s own unit is kept.
 */
export function shift(w: When, unit: Unit, k: number): When {
  const target = RANK[unit] >= RANK[w.unit] ? unit : w.unit;
  return at(target, move(startOf(w), unit, k));
}

export function format(w: When): string {
  switch (w.unit) {
    case 'year': return String(w.y);
    case 'half': return `${w.y}-H${w.n}`;
    case 'quarter': return `${w.y}-Q${w.n}`;
    case 'part': return `${w.y}-${PARTS[w.n - 1] ?? 'early'}`;
    case 'month': return `${w.y}-${pad(w.n)}`;
    case 'week': return `${w.y}-W${pad(w.n)}`;
    case 'day': return `${w.y}-${pad(w.n)}-${pad(w.d)}`;
  }
}
