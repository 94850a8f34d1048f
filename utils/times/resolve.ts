// Turning a named period ("August", "the second quarter", "Monday") into a dated one, against the
// publication date (the anchor) or, for chained phrases, against the expression read just before.

import { at, dayNum, move, period, shift, validDay, weekdayOf, ymd, type Unit, type When } from './calendar';

export interface Ctx {
  /** the anchor as a day number */
  today: number;
  /** the last expression resolved earlier in the text, for "a year earlier" and "the day after" */
  prev: When | null;
  /** the clause talks about what is to come ("will close in March"), so a bare month looks forward */
  future: boolean;
}

/** A named month / quarter / half / part without a year: the latest one not after the anchor's, or, for future
 * talk, the first one not before it. */
export function nearest(ctx: Ctx, unit: Unit, n: number): When {
  const cur = at(unit, ctx.today);
  if (ctx.future) return period(unit, n >= cur.n ? cur.y : cur.y + 1, n);
  return period(unit, n <= cur.n ? cur.y : cur.y - 1, n);
}

/** "last September": the latest September strictly before the anchor's month; "next" the first after it. */
export function named(ctx: Ctx, unit: Unit, n: number, dir: number): When {
  const cur = at(unit, ctx.today);
  if (dir < 0) return period(unit, n < cur.n ? cur.y : cur.y - 1, n);
  if (dir > 0) return period(unit, n > cur.n ? cur.y : cur.y + 1, n);
  return period(unit, cur.y, n);
}

/** "last month", "next week", "two years ago". */
export const relative = (ctx: Ctx, unit: Unit, k: number): When => at(unit, move(ctx.today, unit, k));

/** "the following month", "a year earlier": from the previous expression when there is one. */
export const chained = (ctx: Ctx, unit: Unit, k: number): When =>
  ctx.prev ? shift(ctx.prev, unit, k) : relative(ctx, unit, k);

// a date more than this many days past the anchor is taken to be last year's ("March 18" in a January story)
const SLACK_DAYS = 31;

/** "March 18" without a year: the anchor's year unless that lands over a month on the wrong side of the anchor. */
export function monthDay(ctx: Ctx, m: number, d: number): When | null {
  const { y } = ymd(ctx.today);
  let year = y;
  const n = dayNum(y, m, d);
  if (!ctx.future && n > ctx.today + SLACK_DAYS) year = y - 1;
  if (ctx.future && n < ctx.today - SLACK_DAYS) year = y + 1;
  // 29 February in a year without one: no such day was meant, or the year is unknowable
  if (!validDay(year, m, d)) return null;
  return period('day', year, m, d);
}

export function fullDate(y: number, m: number, d: number): When | null {
  return y >= 1900 && y <= 2100 && validDay(y, m, d) ? period('day', y, m, d) : null;
}

/** "on Monday" is the latest Monday up to the anchor (the anchor itself on a Monday); future talk looks ahead. */
export function weekday(ctx: Ctx, wd: number, dir: number): When {
  const back = (weekdayOf(ctx.today) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(ctx.today) + 7) % 7;
  let n: number;
  if (dir < 0) n = ctx.today - (back || 7);
  else if (dir > 0) n = ctx.today + (ahead || 7);
  else n = ctx.future ? ctx.today + ahead : ctx.today - back;
  return at('day', n);
}

/** "YYYY-MM-DD..." to a day number; an unusable anchor falls back on today, as the contract does for pages. */
export function anchorDay(anchor: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor);
  if (m && validDay(+m[1]!, +m[2]!, +m[3]!)) return dayNum(+m[1]!, +m[2]!, +m[3]!);
  const now = new Date();
  return dayNum(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}
