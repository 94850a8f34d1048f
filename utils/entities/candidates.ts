// Candidate names: runs of capitalised words inside a sentence, split where a title ("CEO"), a list
// ("A, B and C") or punctuation separates two names, each with the context words that hint at its type.

import type { Sentence } from '../text/sentences';
import { DEMONYMS, GENERIC_WORDS, PERSON_TITLES } from './lexicon/generic-words';
import { COMPANY_SET, ORG_CUES, ORG_SUFFIX } from './lexicon/companies';
import { PRODUCT_CUES } from './lexicon/products';
import { FIRST_NAMES } from './lexicon/first-names';
import { PLACES_SET } from './lexicon/places';
import { isCapitalised, isYear, tokenize, type Token } from './tokens';

export interface Candidate {
  words: string[];
  start: number;
  end: number;
  sentenceStart: boolean;
  possessive: boolean;
  personCue: boolean;
  orgCue: boolean;
  productCue: boolean;
  /** followed by "said", "told", ", who": a person or an organisation speaking */
  saidCue: boolean;
}

const CONNECTORS = new Set(['of', 'and', '&', 'de', 'van', 'von', 'der', 'du', 'da', 'la', 'le', 'al', 'bin', 'del', 'dos']);
const SAID = new Set(['said', 'says', 'told', 'added', 'wrote', 'noted', 'argued', 'explained', 'who']);
const TITLE_ENDS = new Set(['officer', 'executive', 'director', 'president', 'counsel', 'scientist', 'economist', 'strategist', 'editor', 'correspondent', 'secretary', 'minister']);
// "hired X", "named X": verbs whose object is a person
const PEOPLE_VERBS = new Set(['hired', 'appointed', 'named', 'poached', 'recruited', 'promoted', 'fired', 'ousted']);
const APPOSITIVE_LEAD = new Set(['a', 'an', 'the', 'its', 'their', 'who', 'whose', 'his', 'her']);

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
      while (j < toks.length && joins(toks[j]!) && !toks[j - 1]!.possessive && !skip(toks[j]!.start)) {
        const w = toks[j]!.word;
        if (isCapitalised(w) || (/^\d{1,4}$/.test(w) && !isYear(w))) { j++; continue; }
        if (CONNECTORS.has(w) && j + 1 < toks.length && isCapitalised(toks[j + 1]!.word) && joins(toks[j + 1]!)) { j += 2; continue; }
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

// One run may hold several names: "Salesforce CEO Marc Benioff", "Microsoft and OpenAI".
function splitRun(run: Token[]): Token[][] {
  const pieces: Token[][] = [];
  let cur: Token[] = [];
  const orgLike = (ts: Token[]): boolean => ORG_SUFFIX.has(ts.at(-1)?.lower ?? '') || COMPANY_SET.has(ts.map((x) => x.lower).join(' '));
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!;
    // "Chief Technology Officer Mira Murati": the words between "Chief" and "Officer" belong to the title
    if (PERSON_TITLES.has(t.lower)) {
      const end = run.slice(k + 1, k + 4).findIndex((x) => TITLE_ENDS.has(x.lower));
      if (end >= 0) {
        if (cur.length) pieces.push(cur);
        cur = [];
        k += end + 1;
        continue;
      }
    }
    if (PERSON_TITLES.has(t.lower) || (GENERIC_WORDS.has(t.lower) && !DEMONYMS.has(t.lower) && !cur.length)) {
      if (cur.length) pieces.push(cur);
      cur = [];
      continue;
    }
    if (t.lower === 'and' || t.lower === '&') {
      // "Competition and Markets Authority" is one name; "Intel and Tower Semiconductor" two
      const leftIsName = cur.length > 0 && COMPANY_SET.has(cur.map((x) => x.lower).join(' '));
      if (!leftIsName && (orgLike(run.slice(k - cur.length)) || orgLike(run))) { cur.push(t); continue; }
      if (cur.length) pieces.push(cur);
      cur = [];
      continue;
    }
    // "envoy to Ukraine Kurt Volker": a known place or company, then a given name, are two names
    const curKey = cur.map((x) => x.lower).join(' ');
    if (cur.length && FIRST_NAMES.has(t.lower) && (PLACES_SET.has(curKey) || COMPANY_SET.has(curKey))) {
      pieces.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) pieces.push(cur);
  // a name never ends on a connector or a generic word ("Microsoft Monday"), but may on a suffix ("Inflection AI")
  return pieces
    .map((p) => { while (p.length > 1 && (CONNECTORS.has(p.at(-1)!.lower) || (GENERIC_WORDS.has(p.at(-1)!.lower) && !ORG_SUFFIX.has(p.at(-1)!.lower)))) p = p.slice(0, -1); return p; })
    .filter((p) => p.length && isCapitalised(p[0]!.word) && !(p.length === 1 && (CONNECTORS.has(p[0]!.lower) || GENERIC_WORDS.has(p[0]!.lower))));
}

function describe(piece: Token[], toks: Token[], sentenceStart: boolean): Candidate {
  const first = toks.indexOf(piece[0]!), last = toks.indexOf(piece.at(-1)!);
  const before = toks.slice(Math.max(0, first - 3), first).map((t) => t.lower);
  const prev = toks[first - 1];
  const next = toks[last + 1]?.lower ?? '';
  return {
    words: piece.map((t) => t.word),
    start: piece[0]!.start,
    end: piece.at(-1)!.end,
    sentenceStart: sentenceStart && first === 0,
    possessive: piece.at(-1)!.possessive,
    personCue: (!!prev && (PERSON_TITLES.has(prev.lower) || HONORIFIC.test(prev.word) || PEOPLE_VERBS.has(prev.lower))) || appositiveRole(toks, last),
    saidCue: SAID.has(next),
    orgCue: before.some((w) => ORG_CUES.has(w)) || PERSON_TITLES.has(next),
    productCue: PRODUCT_CUES.has(next) || before.some((w) => w === 'launched' || w === 'released'),
  };
}
