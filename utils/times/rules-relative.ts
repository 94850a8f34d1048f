// Phrases that count from the publication date ("last month", "on Monday", "two years ago") or from the
// expression before them ("the following year", "a year earlier", "the day after the announcement").

import type { Unit } from './calendar';
import * as P from './patterns';
import { chained, relative, weekday } from './resolve';
import { countOf, dirOf, isCap, unitOf, type Rule } from './rule';

const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const BACKWARD = new Set(['before', 'earlier', 'prior', 'previous', 'preceding']);

/** a count we can trust: "several years later" says too little to date */
function counted(count: string | undefined, unit: string | undefined): { unit: Unit; k: number } | null {
  const n = countOf(count);
  return Number.isFinite(n) && n > 0 ? unitOf(unit, n) : null;
}

export const RELATIVE_RULES: Rule[] = [
  {
    re: P.RELATIVE,
    read: ({ g }) => {
      const unit = (g.unit ?? 'year').toLowerCase() as Unit;
      const k = dirOf(g.rel);
      return (ctx) => relative(ctx, unit, k);
    },
  },
  {
    re: P.DAY_WORD,
    read: ({ g, start, text }) => {
      // the newspaper, not the day: "USA Today", "told USA TODAY"
      if (g.w === 'TODAY' || /\bUSA\s+$/.test(text.slice(Math.max(0, start - 4), start))) return null;
      const k = DAY_WORDS[(g.w ?? '').toLowerCase()] ?? 0;
      return (ctx) => relative(ctx, 'day', k);
    },
  },
  {
    re: P.AGO,
    read: ({ g }) => {
      const c = counted(g.count, g.unit);
      return c && ((ctx) => relative(ctx, c.unit, -c.k));
    },
  },
  {
    re: P.WEEKDAY_NAMED,
    read: ({ g, start, text }) => {
      if (!isCap(g.wd)) return null;
      if (!g.rel && P.HOLIDAY_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
      const wd = WEEKDAYS.indexOf((g.wd ?? '').toLowerCase());
      const dir = dirOf(g.rel);
      return (ctx) => weekday(ctx, wd, dir);
    },
  },
  {
    re: P.CHAIN_NEXT,
    read: ({ g, start, text }) => {
      const dir = (g.dir ?? '').toLowerCase();
      // "in the next year" is a span still to come, not the year after something
      if (dir === 'next' && /\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start))) return null;
      const unit = (g.unit ?? 'year').toLowerCase() as Unit;
      const k = BACKWARD.has(dir) ? -1 : 1;
      return (ctx) => chained(ctx, unit, k);
    },
  },
  {
    re: P.CHAIN_BEFORE_AFTER,
    read: ({ g }) => {
      const unit = (g.unit ?? 'year').toLowerCase() as Unit;
      // "the year before last" counts from now, whatever came before it
      if (g.last) return (ctx) => relative(ctx, unit, -2);
      const k = BACKWARD.has((g.dir ?? '').toLowerCase()) ? -1 : 1;
      return (ctx) => chained(ctx, unit, k);
    },
  },
  {
    re: P.CHAIN_COUNT,
    read: ({ g }) => {
      const c = counted(g.count, g.unit);
      if (!c) return null;
      const k = BACKWARD.has((g.dir ?? '').toLowerCase()) ? -c.k : c.k;
      return (ctx) => chained(ctx, c.unit, k);
    },
  },
  {
    re: P.CHAIN_SAME,
    read: ({ g }) => {
      const unit = (g.unit ?? 'year').toLowerCase() as Unit;
      return (ctx) => chained(ctx, unit, 0);
    },
  },
];
