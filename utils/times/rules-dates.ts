// Days and months: "Oct. 13, 2023", "18 March", "in January 2017", "last September", "in August".

import { period } from './calendar';
import * as P from './patterns';
import { chained, fullDate, monthDay, named, nearest, relative } from './resolve';
import { NOTHING, dirOf, isCap, monthOf, type Groups, type Reading, type Rule } from './rule';

/** A day with or without its year; an impossible day still claims its span so that nothing shorter is read. */
function dayReading(g: Groups): Reading | null {
  if (!isCap(g.mon) || (g.wd && !isCap(g.wd))) return null;
  const m = monthOf(g.mon);
  const d = Number(g.d);
  if (g.y) {
    const w = fullDate(Number(g.y), m, d);
    return w ? () => w : NOTHING;
  }
  if (!(d >= 1 && d <= 31)) return null;
  return (ctx) => monthDay(ctx, m, d);
}

export const DATE_RULES: Rule[] = [
  { re: P.DATE_MDY, read: ({ g }) => dayReading(g) },
  { re: P.DATE_DMY, read: ({ g }) => dayReading(g) },
  {
    re: P.DATE_ISO,
    read: ({ g }) => {
      const w = fullDate(Number(g.y), Number(g.m), Number(g.d));
      return w ? () => w : NOTHING;
    },
  },
  {
    // US order first, as American business news writes it; a first number over 12 can only be a day
    re: P.DATE_SLASH,
    read: ({ g }) => {
      const y = Number(g.y), a = Number(g.a), b = Number(g.b);
      const w = fullDate(y, a, b) ?? fullDate(y, b, a);
      return w ? () => w : NOTHING;
    },
  },
  {
    re: P.MONTH_YEAR,
    read: ({ g }) => {
      if (!isCap(g.mon)) return null;
      const w = period('month', Number(g.y), monthOf(g.mon));
      return () => w;
    },
  },
  {
    // "July of last year": the month of the year the phrase names
    re: P.MONTH_OF_REL_YEAR,
    read: ({ g }) => {
      if (!isCap(g.mon)) return null;
      const m = monthOf(g.mon);
      const k = dirOf(g.rel);
      return (ctx) => period('month', relative(ctx, 'year', k).y, m);
    },
  },
  {
    re: P.MONTH_THAT_YEAR,
    read: ({ g }) => {
      if (!isCap(g.mon)) return null;
      const m = monthOf(g.mon);
      const d = Number(g.d ?? 0);
      return (ctx) => {
        const y = chained(ctx, 'year', 0).y;
        return d ? fullDate(y, m, d) : period('month', y, m);
      };
    },
  },
  {
    re: P.THAT_MONTH,
    read: ({ g }) => {
      if (!isCap(g.mon)) return null;
      const m = monthOf(g.mon);
      return (ctx) => period('month', chained(ctx, 'year', 0).y, m);
    },
  },
  {
    re: P.MONTH_REL,
    read: ({ g }) => {
      if (!isCap(g.mon)) return null;
      const m = monthOf(g.mon);
      const k = dirOf(g.rel);
      return (ctx) => named(ctx, 'month', m, k);
    },
  },
  {
    re: P.MONTH_ALONE,
    read: ({ g }) => {
      if (!isCap(g.mon)) return null;
      const m = monthOf(g.mon);
      return (ctx) => nearest(ctx, 'month', m);
    },
  },
];
