// One run of capitalised words may hold several names: "Salesforce CEO Marc Benioff", "Microsoft and
// OpenAI", "Daimler AG and Chrysler Holding LLC". Known names are kept whole first ("General Motors"
// is no title "General" before "Motors").

import { DEMONYMS, GENERIC_WORDS, PERSON_TITLES } from './lexicon/generic-words';
import { COMPANY_SET, LEGAL_FORMS, ORG_SUFFIX } from './lexicon/companies';
import { FIRST_NAMES } from './lexicon/first-names';
import { PLACES_SET } from './lexicon/places';
import { isAllCaps, type Token } from './tokens';

export const CONNECTORS = new Set(['of', 'and', '&', 'de', 'van', 'von', 'der', 'du', 'da', 'la', 'le', 'al', 'bin', 'del', 'dos', 'for']);
const TITLE_ENDS = new Set(['officer', 'executive', 'director', 'president', 'counsel', 'scientist', 'economist', 'strategist', 'editor', 'correspondent', 'secretary', 'minister', 'chairman', 'chairwoman']);
// words that open a title only when a title word follows: "Prime Minister", "Vice Chairman"
const TITLE_LEADS = new Set(['prime', 'vice', 'managing', 'executive', 'assistant', 'associate', 'senior', 'deputy', 'general']);

const keyOf = (ts: Token[]): string => ts.map((x) => x.lower.replace(/\./g, '')).join(' ');
const known = (ts: Token[]): boolean => COMPANY_SET.has(keyOf(ts)) || PLACES_SET.has(keyOf(ts));
const orgLike = (ts: Token[]): boolean => ORG_SUFFIX.has(ts.at(-1)?.lower ?? '') || COMPANY_SET.has(keyOf(ts));

// "US" is the country, "us" the pronoun
const knownAcronym = (t: Token): boolean => isAllCaps(t.word) && known([t]);

/** Length of the longest known name of two to four words starting at k, or 0. */
function knownAt(run: Token[], k: number): number {
  for (let n = Math.min(4, run.length - k); n >= 2; n--) if (known(run.slice(k, k + n))) return n;
  return 0;
}

// A name complete by itself before "and": a known one, an acronym, or two or more words ending on a
// company's suffix with no "of" inside ("Insight Partners", not "Securities" or "Department of Energy").
function completeName(cur: Token[]): boolean {
  if (!cur.length) return false;
  if (COMPANY_SET.has(keyOf(cur))) return true;
  if (cur.length === 1) return isAllCaps(cur[0]!.word) && cur[0]!.word.length >= 2;
  return ORG_SUFFIX.has(cur.at(-1)!.lower) && !cur.some((t) => t.lower === 'of' || t.lower === 'for');
}

function titleEnd(run: Token[], k: number): number {
  const t = run[k]!;
  if (!PERSON_TITLES.has(t.lower) && !TITLE_LEADS.has(t.lower)) return -1;
  const end = run.slice(k + 1, k + 4).findIndex((x) => TITLE_ENDS.has(x.lower) || (TITLE_LEADS.has(t.lower) && PERSON_TITLES.has(x.lower)));
  return end;
}

export function splitRun(run: Token[]): Token[][] {
  const pieces: Token[][] = [];
  let cur: Token[] = [];
  const cut = (): void => {
    if (cur.length) pieces.push(cur);
    cur = [];
  };
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!;
    const kn = knownAt(run, k);
    if (kn) {
      if (cur.length && (LEGAL_FORMS.has(cur.at(-1)!.lower) || known(cur))) cut();
      cur.push(...run.slice(k, k + kn));
      k += kn - 1;
      continue;
    }
    // "Chief Technology Officer Mira Murati": the words between "Chief" and "Officer" belong to the title
    const end = titleEnd(run, k);
    if (end >= 0) {
      cut();
      k += end + 1;
      continue;
    }
    if (PERSON_TITLES.has(t.lower) || (GENERIC_WORDS.has(t.lower) && !DEMONYMS.has(t.lower) && !cur.length && !knownAcronym(t))) {
      cut();
      continue;
    }
    if (t.lower === 'and' || t.lower === '&') {
      // "Competition and Markets Authority" is one name; "Intel and Keel Semiconductor" two
      if (!completeName(cur) && (orgLike(run.slice(k - cur.length)) || orgLike(run))) { cur.push(t); continue; }
      cut();
      continue;
    }
    // "Alaska Airlines 737 Max 9": a company's name, then a model number, are two names
    if (cur.length > 1 && /^\d/.test(t.word) && ORG_SUFFIX.has(cur.at(-1)!.lower)) cut();
    // "envoy to Ukraine Kurt Volker", "Kestrel LLC Anna Berg": a complete name, then a given name, are two names
    if (cur.length && FIRST_NAMES.has(t.lower) && (known(cur) || LEGAL_FORMS.has(cur.at(-1)!.lower))) cut();
    cur.push(t);
  }
  cut();
  // a name never ends on a connector or a generic word ("Microsoft Monday"), but may on a suffix ("Inflection AI")
  return pieces
    .map((p) => { while (p.length > 1 && (CONNECTORS.has(p.at(-1)!.lower) || (GENERIC_WORDS.has(p.at(-1)!.lower) && !ORG_SUFFIX.has(p.at(-1)!.lower)))) p = p.slice(0, -1); return p; })
    .filter((p) => p.length && (/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(p[0]!.word) || (/^\d/.test(p[0]!.word) && p.length > 1)) && !(p.length === 1 && (CONNECTORS.has(p[0]!.lower) || (GENERIC_WORDS.has(p[0]!.lower) && !knownAcronym(p[0]!)))));
}
