// Who acts in an event: authorities (regulators, courts, lawmakers) that make a one-party event of a
// decision, and the agent of a passive ("X was acquired by Y": Y acts).

import type { Entity } from '../types';
import type { Mention } from '../entities';
import type { Sentence } from '../text/sentences';

// the head word of an authority's name, or one of the common acronyms of regulators
const AUTHORITY_NAME = /\b(?:commission|authority|department|agency|administration|regulators?|court|ministry|board|office|bureau|committee|council|parliament|congress|senate|tribunal|government|judge|treasury|justice)$|^(?:FTC|SEC|FCC|FAA|FDA|CMA|DOJ|EPA|NHTSA|CFTC|FERC|FINRA|OFAC|BIS|SAMR|CFIUS|ACCC|ECB|NTSB|EU|European Union|Congress|White House)$/i;
// an authority named by a common noun in the words before a trigger
const AUTHORITY_WORD = /\b(?:judges?|courts?|regulators?|watchdogs?|lawmakers|legislators|congress|senate|parliament|the (?:department|agency|commission|authority|administration|government|ministry|bureau|panel|tribunal))\b/i;
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;

export const isAuthority = (e: Entity): boolean => AUTHORITY_NAME.test(e.name);

export function authorityActs(lead: string, parties: number[], entities: Entity[]): boolean {
  return AUTHORITY_WORD.test(lead) || parties.some((p) => isAuthority(entities[p]!));
}

/** In "X was bought by Y from Z", Y: the party right after "by" past a passive trigger. */
export function passiveAgent(text: string, textStart: number, triggerStart: number, triggerEnd: number, segEnd: number, cm: Mention[]): number | null {
  if (!PASSIVE.test(text.slice(Math.max(0, triggerStart - textStart - 16), triggerStart - textStart))) return null;
  const agent = cm.find((m) => m.start >= triggerEnd && m.start < segEnd && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - textStart - 8), m.start - textStart)));
  return agent?.entity ?? null;
}

// the news outlet a report is credited to: "according to the Journal", "Reuters reported", "told CNBC"
const SOURCE_BEFORE = /\b(?:according to|reported by|told|cited by|citing|first reported by|(?:said|says) in an interview with)\s+(?:the\s+)?$/i;
const SOURCE_AFTER = /^(?:'s?|’s?)?\s+(?:(?:first|previously|earlier|also)\s+)?(?:reported|reports|reporting)\b/i;

export function isSource(s: Sentence, m: Mention): boolean {
  const before = s.text.slice(Math.max(0, m.start - s.start - 24), m.start - s.start);
  return SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 30));
}
