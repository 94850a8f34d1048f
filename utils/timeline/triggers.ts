// Words that state a relation between parties, by event type. Declared once; the order of TYPES is
// the priority when one clause holds several ("ended" over "partnership" in "the partnership ended",
// "regulatory" over "acquisition" in "the regulator blocked X's purchase of Y").

import type { EventType } from '../types';

export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  verb: string;
}

const PATTERNS: [EventType, RegExp][] = [
  ['ended', /\b(?:came|come|comes|coming) to an end\b|\b(?:collaps(?:ed|es|e)|fell apart|fell through|ended|ends|ending|terminated|terminates|called off|calls off|call off|abandon(?:ed|s|ing)?|scrap(?:ped|s)?|walked away|walks away|broke up|breaks up|split from|cancel(?:l?ed|s)|pulled out of|exit(?:ed|s)? (?:the|its) (?:deal|partnership))\b/gi],
  ['ipo', /\b(?:(?:[Mm]arket|[Tt]rading|[Ss]tock|[Ss]hare|Nasdaq|NYSE|[Ee]xchange|[Pp]ublic) debut|debut(?:ed|s)? on the (?:Nasdaq|NYSE|New York Stock Exchange|stock market)|went public|go(?:es|ing)? public|initial public offering|IPO|listed its shares|direct listing|listing on the)\b/g],
  ['regulatory', /\b(?:block(?:ed|s|ing)?|clear(?:ed|s)|approv(?:e|ed|es|al)|investigat(?:e|ed|es|ing|ion)|antitrust|su(?:e|ed|es|ing)|lawsuit|fined?|probe|inquir(?:y|ies)|review(?:ed|ing)?|complaint|objections?|examin(?:e|ed|ing)|provisional findings|ruling|ruled|charged)\b/gi],
  ['acquisition', /\b(?:paid (?:about |roughly |nearly )?\$[\d.,]+(?: \w+)? for|acquir(?:e|ed|es|ing)\b|acquisitions? of|(?:bought|buy(?:s|ing)?\b|sold|sell(?:s|ing)?\b)(?! (?:\w+ )?(?:shares|stock|stakes?|a stake|back|bonds|debt))|(?:to |agreed to )purchase|purchased|purchases? of|merg(?:e|ed|es|ing) with|merger (?:with|of|between)|takeover of|took over|takes over|agreed to pay for|(?:announc(?:ed|es|ing)|complet(?:ed|es|ing)|clos(?:ed|es|ing)|agreed to|struck|reached) (?:the |its |their |an? )?(?:[\w$.,-]+ ){0,3}(?:deal|acquisition|merger|purchase|takeover|transaction))\b/gi],
  ['hire', /\b(?:hir(?:e|ed|es|ing)|appoint(?:ed|s|ment)?|named (?:as )?(?:its |the )?(?:new )?(?:chief|ceo|president|head)|join(?:ed|s|ing)? (?:[\w'’-]+ ){0,3}(?:as|team|board)|became (?:[\w'’-]+ ){0,2}(?:chief executive|ceo|president|chair)|recruit(?:ed|s)?|poach(?:ed)?|to lead)\b/gi],
  ['investment', /\b(?:(?:bought|buy|buys|buying|purchased?) (?:\w+ )?(?:shares|stock|a stake|stakes)|valu(?:ed|es|ing) (?:[\w'’-]+ ){1,3}at (?:about |roughly |nearly )?\$|took part in the (?:funding )?round|participated in the (?:funding )?round|joined the (?:funding )?round|invest(?:ed|s|ing|ment|ments|or|ors)?(?: (?:about |roughly )?\$[\d.,]+(?: \w+)?)? in|stake in|funding round|raised|raises|backed by|backs|led a (?:\$[\d.]+ \w+ )?round)\b/gi],
  ['partnership', /\b(?:partner(?:ed|s|ing|ship|ships)? with|partnership|teamed up|team up|alliance|collaborat(?:e|ed|es|ion|ing) with|joint venture|venture with|(?:exclusive )?(?:cloud )?provider (?:for|to)|agreement with|deal with|licens(?:e|ed|es|ing) (?:(?:its|their|the) )?(?:[\w'’-]+ ){0,2}(?:technology|models?|patents?|software|content)|signed (?:a|an) \w+|integrat(?:e|ed|es|ion) with|uses? (?:\w+'s )?(?:\w+ ){0,2}(?:models?|technology|chips|cloud|services|platform))\b/gi],
  ['product', /\b(?:launch(?:ed|es|ing)?|releas(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|introduc(?:e|ed|es|ing)|rolled out|rolls out|debut(?:ed|s)?)\b/gi],
  ['other', /\b(?:(?:termination|break-?up|break) fee|founded|co-founded|tensions?|clash(?:ed|es)?|fired|ousted|reinstated|rivalry|compet(?:e|ed|es|ing) (?:directly |head-on )?with)\b/gi],
];

export const PRIORITY: EventType[] = PATTERNS.map(([t]) => t);

export function findTriggers(clause: string, offset: number): Trigger[] {
  const out: Trigger[] = [];
  for (const [type, re] of PATTERNS) {
    re.lastIndex = 0;
    for (const m of clause.matchAll(re)) out.push({ type, start: offset + m.index, end: offset + m.index + m[0].length, verb: m[0].toLowerCase() });
  }
  return out.sort((a, b) => a.start - b.start);
}
