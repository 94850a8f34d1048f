// The days a date value of ANALYSIS.md covers, so two reports of one event can be compared: "2023", "2023-Q1"
// and "2023-01-23" overlap; "2023-H1" and "2023-late" do not. A shorter span is a more precise date.

import { move, period, startOf, type Unit, type When } from '../times/calendar';

export interface Span {
  start: number;
  /** first day after the span */
  end: number;
}

const PARTS: Record<string, [Unit, number]> = {
  Q1: ['quarter', 1], Q2: ['quarter', 2], Q3: ['quarter', 3], Q4: ['quarter', 4], H1: ['half', 1], H2: ['half', 2],
  early: ['part', 1], mid: ['part', 2], late: ['part', 3],
};

function when(value: string): When | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)|-(Q[1-4]|H[12]|early|mid|late))?$/.exec(value.slice(0, 10));
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return period('day', y, Number(m[2]), Number(m[3]));
  if (m[2]) return period('month', y, Number(m[2]));
  if (m[4]) return period('week', y, Number(m[4]));
  if (m[5]) return period(PARTS[m[5]]![0], y, PARTS[m[5]]![1]);
  return period('year', y);
}

export function dateSpan(value: string | null): Span | null {
  const w = value ? when(value) : null;
  if (!w) return null;
  const start = startOf(w);
  return { start, end: move(start, w.unit, 1) };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Days covered: smaller is more precise; an undated report is the least precise of all. */
export const spanDays = (value: string | null): number => {
  const s = dateSpan(value);
  return s ? s.end - s.start : Infinity;
};

/** Two date values that can be the same time (either missing counts as compatible). */
export function datesOverlap(a: string | null, b: string | null): boolean {
  const sa = dateSpan(a), sb = dateSpan(b);
  return !sa || !sb || overlaps(sa, sb);
}
