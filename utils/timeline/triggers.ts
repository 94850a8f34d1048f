// Words that state an event, as a table: each row gives the event type, whether one party alone makes
// the event (a milestone: a listing, a launch, layoffs, a leadership change), whether it needs an
// authority (a regulator, court or lawmaker) to be an event at all, and the headline verb for a
// one-party event. The order of TYPES is the priority when one clause holds several ("ended" over
// "partnership" in "the partnership ended", "regulatory" over "acquisition" in "the regulator
// blocked X's purchase of Y").

import type { EventType } from '../types';
import { VETOES } from './vetoes';

export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  verb: string;
  /** one party suffices */
  solo: boolean;
  /** 'solo': an authority must act for a one-party event; 'always': for any event */
  authority: 'solo' | 'always' | null;
  /** headline of a one-party event: "goes public", "cuts jobs" */
  says: string | null;
  /** a one-party event that needs a sum of money in its clause: "raised $1 billion" */
  money: boolean;
}

interface Rule { type: EventType; words: string[]; solo?: boolean; authority?: 'solo' | 'always'; says?: string; money?: boolean; caseSensitive?: boolean }

const N = String.raw`(?:about |roughly |nearly |some |around |more than |over |almost |another )?`;
const SUM = String.raw`${N}[$€£¥][\d.,]+(?: ?(?:million|billion|trillion|bn|m|mn))?`;
const W = String.raw`[\w'’.-]+`;
const ROLE = String.raw`(?:co-)?(?:chief|ceo|cfo|coo|cto|president|chair(?:man|woman)?|head|director|leader|boss)`;

const RULES: Rule[] = [
  { type: 'ended', words: [
    '(?:came|come|comes|coming) to an end', 'collaps(?:ed|es|e)', 'fell apart', 'fell through', 'ended', 'ends', 'ending', 'terminated', 'terminates',
    'called off', 'calls? off', 'abandon(?:ed|s|ing)?', 'scrap(?:ped|s)?', 'walked away', 'walks away', 'broke up', 'breaks up', 'split from',
    'cancel(?:l?ed|s)', 'pulled out of', 'exit(?:ed|s)? (?:the|its) (?:deal|partnership)', 'lapsed', 'shut down', 'shuts down', 'wound down',
    `dropped (?:a|the|their|its) (?:${W} ){0,2}(?:plan|deal|agreement|partnership|bid)`] },
  { type: 'ipo', solo: true, says: 'goes public', caseSensitive: true, words: [
    '(?:[Mm]arket|[Tt]rading|[Ss]tock|[Ss]hare|Nasdaq|NYSE|[Ee]xchange|[Pp]ublic) debut', 'debut(?:ed|s)? on the (?:Nasdaq|NYSE|New York Stock Exchange|stock market)',
    'went public', 'go(?:es|ing)? public', 'initial public offering', 'IPO', 'list(?:ed|s) its shares', 'direct listing', 'listing on the',
    'list(?:ed|s|ing)? on the (?:Nasdaq|NYSE|New York Stock Exchange|London Stock Exchange|Tokyo Stock Exchange|stock market|[A-Z][\\w ]{0,30} (?:Stock )?Exchange)',
    '(?:began|begins|started|starts) trading on'] },
  { type: 'regulatory', words: [
    'su(?:e|ed|es|ing)', 'lawsuits?', 'antitrust', 'fined?', 'probe', 'complaint', 'objections?', 'provisional findings', 'charged',
    'filed for arbitration', 'arbitration', 'settled', 'settles', 'settlement', 'motion to dismiss'] },
  { type: 'regulatory', authority: 'solo', says: 'acts', words: [
    'block(?:ed|s|ing)?', 'clear(?:ed|s)', 'approv(?:e|ed|es|al)', 'investigat(?:e|ed|es|ing|ion)', 'inquir(?:y|ies)', 'review(?:ed|ing)?',
    'examin(?:e|ed|ing)', 'ruling', 'ruled'] },
  { type: 'regulatory', authority: 'always', solo: true, says: 'acts', words: [
    'grounded', 'grounds', 'barred', 'bars', 'banned', 'bans', 'restrict(?:ed|s)', 'rescind(?:ed|s)?', 'tighten(?:ed|s)', 'dismiss(?:ed|es)', 'rejected',
    'set aside', 'imposed', 'accused', 'blacklist(?:ed)?', 'halt(?:ed)?', 'sanction(?:ed|s)?', 'award(?:ed)?', '(?:a |an )?grants? of',
    `issued (?:a |an |the )?(?:${W} ){0,3}(?:rule|order|ruling|regulation|guidance|report)`, 'need a license', 'required a license', 'requires? a license',
    `opened (?:a |an )?(?:${W} ){0,2}(?:investigation|inquiry|probe|case)`] },
  { type: 'acquisition', words: [
    String.raw`paid ${N}\$[\d.,]+(?: \w+)? for`, 'acquir(?:e|ed|es|ing)', 'acquisitions? of',
    '(?:bought|buy(?:s|ing)?|sold|sell(?:s|ing)?)(?! (?:\\w+ )?(?:shares|stock|stakes?|a stake|back|bonds|debt))', '(?:to |agreed to )purchase', 'purchased', 'purchases? of',
    'merg(?:e|ed|es|ing) with', 'merger (?:with|of|between)', 'takeover of', 'took over', 'takes? over', 'taking over', 'agreed to pay for', 'b(?:uy|ought) back',
    `(?:announc(?:ed|es|ing)|complet(?:ed|es|ing)|clos(?:ed|es|ing)|agreed to|struck|reached) (?:the |its |their |an? )?(?:[\\w$.,-]+ ){0,3}(?:deal|acquisition|merger|purchase|takeover|transaction)`] },
  { type: 'hire', solo: true, says: 'changes its leadership', words: [
    'hir(?:e|ed|es|ing)', 'appoint(?:ed|s|ment)?', `named (?:${W} ){0,4}(?:as )?(?:its |the |an? )?(?:new |interim |permanent |two |three )?(?:interim )?${ROLE}`,
    `join(?:ed|s|ing)? (?:${W} ){0,3}(?:as|team|board)`, `became (?:${W} ){0,2}(?:chief executive|ceo|president|chair)`, 'recruit(?:ed|s)?', 'poach(?:ed)?', 'to lead',
    'fired', 'ousted', 'reinstated', 'took the reins', 'takes? the reins', 'stepped down', 'steps? down', 'stepping down', 'resign(?:ed|s)?', 'retir(?:e|ed|es|ing)',
    '(?:will|would) leave', 'returned to', 'succeed(?:ed|s)', 'promoted', `picked (?:${W} ){1,4}as`, 'permanent replacement',
    `replac(?:e|ed|es|ing) (?:its |their |the |his |her )?(?:${W} )?(?:${ROLE}|management|leadership|board)`, `to replace (?:${W} ){1,3}(?:as|with)`,
    `(?:will |would )?replace (?:${W} ){1,3}as`] },
  { type: 'investment', words: [
    '(?:bought|buy|buys|buying|purchased?) (?:\\w+ )?(?:shares|stock|a stake|stakes)', `valu(?:ed|es|ing) (?:${W} ){1,3}at ${N}\\$`,
    '(?:took part|participated) in the (?:funding )?round', 'joined the (?:funding )?round', `invest(?:ed|s|ing|ment|ments|or|ors)?(?: (?:${SUM}))? in`,
    'stake in', 'backed by', 'backs', `put (?:in )?${SUM}(?: into| in)?`, 'pledged', `(?:took|takes|take|taken|acquired) (?:a |minority |majority |\\w+ ){0,2}stakes?`,
    'convertible note', 'with participation from', 'invest another'] },
  { type: 'investment', solo: true, money: true, says: 'raises money', words: [
    'funding round', 'raised', 'raises', 'fundraising', `led (?:a|the|its) (?:${SUM} )?(?:${W} )?(?:funding )?round`, 'round led by', `lined up ${SUM}`,
    `closed (?:a|an|its) (?:${SUM} )?(?:${W} )?(?:funding )?round`, 'series [a-k] round'] },
  { type: 'partnership', words: [
    'partner(?:ed|s|ing|ship|ships)? with', 'partnership', 'teamed up', 'team up', 'alliance', 'collaborat(?:e|ed|es|ion|ing) with', 'joint venture', 'venture with',
    '(?:exclusive )?(?:cloud )?provider (?:for|to)', 'agreements? with', 'deal with', `licens(?:e|ed|es|ing) (?:(?:its|their|the) )?(?:${W} ){0,2}(?:technology|models?|patents?|software|content|archive)`,
    'signed (?:a|an) \\w+', 'integrat(?:e|ed|es|ion) with', "uses? (?:\\w+'s )?(?:\\w+ ){0,2}(?:models?|technology|chips|cloud|services|platform)",
    `ordered (?:${N}[\\d.,]+ )?(?:${W} ){0,4}from`, 'orders? from', 'agreed to supply', 'supply (?:deal|agreement|contract)', `signed up (?:${W} ){1,3}as (?:a )?customer`,
    'as a customer', 'licensing (?:deal|agreement|pact)', 'agreed to license', `signed (?:an?|its own|a similar) (?:${W} )?(?:agreement|deal|contract|pact)`,
    `struck (?:a|an|its own) (?:${W} ){0,2}(?:deal|partnership|agreement)`] },
  // the noun ("at launch", "the release") and the infinitive name no launch that happened
  { type: 'product', words: ['launch(?:ing)?', 'releas(?:e|ing)', 'unveiling', 'introduc(?:e|ing)'] },
  { type: 'product', solo: true, says: 'launches', words: [
    'launch(?:ed|es)', 'releas(?:ed|es)', 'unveil(?:ed|s)', 'introduc(?:ed|es)', 'rolled out', 'rolls out', 'debut(?:ed|s)',
    'open[- ]sourc(?:e|ed|es|ing)', `made (?:${W} ){1,5}open source`, '(?:began|begins|started|starts) selling', 'renamed', 'went on sale', 'goes on sale',
    'delivered (?:its )?first', 'delivered to customers', 'brought back', `opened (?:${W} ){0,3}to (?:everyone|the public|all users)`] },
  { type: 'other', words: [
    '(?:termination|break-?up|break) fee', 'tensions?', 'clash(?:ed|es)?', 'rivalry', 'compet(?:e|ed|es|ing) (?:directly |head-on )?with'] },
  { type: 'other', solo: true, says: 'is founded', words: ['founded', 'co-founded', 'was started by'] },
  { type: 'other', solo: true, says: 'cuts jobs', words: [
    'laid off', 'lay(?:s|ing)? off', 'layoffs?', 'let go (?:of )?', 'job cuts', `eliminat(?:e|ed|es|ing) ${N}[\\d.,]+ (?:jobs|positions|roles)`,
    `cut(?:s|ting)? ${N}[\\d.,]+(?: ?%| percent)?(?: to [\\d.,]+(?: ?%| percent))? (?:of )?(?:its |their |the )?(?:${W} ){0,2}(?:jobs|workforce|work force|staff|employees|workers|positions|roles|headcount)`,
    `cut(?:s|ting)? (?:${W} ){0,3}jobs`] },
  { type: 'other', solo: true, says: 'moves its headquarters', words: [`mov(?:e|ed|es|ing) (?:its |their )?headquarters`] },
];

export const COMPILED = RULES.map((r) => ({ ...r, re: new RegExp(String.raw`\b(?:${r.words.join('|')})\b`, r.caseSensitive ? 'g' : 'gi') }));

export const PRIORITY: EventType[] = [...new Set(RULES.map((r) => r.type))];

// exec with lastIndex rather than matchAll: matchAll copies the expression on every call
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (!m[0].length) re.lastIndex++;
  }
}

export function findTriggers(clause: string, offset: number): Trigger[] {
  const vetoed: [number, number][] = [];
  for (const re of VETOES) for (const m of matches(re, clause)) vetoed.push([m.index, m.index + m[0].length]);
  const out: Trigger[] = [];
  for (const r of COMPILED) {
    for (const m of matches(r.re, clause)) {
      if (vetoed.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
      out.push({
        type: r.type, start: offset + m.index, end: offset + m.index + m[0].length, verb: m[0].toLowerCase(),
        solo: !!r.solo || r.authority === 'solo', authority: r.authority ?? null, says: r.says ?? null, money: !!r.money,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
