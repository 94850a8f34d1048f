// A clause cut into segments, one per group of triggers that share their parties, and the time
// expression nearest a trigger.

import type { Mention } from '../entities';
import type { FoundTime } from '../times';
import type { Trigger } from './triggers';

export interface Seg { start: number; end: number; triggers: Trigger[]; parties: number[] }

// Triggers split a clause where a new party stands between them: "paid $2bn for A in 2018 and acquired B
// in 2020". A possessive right before a trigger ("X's purchase of Y") belongs to that trigger.
export function segments(triggers: Trigger[], cm: Mention[], st: FoundTime[], start: number, end: number): Seg[] {
  const out: Seg[] = [];
  for (const t of triggers) {
    const cur = out.at(-1);
    const after = cur?.triggers.at(-1)!.start ?? 0;
    const partyBetween = cur && (cm.some((m) => m.start > after && m.end < t.start - 4) || st.some((x) => x.start > after && x.end <= t.start));
    if (cur && !partyBetween) cur.triggers.push(t);
    else {
      if (cur) cur.end = t.start - (cm.find((m) => m.end >= t.start - 4 && m.end <= t.start) ? t.start - cm.find((m) => m.end >= t.start - 4 && m.end <= t.start)!.start : 0);
      out.push({ start: cur ? cur.end : start, end, triggers: [t], parties: [] });
    }
  }
  for (const seg of out) seg.parties = unique(cm.filter((m) => m.start >= seg.start && m.start < seg.end).map((m) => m.entity));
  // a trigger with no party of its own restates the one before: "partnership with X has come to an end"
  return out.reduce<Seg[]>((acc, seg) => {
    const prev = acc.at(-1);
    if (prev && !seg.parties.length) {
      prev.triggers.push(...seg.triggers);
      prev.end = seg.end;
    } else acc.push(seg);
    return acc;
  }, []);
}

export function nearest(ts: FoundTime[], t: Trigger): string | null {
  let best: FoundTime | null = null, dist = Infinity;
  for (const x of ts) {
    const d = x.end <= t.start ? t.start - x.end : Math.max(0, x.start - t.end);
    if (d < dist) { dist = d; best = x; }
  }
  return best?.value ?? null;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
