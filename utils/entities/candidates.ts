// Candidate names: runs of capitalised words inside a sentence, split where a title ("CEO"), a list
// ("A, B and C") or punctuation separates two names, each with the context words that hint at its type.

import type { Sentence } from '../text/sentences';
import { PERSON_TITLES } from './lexicon/generic-words';
import { COMPANY_SET, FOR_HEADS, ORG_CUES } from './lexicon/companies';
import { PRODUCT_CUES, PRODUCT_LEADS } from './lexicon/products';
import { PLACE_LEADS, PLACES_SET } from './lexicon/places';
import { isCapitalised, isYear, tokenize, type Token } from './tokens';
import { CONNECTORS, splitRun } from './split-run';

export interface Candidate {
  words: string[];
  start: number;
  end: number;
  sentenceStart: boolean;
  possessive: boolean;
  personCue: boolean;
  orgCue: boolean;
  productCue: boolean;
  /** "Kansas-based", "based in X", "X, Texas": a place */
  placeCue: boolean;
  /** followed by "said", "told", ", who": a person or an organisation speaking */
  saidCue: boolean;
}

const SAID = new Set(['said', 'says', 'told', 'added', 'wrote', 'noted', 'argued', 'explained', 'who']);
// "hired X", "named X": verbs whose object is a person
const PEOPLE_VERBS = new Set(['hired', 'appointed', 'named', 'poached', 'recruited', 'promoted', 'fired', 'ousted']);
const APPOSITIVE_LEAD = new Set(['a', 'an', 'the', 'its', 'their', 'who', 'whose', 'his', 'her']);

// "Boeing 90 days", "Acme 3 percent": a number before a counted noun is no part of the name
const countsSomething = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.word) && (/s$/.test(t.word) || /^(percent|per|million|billion|trillion|thousand|hundred)$/.test(t.lower));

// "Bank of America", "Center for Countering Hate", "Shadow of the Erdtree": lower-case words inside a name
function connectorLength(toks: Token[], j: number): number {
  const w = toks[j]!.word;
  if (!CONNECTORS.has(w)) return 0;
  if (w === 'for' && !FOR_HEADS.has(toks[j - 1]!.lower)) return 0;
  const the = (w === 'of' || w === 'for') && toks[j + 1]?.word === 'the' ? 1 : 0;
  const next = toks[j + 1 + the];
  return next && isCapitalised(next.word) && joins(next) && (!the || joins(toks[j + 1]!)) ? 1 + the : 0;
}

// "X, a co-founder of Y" / "X, the chief executive": a comma, then a role within a few words
function appositiveRole(toks: Token[], last: number): boolean {
  const next = toks[last + 1];
  if (!next || !next.gap.includes(',') || !APPOSITIVE_LEAD.has(next.lower)) return false;
  return toks.slice(last + 1, last + 6).some((t) => PERSON_TITLES.has(t.lower) || t.lower === 'co-founder' || t.lower === 'founder');
}

const HONORIFIC = /^(mr|mrs|ms|dr|sir|dame)\.?$/i;

const joins = (t: Token): boolean => !t.gap || /^\s+$/.test(t.gap) || t.gap === '-';

export function findCandidates(text: string, sentences: Sentence[], skip: (start: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const toks = tokenize(text, s.start, s.end);
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      if (!isCapitalised(t.word) || skip(t.start)) { i++; continue; }
      let j = i + 1;
      while (j < toks.length && joins(toks[j]!) && !toks[j - 1]!.possessive && !toks[j - 1]!.suffix && !skip(toks[j]!.start)) {
        const w = toks[j]!.word;
        if (isCapitalised(w) || (/^\d{1,4}$/.test(w) && !isYear(w) && !countsSomething(toks[j + 1]))) { j++; continue; }
        const link = connectorLength(toks, j);
        if (link) { j += link; continue; }
        break;
      }
      let run = toks.slice(i, j);
      // "Shares of Nvidia": a sentence's first word joined to a name by "of" is an ordinary word
      if (i === 0 && run.length > 2 && run[1]!.lower === 'of' && !COMPANY_SET.has(run.map((t) => t.lower).join(' '))) run = run.slice(2);
      for (const piece of splitRun(run)) out.push(describe(piece, toks, piece[0] === toks[0]));
      i = j;
    }
  }
  return out;
}

function describe(piece: Token[], toks: Token[], sentenceStart: boolean): Candidate {
  const first = toks.indexOf(piece[0]!), last = toks.indexOf(piece.at(-1)!);
  const before = toks.slice(Math.max(0, first - 3), first).map((t) => t.lower);
  const prev = toks[first - 1];
  const next = toks[last + 1]?.lower ?? '';
  const prevWord = prev?.lower ?? '';
  const lastTok = piece.at(-1)!;
  // "X, Texas": a name, a comma, then a known place
  const after = toks[last + 1];
  const placeAfter = !!after && after.gap.trim() === ',' && PLACES_SET.has(after.lower.replace(/\./g, '')) && !lastTok.possessive;
  return {
    words: piece.map((t) => t.word),
    start: piece[0]!.start,
    end: piece.at(-1)!.end,
    sentenceStart: sentenceStart && first === 0,
    possessive: piece.at(-1)!.possessive,
    personCue: (!!prev && (PERSON_TITLES.has(prev.lower) || HONORIFIC.test(prev.word) || PEOPLE_VERBS.has(prev.lower))) || appositiveRole(toks, last),
    saidCue: SAID.has(next),
    orgCue: before.some((w) => ORG_CUES.has(w)) || PERSON_TITLES.has(next),
    productCue: PRODUCT_CUES.has(next) || before.some((w) => w === 'launched' || w === 'released') || PRODUCT_LEADS.has(prevWord),
    placeCue: lastTok.suffix === 'based' || lastTok.suffix === 'headquartered' || placeAfter ||
      ((prevWord === 'in' || prevWord === 'of') && PLACE_LEADS.has(before.at(-2) ?? '')),
  };
}
