// The times stage: English time expressions in article text, resolved to the value grammar of
// ANALYSIS.md against the publication date. Each rule's pattern runs once over the text; overlapping
// candidates are settled in one sorted pass; then chained phrases are resolved in document order.

import type { TimeExpression } from '../types';
import { format, type When } from './calendar';
import * as P from './patterns';
import { anchorDay } from './resolve';
import { DATE_RULES } from './rules-dates';
import { PERIOD_RULES } from './rules-periods';
import { RELATIVE_RULES } from './rules-relative';
import type { Reading, Rule } from './rule';

export interface FoundTime extends TimeExpression {
  /** offsets of `text` in the analysed text */
  start: number;
  end: number;
}

interface Candidate {
  start: number;
  end: number;
  read: Reading;
}

// earlier rules win ties between spans of the same extent
const RULES: Rule[] = [...DATE_RULES, ...PERIOD_RULES, ...RELATIVE_RULES];
// how far back a clause is searched for "will", "expects" and the like
const CUE_WINDOW = 60;

function scan(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const read = rule.read({ g: m.groups ?? {}, start, end, text });
      if (read) found.push({ start, end, read });
    }
  }
  return found;
}

/** Non-overlapping candidates; of two that overlap, the longer ("In January 2017" over "2017"). */
function settle(found: Candidate[]): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    // sorted by start, so `c` cannot reach back past `last` into the one kept before it
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

/** The clause before `start` speaks of the future: only its own clause, so "said on Monday" stays past. */
function futureCue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  const clause = before.slice(Math.max(...['.', ',', ';', '\n', '!', '?'].map((c) => before.lastIndexOf(c))) + 1);
  return P.FUTURE_CUE.test(clause);
}

/** Time expressions in `text`, in order, resolved against `anchor` (YYYY-MM-DD publication date). */
export function findTimes(text: string, anchor: string): FoundTime[] {
  const today = anchorDay(anchor);
  const out: FoundTime[] = [];
  let prev: When | null = null;
  for (const c of settle(scan(text))) {
    const w = c.read({ today, prev, future: futureCue(text, c.start) });
    if (!w) continue;
    prev = w;
    out.push({ text: text.slice(c.start, c.end), value: format(w), start: c.start, end: c.end });
  }
  return out;
}
