// Restatements folded into one event, and the events put in date order.

import type { TimelineEvent } from '../types';
import { dateSortKey } from './date-order';

export type Draft = TimelineEvent & { key: string; stated: boolean };

// A relation restated later without a date of its own ("the end of X's deal with Y marks ...") is the
// same event: keep the first statement. Events whose dates are stated stay apart.
export function dedupe(events: Draft[]): TimelineEvent[] {
  const out: Draft[] = [];
  // only events that share a key, an evidence or a set of parties can fold: index them, not a scan of all
  const index = new Map<string, number[]>();
  const keysOf = (e: Draft): string[] => [`k${e.key}`, `e${e.evidence}`, `p${partiesKey(e)}`];
  for (const e of events) {
    const seen = new Set<number>();
    for (const k of keysOf(e)) for (const j of index.get(k) ?? []) seen.add(j);
    const i = Math.min(...[...seen].filter((j) => folds(out[j]!, e)), Infinity);
    if (i === Infinity) {
      for (const k of keysOf(e)) add(index, k, out.length);
      out.push(e);
    }
    // keep the more precise date, and the fuller list of parties
    else if ((e.date?.length ?? 0) > (out[i]!.date?.length ?? 0) || e.parties.length > out[i]!.parties.length) {
      for (const k of keysOf(e)) add(index, k, i);
      out[i] = e;
    }
  }
  return out.map(({ key: _key, stated: _stated, ...e }) => e);
}

function add(index: Map<string, number[]>, k: string, i: number): void {
  const list = index.get(k);
  if (!list) index.set(k, [i]);
  else if (list.at(-1) !== i && !list.includes(i)) list.push(i);
}

const partiesKey = (e: Draft): string => e.key.split('|').slice(1).join('|');

const folds = (o: Draft, e: Draft): boolean =>
  ((o.key === e.key || sameStatement(o, e)) && (o.date === e.date || contains(o.date, e.date) || (!e.stated && (o.evidence === e.evidence || overlaps(o.date, e.date))))) ||
  // an undated detail of the same day between the same parties ("... will pay a termination fee") folds into that day's event
  (e.type === 'other' && !e.stated && e.date !== null && o.date === e.date && partiesKey(o) === partiesKey(e));

// With the very same parties, two triggers of one clause are one event read twice, whatever their types.
const sameStatement = (a: Draft, b: Draft): boolean =>
  a.evidence === b.evidence && a.date === b.date &&
  (a.type === b.type ? a.parties.every((p) => b.parties.includes(p)) || b.parties.every((p) => a.parties.includes(p))
    : a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p)));

// "2020-12" contains "2020-12-01": only plain years, months and days nest by prefix ("2023-Q1" does not)
const CALENDAR = /^\d{4}(?:-\d\d){0,2}$/;
const contains = (a: string | null, b: string | null): boolean =>
  !!a && !!b && CALENDAR.test(a) && CALENDAR.test(b) && (a.startsWith(b) || b.startsWith(a));

const overlaps = (a: string | null, b: string | null): boolean =>
  !!a && !!b && (a.startsWith(b) || b.startsWith(a) || dateSortKey(a).slice(0, 7) === dateSortKey(b).slice(0, 7));

export function order(events: TimelineEvent[]): TimelineEvent[] {
  return events.map((e, i) => [e, i] as const)
    .sort((a, b) => dateSortKey(a[0].date).localeCompare(dateSortKey(b[0].date)) || a[1] - b[1])
    .map(([e]) => e);
}
