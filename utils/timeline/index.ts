// Stage 6: the partnership timeline. Each clause that states a relation (a trigger word) between at
// least two parties becomes an event, dated by the time expression nearest its trigger, or carried
// from the sentence before, or the publication date for present-tense news; the evidence is the
// sentence itself, verbatim.

import type { Entity, EventType, TimelineEvent } from '../types';
import type { Sentence } from '../text/sentences';
import type { Mention } from '../entities';
import type { FoundTime } from '../times';
import { findTriggers, PRIORITY } from './triggers';
import { splitClauses } from './clauses';
import { describeEvent } from './describe';
import { segments, nearest } from './segments';
import { dedupe, order, type Draft } from './dedupe';
import { authorityActs, isAuthority, isSource, passiveAgent } from './roles';

export interface TimelineInput {
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  times: FoundTime[];
  published: string;
}

const PARTY_TYPES = new Set(['organization', 'person']);
const PRONOUN_START = /^(?:and |but |as well as |while )?(it|its|the company|the firm|he|she|his|her|they|their)\b/i;
const LIST_GAP = /^(?:'s)?\s*(?:,|,? and|,? or|&)\s*$/;
const OBJECT_BEFORE = /\b(?:paid|pays|pay|to|with|from|of|for|by|into|against|than|bought|acquired|hired|sued|backed|joined)\s+(?:the\s+)?$/i;
const ASIDE = /\b(?:who|whose|which)\b/i;
const PRONOUN = /\b(?:it|its|they|their)\b/i;
const COMPANY_REF = /\bthe (?:company|firm|startup|group|business)\b/i;
const RELATIVE_START = /^(?:which|who|that)\b/i;
const VERB_START = /^(?:and |but )?(?:is|are|was|were|has|have|had|will|would|filing|saying|reporting|agreeing|adding|making|taking|\w+ed|\w+ing)\b/i;
const DEAL_ANAPHORA = /\bthe (?:[\w-]+ ){0,2}(?:deal|agreement|acquisition|merger|transaction|purchase|takeover|companies)\b/i;
const NEGATED = /\b(?:not|never|no|no longer|whether|if)\b/i;
// case-sensitive: "may" the modal, not "May" the month
// "said it would cut jobs" reports a decision; "would" alone is a condition
const REPORTED = /\b(?:said|says|announced|confirmed|told \w+)(?: that)?(?: [\w'’-]+){0,4} would\b/g;
const MODAL = /\b(?:expected to|expects to|plans? to|planned|proposed|potential|possible|would|could|may|might|hopes? to|aims? to|wants? to|tried to|tries to|sought to|seeks? to|attempted to|promised to|promises to|vowed to|intends? to|considering|considers|weighing|weighs|exploring|explores|mulling|in talks|talks to|negotiating)\b/;
const LATER = /\b(?:later|subsequently|afterwards|since then)\b/i;
const PAST_PERFECT = /\b(?:had|was|were)\b/;
const PRESENT = /\b(?:is|are|has|have|says|will|now)\b/i;
const COMPARED = /\b(?:biggest|largest|first|highest|lowest|most|best|worst|strongest|weakest|fastest|slowest)\b[^,;]{0,60}\bsince\s+$/i;
// stock exchanges are where a company lists, never the company listing
const VENUE = /\b(?:exchange|nasdaq|nyse|bourse|börse)\b/i;
const PARTICIPLE_START = /^(?:Founded|Co-founded|Started|Created|Acquired|Bought|Backed|Spun off)\b/;
const HEADING_END = /[.!?"”’)]$/;

export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const { sentences, entities, mentions, times, published } = input;
  const isParty = (i: number): boolean => PARTY_TYPES.has(entities[i]!.type);
  const mainOrgs = entities.map((e, i) => [e, i] as const).filter(([e]) => e.type === 'organization')
    .sort((a, b) => b[0].mentions - a[0].mentions).slice(0, 2).map(([, i]) => i);
  const events: Draft[] = [];
  let mi = 0, ti = 0;
  let carried: { date: string; paragraph: number } | null = null;
  let lastOrg: number | null = null, lastPerson: number | null = null;

  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    while (ti < times.length && times[ti]!.start < s.start) ti++;
    const sm: Mention[] = [];
    const money: Mention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) {
      if (isParty(mentions[k]!.entity) && !isSource(s, mentions[k]!)) sm.push(mentions[k]!);
      else if (entities[mentions[k]!.entity]!.type === 'money') money.push(mentions[k]!);
    }
    const st: FoundTime[] = [];
    // "the biggest listing since 2014" compares; that year dates nothing here
    for (let k = ti; k < times.length && times[k]!.start < s.end; k++) if (!COMPARED.test(s.text.slice(Math.max(0, times[k]!.start - s.start - 80), times[k]!.start - s.start))) st.push(times[k]!);
    if (!HEADING_END.test(s.text) && s.text.split(' ').length < 15) continue;
    // the first party of a kind named in the sentence before a point: what a later "it" in it stands for
    const opener = (ms: Mention[], before: number, type: string): number | null => ms.find((m) => m.start < before && entities[m.entity]!.type === type)?.entity ?? null;
    const carry: string | null = carried && carried.paragraph === s.paragraph ? carried.date : null;
    let firstDate: string | null = null;
    let prevSubject: number | null = null;
    let prevLast: number | null = null;
    let prevParties: number[] = [];
    let negated = false;
    const clauses = splitClauses(s.text, s.start).map((c) => ({ ...c, triggers: findTriggers(c.text, c.start) }));
    clauses.forEach((c, ci) => {
      const cm = sm.filter((m) => m.start >= c.start && m.start < c.end);
      // a clause's time may sit in the untriggered clauses around it: "In April, the CMA blocked ..."
      const from = clauses.slice(0, ci).findLast((x) => x.triggers.length)?.end ?? s.start;
      const to = clauses.slice(ci + 1).find((x) => x.triggers.length)?.start ?? s.end;
      // a time inside an earlier aside ("Musk, who left the board in 2018, has sued") dates the aside only
      const asides = clauses.filter((x, xi) => xi < ci && ASIDE.test(x.text));
      const region = st.filter((t) => t.start >= from && t.end <= to && !asides.some((x) => t.start >= x.start && t.end <= x.end));
      const lead = c.text.trimStart();
      let outside: number | null = null;
      // "Founded in 1993 by A and B, Acme has grown ...": the opening participle is about the company named next
      if (ci === 0 && PARTICIPLE_START.test(lead)) outside = sm.find((m) => m.start >= c.end && entities[m.entity]!.type === 'organization')?.entity ?? null;
      else if (RELATIVE_START.test(lead)) outside = prevLast;
      else if (PRONOUN_START.test(lead)) outside = /^(?:and |but |as well as |while )?(he|she|his|her)\b/i.test(lead) ? lastPerson : prevSubject ?? opener(sm, c.start, 'organization') ?? lastOrg;
      else if (VERB_START.test(lead) && !(cm[0] && cm[0].start - c.start < 3)) outside = prevSubject ?? prevLast;
      let clauseSubject: number | null = null;
      for (const seg of segments(c.triggers, cm, st, c.start, c.end)) {
        const candidates = cm.filter((m) => m.start < seg.triggers[0]!.start && (clauseSubject === null || m.start >= seg.start));
        // the subject is the last party before the trigger that is not some verb's object ("when X paid Y ... hired")
        const before = candidates.filter((m) => !OBJECT_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start))).at(-1) ?? candidates.at(-1);
        // "and in May it struck ...": a pronoun before the trigger stands for the last subject
        const pronoun: number | null = !before && clauseSubject === null && outside === null && PRONOUN.test(s.text.slice(seg.start - s.start, seg.triggers[0]!.start - s.start))
          ? prevSubject ?? opener(sm, seg.start, 'organization') ?? lastOrg : null;
        const subject: number | null = before?.entity ?? clauseSubject ?? outside ?? pronoun;
        clauseSubject ??= subject;
        // "Apple, Google and Samsung agreed to ...": the whole list acts
        const group: number[] = [];
        if (before) {
          let k = candidates.indexOf(before);
          group.unshift(before.entity);
          while (k > 0 && LIST_GAP.test(s.text.slice(candidates[k - 1]!.end - s.start, candidates[k]!.start - s.start))) group.unshift(candidates[--k]!.entity);
        }
        let parties = unique([...group, ...(subject !== null ? [subject] : []), ...seg.parties]);
        // "Acme, which Jane Roe founded in 1990": the thing the relative clause is about is a party too
        if (before && outside !== null && RELATIVE_START.test(c.text.trimStart())) parties = unique([...parties, outside]);
        const actors = Math.max(1, unique(group).length);
        const lead = s.text.slice(seg.start - s.start, seg.triggers[0]!.start - s.start);
        // words that are decisions only when an authority makes them ("rejected", "set aside")
        const authority = authorityActs(c.text.slice(0, seg.triggers[0]!.start - c.start), parties, entities);
        const triggers = seg.triggers.filter((g) => g.authority !== 'always' || authority);
        if (!triggers.length) continue;
        let type = PRIORITY.find((t) => triggers.some((g) => g.type === t))!;
        // "the agreement ... valued X at $N" prices a deal; "the round values X at $N" prices a company
        if (type === 'investment' && seg.triggers.every((g) => g.verb.startsWith('valu')) && DEAL_ANAPHORA.test(s.text.slice(0, seg.start - s.start))) type = 'acquisition';
        if (MODAL.test(lead.replace(REPORTED, ''))) continue;
        if (NEGATED.test(lead)) { negated = true; continue; }
        // a clause with no party of its own that follows a denial elaborates the denial
        if (negated && !seg.parties.length) continue;
        // "..., only to approve it in October": a statement with no party of its own continues the last one
        if (!parties.length && prevParties.length) parties = prevParties;
        const regulatorOnly = parties.length === 1 && isAuthority(entities[parties[0]!]!);
        if (parties.length < 2 && type !== 'product' && type !== 'other' && (DEAL_ANAPHORA.test(type === 'acquisition' ? s.text.slice(0, seg.end - s.start) : c.text) || regulatorOnly))
          // with no one named as acting, the deal's other main company acts on the one named: "the agreement valued X at $N"
          parties = subject === null && !regulatorOnly ? unique([...mainOrgs.filter((o) => !parties.includes(o)), ...parties])
            // a regulator acting on no one named acts on the deal, or on the company the article is about
            : unique([...parties, ...(DEAL_ANAPHORA.test(c.text) ? mainOrgs : mainOrgs.slice(0, 1))]);
        // "filed a lawsuit against the company": the company the article is about
        // and a person who comes or goes without a company named comes to or leaves that company
        const personOnly = parties.every((p) => entities[p]!.type === 'person') && triggers.some((g) => g.type === 'hire');
        if ((parties.length === 1 || personOnly) && (personOnly || COMPANY_REF.test(s.text.slice(seg.triggers[0]!.start - s.start, seg.end - s.start)))) {
          const org = mainOrgs.find((o) => o !== parties[0]);
          if (org !== undefined && org !== null) parties = [...parties, org];
        }
        const cash = money.find((m) => m.start >= seg.start && m.start < seg.end);
        // a milestone of one party: a listing, a launch, layoffs, an authority's decision
        // ... by the one the clause is about: named before the trigger or meant by a pronoun, not a venue
        const soloParty = parties.length === 1 && (before?.entity === parties[0] || subject === parties[0]) && !VENUE.test(entities[parties[0]!]!.name);
        const solo = triggers.find((g) => g.solo && (g.authority === null || authority) && (!g.money || cash) && (parties.length > 1 || soloParty)
          && (g.type === 'hire' || entities[parties[0]!]!.type === 'organization'));
        if (!parties.length || (parties.length < 2 && !solo)) continue;
        if (parties.length === 1) type = solo!.type;
        // "X was acquired by Y": Y acts
        const agent = passiveAgent(s.text, s.start, triggers[0]!.start, triggers[0]!.end, seg.end, cm);
        if (agent !== null && parties[0] !== agent) parties = unique([agent, ...parties]);
        const stated: string | null = nearest(st.filter((t) => t.start >= seg.start && t.end <= seg.end), seg.triggers[0]!)
          ?? nearest(region, seg.triggers[0]!)
          ?? nearest(st.filter((t) => !asides.some((x) => t.start >= x.start && t.end <= x.end)), seg.triggers[0]!);
        // "later", "then": after the date carried from the sentence before, so that date is not this one's
        const after = LATER.test(s.text.slice(seg.start - s.start, seg.end - s.start));
        const date: string | null = stated ?? (after ? null : PRESENT.test(s.text) && !PAST_PERFECT.test(s.text) ? published : carry);
        const names = parties.map((p) => entities[p]!.name);
        events.push({
          date,
          parties: names,
          type,
          what: describeEvent(type, names, entities[parties[0]!]!.type === 'person', cash ? entities[cash.entity]!.name : null, triggers.map((g) => g.verb), actors, solo?.says ?? null),
          evidence: s.text,
          key: `${type}|${[...names].sort().join('|')}`,
          stated: stated !== null || after,
        });
        firstDate ??= date;
        prevSubject = parties[0]!;
        prevParties = parties;
        if (entities[parties[0]!]!.type === 'organization') lastOrg = parties[0]!;
      }
      if (cm.length) prevLast = cm.at(-1)!.entity;
    });
    const firstTime = st[0]?.value ?? null;
    const d: string | null = firstDate ?? firstTime;
    if (d) carried = { date: d, paragraph: s.paragraph };
    const org = sm.find((m) => entities[m.entity]!.type === 'organization');
    const person = sm.find((m) => entities[m.entity]!.type === 'person');
    if (org && !firstDate) lastOrg = org.entity;
    if (person) lastPerson = person.entity;
  }
  return order(dedupe(events));
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

export type { EventType };
