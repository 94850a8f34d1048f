// Acronyms an article spells out: "Federal Trade Commission (FTC)" lets a later article's "FTC" find the record.

import { nameKey } from './name-key';

// small words acronyms skip ("Bank of America" -> "BoA" is not a rule, but "BA" is not either: both are tried)
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'de', 'des', 'du', 'la', 'le', 'in', 'on', '&']);

/** "FTC", "U.S.", "IBM": capitals (dots allowed), 2 to 8 letters. */
export const isAcronym = (s: string): boolean => /^(?:[A-Z]\.?){2,8}$|^[A-Z][A-Z0-9&]{1,7}$/.test(s.trim());

/** The initials of the name's words, legal suffixes left out: "International Business Machines Corp." -> "IBM". */
export function acronymOf(name: string): string | null {
  const kept = nameKey(name).split(' ');
  const letters = name
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()) && kept.includes(nameKey(w)))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return letters.length >= 2 ? letters : null;
}

/** Does this acronym stand for this name? Dots and case aside: "U.S." and "US" are the same. */
export function standsFor(acronym: string, name: string): boolean {
  const a = acronym.replace(/\./g, '').toUpperCase();
  return isAcronym(acronym) && a === acronymOf(name);
}

/** The acronym the text spells out for this name, as "Name (ACR)" or "ACR (Name)". */
export function spelledOut(text: string, name: string): string | null {
  const acr = acronymOf(name);
  if (!acr || nameKey(name).split(' ').length < 2) return null;
  return text.includes(`${name} (${acr})`) || text.includes(`${acr} (${name})`) ? acr : null;
}
