// One chunk of a byline ("Jane Doe", "JOE HILDEBRAND", "Brenda Goodman Senior Reporter") read as a person's
// name, or rejected. Rejections come in two kinds: noise that sits beside a name (a job title, an agency) is
// dropped quietly, while lowercase prose ("signing up you agree") tells the caller the whole string is no byline.

import { MONTHS } from '../text/dates';

// A capitalised word, allowing McDonald, VanDerWerff, O'Brien, Adjei-Brant and a trailing initial's dot. Inner
// capitals only follow short prefixes (Mc, Mac, Van, De), so "WebMD", "BuzzFeed" and CamelCase handles fail.
const NAME_WORD = /^(?:\p{Lu}\p{Ll}{1,2}){0,2}\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}*(?:\p{Lu}\p{Ll}+)?)*\.?$/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const CONTACT = /\b(?:https?:\/\/|www\.)\S*|\S+@\S+|@\w+|\S+\.(?:com|org|net)\S*/gi;
const EDGE_PUNCT = /^[\s,;:.\-–—|/·•*"“”'‘’()[\]]+|[\s,;:\-–—|/·•*"“”'‘’()[\]]+$/g;
const SHOUTING = /\p{Lu}{3}/u;
const LOWER_START = /^\p{Ll}/u;

const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'al',
  'el', 'zu', 'af', 'ibn',
]);
const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'rev']);
// lowercase links between a name and its outlet: "Jane Doe for CNN", "Jane Doe of Reuters"
const AFFILIATION = new Set(['for', 'at', 'of', 'from', 'in', 'on', 'via']);
const TITLES = new Set([
  'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors', 'correspondent', 'correspondents', 'columnist',
  'columnists', 'contributor', 'contributors', 'contributing', 'staff', 'staffer', 'senior', 'chief', 'associate',
  'assistant', 'managing', 'executive', 'deputy', 'bureau', 'producer', 'analyst', 'journalist', 'photographer',
  'intern', 'critic', 'host', 'anchor', 'director', 'manager', 'founder', 'ceo', 'president', 'special', 'freelance',
  'guest', 'author', 'authors', 'researcher', 'professor', 'blogger', 'national', 'political', 'business',
  'technology', 'tech', 'science', 'health', 'sports', 'opinion', 'global', 'economics', 'markets', 'finance',
  'politics', 'culture', 'travel', 'features',
]);
const ORGS = new Set([
  'reuters', 'bloomberg', 'afp', 'ap', 'upi', 'dpa', 'efe', 'ansa', 'xinhua', 'tass', 'kyodo', 'yonhap', 'cnn', 'bbc',
  'npr', 'pa', 'associated', 'press', 'presse', 'agence', 'agencies', 'agency', 'wire', 'wires', 'news', 'media',
  'newsroom', 'desk', 'team', 'board', 'editorial', 'organization', 'organisation', 'inc', 'ltd', 'llc', 'group',
  'taboola', 'outbrain', 'service', 'developers',
]);
const CREDENTIALS = new Set([
  'ma', 'md', 'phd', 'rn', 'mph', 'mba', 'msc', 'bsc', 'ba', 'bs', 'jd', 'cpa', 'dds', 'dvm', 'rd', 'ld', 'facp', 'lcsw',
  'jr', 'sr', 'ii', 'iii',
]);
const STOP = new Set([
  'the', 'by', 'and', 'follow', 'share', 'updated', 'published', 'posted', 'admin', 'administrator', 'anonymous',
  'unknown', 'more', 'view', 'read', 'comments', 'comment', 'email', 'twitter', 'facebook', 'linkedin', 'instagram',
  'about', 'home', 'latest', 'menu', 'search', 'sign', 'subscribe', 'login', 'photo', 'photos', 'video', 'image',
  'today', 'yesterday', 'this', 'our', 'your', 'we', 'it', 'click', 'see', 'all', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'ago', 'min', 'mins', 'minutes', 'my', 'feed', 'rss',
]);

const key = (w: string): string => w.toLowerCase().replace(/[.,]/g, '');
const titleCase = (s: string): string => s.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

export interface NameReading {
  name: string | null;
  /** lowercase words where a name should be: the text around it is a sentence, not a byline */
  prose: boolean;
}

export function readName(raw: string): NameReading {
  let s = raw.replace(CONTACT, ' ');
  const digit = s.search(/\d/);
  if (digit >= 0) s = s.slice(0, digit); // "Lucas Nolan22 Dec 2016651": what follows a digit is never the name
  s = s.replace(/\s+/g, ' ').replace(EDGE_PUNCT, '');
  const shouting = !/\p{Ll}/u.test(s) && SHOUTING.test(s);
  if (shouting) s = titleCase(s);
  const words = s.split(' ').filter(Boolean);
  while (words.length && HONORIFICS.has(key(words[0]!))) words.shift();
  const out: string[] = [];
  for (const w of words) {
    if (out.length && PARTICLES.has(w)) {
      out.push(w);
      continue;
    }
    if (LOWER_START.test(w)) {
      if (out.length >= 2 && AFFILIATION.has(w)) break;
      return { name: null, prose: true };
    }
    const k = key(w);
    // one capitalised word before a job title or outlet belongs to it: "Games Editor", "BuzzFeed News"
    if ((TITLES.has(k) || ORGS.has(k)) && out.length === 1) return { name: null, prose: false };
    if (STOP.has(k) || TITLES.has(k) || ORGS.has(k) || CREDENTIALS.has(k)) break;
    if (!NAME_WORD.test(w) && !INITIALS.test(w)) break;
    out.push(w);
  }
  while (out.length && PARTICLES.has(out[out.length - 1]!)) out.pop();
  if (!out.length || out.length > 5) return { name: null, prose: false };
  // a lone word in capitals ("FAIL", "NEWS") is a label far more often than a mononymous author
  if (out.length === 1 && (shouting || out[0]!.length < 2 || key(out[0]!) in MONTHS)) return { name: null, prose: false };
  return { name: out.join(' ').replace(/(\p{L}{2,})\.$/u, '$1'), prose: false };
}

/** A clean person name from one chunk of a byline, or null. */
export function cleanName(raw: string): string | null {
  return readName(raw).name;
}

/** Words that cannot stand in a "Last, First" pair: "Goodman, MA" and "Doe, Reuters" are not names turned round. */
export function isNoiseWord(w: string): boolean {
  const k = key(w);
  return STOP.has(k) || TITLES.has(k) || ORGS.has(k) || CREDENTIALS.has(k);
}

export const isParticle = (w: string): boolean => PARTICLES.has(w);
export const isNameWord = (w: string): boolean => NAME_WORD.test(w) || INITIALS.test(w);
