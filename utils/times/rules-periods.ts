// Years and the pieces of them: "in 2019", "fiscal 2024", "mid-2023", "the end of last year",
// "earlier this year", "the third quarter of 2024", "H1 2022", "last summer".

import { at, period, type Unit, type When } from './calendar';
import * as P from './patterns';
import { chained, named, nearest, relative, type Ctx } from './resolve';
import { PART_OF, dirOf, ordinalOf, yearOf, type Groups, type Reading, type Rule } from './rule';

const fixed = (w: When): Reading => () => w;

/** The year a phrase names: written out, or "last / this / next / that / the year". */
function yearNamed(ctx: Ctx, g: Groups): number | null {
  const y = g.y ?? g.y2;
  if (y) return Number(y);
  const rel = g.rel?.toLowerCase();
  if (!rel) return null;
  if (rel === 'that') return chained(ctx, 'year', 0).y;
  return relative(ctx, 'year', dirOf(rel)).y;
}

/** A numbered quarter or half: of the year given, else the nearest one to the anchor. */
function numbered(unit: Unit, n: number, g: Groups): Reading {
  return (ctx) => {
    const y = g.yy ? yearOf(g.yy) : yearNamed(ctx, g);
    return y === null ? nearest(ctx, unit, n) : period(unit, y, n);
  };
}

const SEASON_PART: Record<string, number> = { spring: 1, summer: 2, fall: 3, autumn: 3 };

export const PERIOD_RULES: Rule[] = [
  { re: P.YEAR, read: ({ g }) => fixed(period('year', Number(g.y))) },
  { re: P.FISCAL_YEAR, read: ({ g }) => fixed(period('year', yearOf(g.y ?? g.fy))) },
  {
    re: P.PART_YEAR,
    read: ({ g }) => {
      const part = PART_OF[(g.part ?? '').toLowerCase()] ?? 1;
      return (ctx) => period('part', yearNamed(ctx, g) ?? at('year', ctx.today).y, part);
    },
  },
  {
    re: P.EDGE_OF,
    read: ({ g }) => {
      const part = PART_OF[(g.edge ?? '').toLowerCase()] ?? 1;
      const unit = (g.unit?.toLowerCase() ?? 'year') as Unit;
      if (unit === 'year') return (ctx) => period('part', yearNamed(ctx, g) ?? at('year', ctx.today).y, part);
      // the end of a month or quarter is still that month or quarter: the grammar has nothing finer
      const rel = g.rel?.toLowerCase();
      return (ctx) => (rel === 'that' ? chained(ctx, unit, 0) : relative(ctx, unit, dirOf(rel)));
    },
  },
  {
    // early in the year, "year-end" is most often the one just past
    re: P.YEAR_END,
    read: ({ g }) => (ctx) => {
      const now = at('month', ctx.today);
      const y = g.y ? Number(g.y) : now.n <= 2 && !ctx.future ? now.y - 1 : now.y;
      return period('part', y, 3);
    },
  },
  {
    // "earlier this year" is only sure to be early in the year while the year is still early
    re: P.ADV_REL,
    read: ({ g }) => {
      const unit = (g.unit ?? 'year').toLowerCase() as Unit;
      const k = dirOf(g.rel);
      const later = g.adv?.toLowerCase() === 'later';
      return (ctx) => {
        if (unit !== 'year' || k !== 0) return relative(ctx, unit, k);
        const now = at('month', ctx.today);
        if (!later && now.n <= 4) return period('part', now.y, 1);
        if (later && now.n >= 9) return period('part', now.y, 3);
        return period('year', now.y);
      };
    },
  },
  {
    re: P.QUARTER,
    read: ({ g }) => {
      const ord = (g.ord ?? '').toLowerCase();
      const hasYear = !!(g.y ?? g.y2 ?? g.rel);
      // "last quarter" alone is the one before the anchor's; "the last quarter of 2023" is its fourth
      if (ord === 'last' && !hasYear) return (ctx) => relative(ctx, 'quarter', -1);
      return numbered('quarter', ord === 'last' || ord === 'final' ? 4 : ordinalOf(ord), g);
    },
  },
  { re: P.QUARTER_SHORT, read: ({ g }) => (g.q === 'Q' ? numbered('quarter', Number(g.qn), g) : null) },
  {
    // "a phenomenal first half for the Thunder": a bare half is a game's unless it is "the" half or "first-half"
    re: P.HALF,
    read: ({ g }) =>
      g.the || g.y || g.y2 || g.rel || g.sep?.includes('-') ? numbered('half', ordinalOf(g.ord), g) : null,
  },
  { re: P.HALF_SHORT, read: ({ g }) => (g.h === 'H' ? numbered('half', Number(g.hn), g) : null) },
  {
    // seasons map onto the grammar's thirds of a year; "the fall" alone is too often a drop in price
    re: P.SEASON,
    read: ({ g }) => {
      const s = (g.s ?? '').toLowerCase();
      const part = SEASON_PART[s] ?? 2;
      const pre = (g.pre ?? '').toLowerCase().replace(/\s+/g, ' ');
      if (g.y) return fixed(period('part', Number(g.y), part));
      if (!pre || pre === 'the' || (s === 'fall' && pre === 'in')) return null;
      if (pre === 'last' || pre === 'this' || pre === 'next') return (ctx) => named(ctx, 'part', part, dirOf(pre));
      return (ctx) => nearest(ctx, 'part', part);
    },
  },
];
