// The merge key of an organisation or person: one spelling for "Microsoft Corp.", "Microsoft Corporation" and
// "microsoft", so articles that write the name differently add to the same record.

import { LEGAL_FORMS } from '../entities/lexicon/companies';

/**
 * Legal forms say how a company is registered, not which company it is; dropped from the end of a name. The
 * entities stage's abbreviations, plus the spelled-out and rarer forms a name written by another outlet may end on.
 */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  ...['incorporated', 'corporation', 'company', 'cos', 'limited', 'llp', 'lp', 'srl', 'oy', 'pty', 'pte', 'sas'],
]);
// left dangling once a suffix goes: "JPMorgan Chase & Co." -> "jpmorgan chase &"
const DANGLING = new Set(['&', 'and', ',']);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
}

export function nameKey(name: string): string {
  const w = words(name);
  if (w[0] === 'the' && w.length > 1) w.shift();
  // never strip the whole name: "Company" alone stays "company"
  while (w.length > 1 && (LEGAL_SUFFIXES.has(w[w.length - 1]!) || DANGLING.has(w[w.length - 1]!))) w.pop();
  return w.join(' ');
}

/** "Sam Altman" has two words; a one-word form ("Altman", "Commission") is too common to merge on its own. */
export const wordCount = (name: string): number => words(name).length;
