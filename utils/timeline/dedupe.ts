// Restatements folded into one event, and the events put in date order.

import type { TimelineEvent } from '../types';
import { dateSortKey } from './date-order';

export type Draft = TimelineEvent & { key: string; stated: boolean };

// A relation restated later without a date of its own ("the end of X's deal with Y marks ...") is the
// same event: keep the first statement. Events whose dates are stated stay apart.
export function dedupe(events: Draft[]): TimelineEvent[] {
  const out: Draft[] = [];
  for (const e of events) {
    const i = out.findIndex((o) =>
      ((o.key === e.key || sameStatement(o, e)) && (o.date === e.date || contains(o.date, e.date) || (!e.stated && (o.evidence === e.evidence || overlaps(o.date, e.date))))) ||
      // an undated detail of the same day between the same parties ("... will pay a termination fee") folds into that day's event
      (e.type === 'other' && !e.stated && e.date !== null && o.date === e.date && o.key.split('|').slice(1).join('|') === e.key.split('|').slice(1).join('|')));
    if (i < 0) out.push(e);
    // keep the more precise date, and the fuller list of parties
    else if ((e.date?.length ?? 0) > (out[i]!.date?.length ?? 0) || e.parties.length > out[i]!.parties.length) out[i] = e;
  }
  return out.map(({ key: _key, stated: _stated, ...e }) => e);
}

// Two readings of one clause where one names a subset of the other's parties.
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
