// The type of a name, from what it is (word lists), how it is written (digits, inner capitals, a
// company's suffix) and the words around its mentions (titles, "the startup X", "its X app").

import type { EntityType } from '../types';
import { FIRST_NAMES } from './lexicon/first-names';
import { PLACE_SUFFIX, PLACES_SET } from './lexicon/places';
import { isWorldPlace } from './lexicon/world-place';
import { COMPANY_SET, ORG_SUFFIX } from './lexicon/companies';
import { PRODUCT_SET, PRODUCT_SUFFIX } from './lexicon/products';
import { GENERIC_WORDS, NOT_ALONE } from './lexicon/generic-words';
import { hasInnerCap, isAllCaps } from './tokens';

export interface Group {
  key: string;
  words: string[];
  mid: number;
  personCue: number;
  orgCue: number;
  productCue: number;
  placeCue: number;
  saidCue: number;
  possessive: number;
}

export interface ClassifyContext {
  /** lower-case words the article also uses in lower case: common nouns, not names */
  lowerVocab: ReadonlySet<string>;
  isOrg: (key: string) => boolean;
  /** whether the word also stands alone as a name in the article */
  isSingle: (key: string) => boolean;
  /** not English prose: only names the word lists know, or with strong cues, are typed */
  conservative: boolean;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

// "AeroSystems", "BioLabs": a company's suffix written inside one word
export const suffixInside = (w: string): boolean => {
  const m = /^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)$/u.exec(w);
  return !!m && ORG_SUFFIX.has(m[1]!.toLowerCase());
};

// "iPod", "iOS 4": a lower-case "i" before a capital is how makers name products, not companies
const I_PRODUCT = /^i\p{Lu}/u;

export function knownType(key: string): EntityType | null {
  if (PLACES_SET.has(key)) return 'place';
  if (COMPANY_SET.has(key)) return 'organization';
  if (PRODUCT_SET.has(key)) return 'product';
  return null;
}

export function classify(g: Group, ctx: ClassifyContext): EntityType | null {
  const known = knownType(g.key);
  if (known) return known;
  const lw = g.words.map((w) => w.toLowerCase());
  const last = lw.at(-1)!;
  if (lw.every((w) => GENERIC_WORDS.has(w) || ctx.lowerVocab.has(w))) return null;
  // "Series J", "Chapter 11", "F": a section or a round, not a name
  if (NOT_ALONE.has(lw[0]!) && (g.words.length === 1 || /^(\p{L}|\d+\p{L}?)$/u.test(g.words[1]!)) && g.words.length <= 2) return null;
  if (g.key.length === 1) return null;
  if (I_PRODUCT.test(g.words[0]!) || PRODUCT_SET.has(lw[0]!)) return g.orgCue > g.productCue ? 'organization' : 'product';
  if (g.words.length >= 2) {
    const personal = FIRST_NAMES.has(lw[0]!) && !/\d/.test(g.key);
    if (personal && (!ORG_SUFFIX.has(last) || (g.personCue && !g.orgCue))) return 'person';
    if (g.placeCue && !g.orgCue && !ORG_SUFFIX.has(last)) return 'place';
    if (PRODUCT_SUFFIX.has(last)) return 'product';
    if (ORG_SUFFIX.has(last) || suffixInside(g.words.at(-1)!)) return 'organization';
    if (PLACE_SUFFIX.has(last) && !lw.includes('for') && !g.orgCue && !g.saidCue && !g.possessive) return 'place';
    // "Ford Australia", "Acme India": a company's arm in a country
    if (ctx.isOrg(lw[0]!) && g.words.length === 2 && PLACES_SET.has(last)) return 'organization';
    if (/\d/.test(g.key)) return 'product';
    const known = lw.some((w) => PLACES_SET.has(w) || COMPANY_SET.has(w)) || lw.slice(1).some((w, i) => COMPANY_SET.has(`${lw[i]} ${w}`) || PLACES_SET.has(`${lw[i]} ${w}`));
    if (g.personCue && !known) return 'person';
    if (g.orgCue) return 'organization';
    if (g.productCue) return 'product';
    if (ctx.isOrg(lw[0]!)) return 'product';
    if (isWorldPlace(g.key) && !g.saidCue) return 'place';
    // an unknown two- or three-word name is a person when the article then calls it by the surname alone
    if (ctx.conservative) return 'other';
    if (g.words.length <= 3 && g.words.every((w) => TITLE_CASE.test(w)) && !lw.some((w) => ctx.lowerVocab.has(w)) && !known && (ctx.isSingle(last) || g.saidCue)) return 'person';
    return 'other';
  }
  const word = g.words[0]!;
  // a word seen capitalised only where every word is (sentence starts) is an ordinary word
  if (!g.mid) return null;
  if (/\d/.test(word)) return 'product';
  if (g.personCue && !g.orgCue) return 'person';
  if (g.placeCue && !g.orgCue && !g.productCue) return 'place';
  if (g.productCue) return 'product';
  if (g.orgCue) return 'organization';
  // places do not speak: "Lincoln said" is a person or a company even where a town has the name
  if (isWorldPlace(g.key) && !g.saidCue && !isAllCaps(word)) return 'place';
  // outside English prose capitals do not mark names, so unknown single words stay untyped
  if (ctx.conservative) return 'other';
  // "X-shaped", "LEDs": a letter with a suffix, a plural acronym
  if (/^\p{Lu}-\p{Ll}/u.test(word) || /^\p{Lu}{2,}s$/u.test(word)) return 'other';
  // unknown acronyms are mostly units and jargon ("SUV", "HVAC"), unless they act: "X said", "X's"
  if (isAllCaps(word)) return g.saidCue || g.possessive ? 'organization' : 'other';
  if (/^\p{Ll}/u.test(word)) return 'other';
  if (hasInnerCap(word)) return 'organization';
  if (FIRST_NAMES.has(lw[0]!)) return 'other';
  return 'organization';
}
