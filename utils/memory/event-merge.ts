// One event across its reports. The event shows the most precise date any source gives, with that source's
// phrase and type; sources whose dates cannot all be the same time mark it conflicting, and all are kept.

import { dateSpan, overlaps, spanDays } from './date-span';
import type { StoredEvent, StoredSource } from './records';
import type { MemoryEvent } from './types';

function settle(ev: StoredEvent): StoredEvent {
  let best = ev.sources[0]!;
  for (const s of ev.sources) if (spanDays(s.date) < spanDays(best.date)) best = s;
  ev.date = best.date;
  ev.what = best.what;
  ev.type = best.type;
  const spans = ev.sources.map((s) => dateSpan(s.date)).filter((s) => s !== null);
  ev.conflicting = spans.some((a, i) => spans.slice(i + 1).some((b) => !overlaps(a, b)));
  return ev;
}

export function newEvent(id: string, sig: string, parties: string[], source: StoredSource): StoredEvent {
  return settle({ id, sig, type: source.type, parties: [...new Set(parties)].sort(), date: null, conflicting: false, what: source.what, sources: [source] });
}

/** One source per article: an article that states the event twice keeps its more precise date. */
export function addSource(ev: StoredEvent, source: StoredSource): StoredEvent {
  const i = ev.sources.findIndex((s) => s.url === source.url);
  if (i < 0) ev.sources.push(source);
  else if (spanDays(source.date) < spanDays(ev.sources[i]!.date)) ev.sources[i] = source;
  return settle(ev);
}

/** null when the event has no source left. */
export function removeSources(ev: StoredEvent, url: string): StoredEvent | null {
  ev.sources = ev.sources.filter((s) => s.url !== url);
  return ev.sources.length ? settle(ev) : null;
}

/** Among events of the same family and parties, the one a report dated `date` belongs to, if any. */
export function matchEvent(candidates: StoredEvent[], date: string | null): StoredEvent | null {
  const span = dateSpan(date);
  if (!span) {
    // an undated report joins the only candidate, or the undated one; between several dated ones it cannot choose
    if (candidates.length === 1) return candidates[0]!;
    return candidates.find((c) => c.date === null) ?? null;
  }
  const overlapping = candidates.filter((c) => c.sources.some((s) => { const o = dateSpan(s.date); return o !== null && overlaps(o, span); }));
  overlapping.sort((a, b) => spanDays(a.date) - spanDays(b.date));
  return overlapping[0] ?? candidates.find((c) => c.date === null) ?? null;
}

/** Readable and stable: family, parties and the year first reported; a suffix tells apart events sharing them. */
export function baseEventId(sig: string, date: string | null): string {
  return `${sig}|${date ? date.slice(0, 4) : 'undated'}`;
}

/** The shared record, without the store's bookkeeping. */
export const publicEvent = (ev: StoredEvent): MemoryEvent => ({
  id: ev.id, type: ev.type, parties: [...ev.parties], date: ev.date, conflicting: ev.conflicting, what: ev.what,
  sources: ev.sources.map(({ url, site, title, publishedTime, date, what, evidence }) => ({ url, site, title, publishedTime, date, what, evidence })),
});
