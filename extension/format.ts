// Words for the values of ../shared/ANALYSIS.md: "2024-Q2" reads "Q2 2024", "2023-late" reads "Late 2023".

import type { EntityType, EventType } from '../utils/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PARTS: Record<string, string> = { early: 'Early', mid: 'Mid', late: 'Late', H1: 'First half of', H2: 'Second half of' };

/** A timeline date value in words; unknown shapes are shown as written. */
export function formatWhen(value: string | null): string {
  if (!value) return 'No date given';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}, ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `Week ${Number(m[2])} of ${m[1]}`;
  m = /^(\d{4})-(early|mid|late|H1|H2)$/.exec(value);
  if (m) return `${PARTS[m[2]!]} ${m[1]}`;
  return value;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const ENTITY_GROUPS: ReadonlyArray<{ type: EntityType; label: string }> = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organizations' },
  { type: 'product', label: 'Products' },
  { type: 'place', label: 'Places' },
  { type: 'money', label: 'Money' },
  { type: 'other', label: 'Other' },
];

const EVENT_LABELS: Record<EventType, string> = {
  investment: 'Investment',
  partnership: 'Partnership',
  acquisition: 'Acquisition',
  regulatory: 'Regulation',
  product: 'Product',
  hire: 'Hire',
  ended: 'Ended',
  ipo: 'IPO',
  other: 'Event',
};

export const eventLabel = (t: EventType): string => EVENT_LABELS[t] ?? 'Event';

/** Dated events in the pipeline's (chronological) order, then the undated ones. */
export function orderEvents<T extends { date: string | null }>(events: T[]): T[] {
  return [...events.filter((e) => e.date), ...events.filter((e) => !e.date)];
}

/** The page's bylines other than the article's own, each name and date once, in page order. */
export function otherBylines<B extends { name: string; date: string | null }>(bylines: B[], authors: string[], published: string | null): B[] {
  const own = new Set(authors);
  const seen = new Set<string>();
  return bylines.filter((b) => {
    if (own.has(b.name) && (b.date === null || b.date === published)) return false;
    const k = `${b.name}\u0000${b.date ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
