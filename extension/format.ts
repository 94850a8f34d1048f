// Words for the values of ../shared/ANALYSIS.md, in the reader's language: "2024-Q2" reads "Q2 2024",
// "2023-10-13" reads "Oct 13, 2023" in English and "13 oct. 2023" in French.

import type { EntityType, EventType } from '../utils/types';
import { locale, t } from './i18n';

// Midday UTC and formatting in UTC: a calendar date never slips to the day before west of Greenwich.
const dateOf = (y: string, m: string, d = '1') => new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
const format = (date: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(date);
const PARTS = { early: 'when_early', mid: 'when_mid', late: 'when_late', H1: 'when_H1', H2: 'when_H2' } as const;

/** A timeline date value in words; unknown shapes are shown as written. */
export function formatWhen(value: string | null): string {
  if (!value) return t('when_none');
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return format(dateOf(m[1]!, m[2]!, m[3]), { year: 'numeric', month: 'short', day: 'numeric' });
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return format(dateOf(m[1]!, m[2]!), { year: 'numeric', month: 'short' });
  m = /^(\d{4})$/.exec(value);
  if (m) return format(dateOf(m[1]!, '7'), { year: 'numeric' });
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return t('when_quarter', [m[2]!, m[1]!]);
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return t('when_week', [Number(m[2]), m[1]!]);
  m = /^(\d{4})-(early|mid|late|H1|H2)$/.exec(value);
  if (m) return t(PARTS[m[2] as keyof typeof PARTS], m[1]!);
  return value;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'product', 'place', 'money', 'other'];

/** Entity types in display order; `label` is read when shown, in the reader's language. */
export const ENTITY_GROUPS: ReadonlyArray<{ type: EntityType; readonly label: string }> = TYPES.map((type) => ({
  type,
  get label() {
    return t(`type_${type}`);
  },
}));

const EVENT_TYPES = new Set<EventType>(['investment', 'partnership', 'acquisition', 'regulatory', 'product', 'hire', 'ended', 'ipo', 'other']);

export const eventLabel = (type: EventType): string => t(`event_${EVENT_TYPES.has(type) ? type : 'other'}`);

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
