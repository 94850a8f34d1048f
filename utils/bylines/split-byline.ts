// A byline as written ("By A, B and C/Jan 23, 2025", "Jane Doe | Reuters", "Jong, Michiel de") read into the
// people it names and the date it carries. Shared by the JSON-LD, meta, visible-byline and page-byline readers.

import { findDateSpan, parseDate } from '../text/dates';
import { isNameWord, isNoiseWord, isParticle, readName } from './clean-name';

const SPACES = /[\s\u00a0\u200b]+/g;
const CONTACT = /\b(?:https?:\/\/|www\.)\S*|\S+@\S+\.\w+/gi;
const READ_TIME = /\b\d+\s*-?\s*(?:min(?:ute)?s?|hours?|hrs?)\.?(?:\s+(?:read|reading|listen))?\b/gi;
const CLOCK = /\b\d{1,2}:\d\d(?:\s*[ap]\.?\s?m\.?)?/gi;
const STAMP_WORDS = /\b(?:last\s+)?(?:updated|published|modified)\b(?:\s+on)?:?/gi;
// everything after the editor or fact-checker belongs to them, not to the authors
const EDITOR_TAIL =
  /\b(?:edited|editing|reviewed|fact[- ]check(?:ed|ing)|additional reporting|contributed reporting|illustrations?|graphics|photos?|photographs?|photography|produced|research)\s+by\b.*$/i;
const ET_AL = /\bet\s+al\b\.?/gi;
const PAREN = /\(([^()]*)\)/g;
const SEGMENTS = /\s*[|/•·—–]\s*|\s+-\s+/;
// "Written by", "Story by", French "Par", Spanish "Por", German "Von" at the head of a segment
// and a label with a colon: "Words: A", "Author: A", "Text: A"
const BY_PREFIX =
  /^(?:(?:(?:written|posted|story|words|text|reporting|report|article|column|compiled|interview|review|reviewed|analysis|commentary|opinion|essay|feature)(?:\s+and\s+\p{L}+)?\s+)?(?:by|par|por|von)(?:\s*:\s*|\s+|$)|(?:words|text|authors?|writers?|reporters?|byline|story)\s*:\s*)/iu;
// a labelled line that names someone other than an author: a press release's "Source: Acme Corp", a contact, a credit
const NOT_AUTHOR_LABEL =
  /^\s*(?:sources?|contacts?|media contacts?|media inquiries|press contacts?|investor relations|photos?|images?|credits?|courtesy|via|editors?|edited by)\s*:/i;
// the Oxford comma ("A, B, and C") is one separator, not a comma followed by a chunk starting "and"
const CONJUNCTIONS = /\s*[,;]\s*(?:(?:and|And|AND|&)\s+)?|\s+(?:and|And|AND|und|et|y|e|with|avec|con|og|och)\s+|\s*&\s*|\s+\+\s+/;
const LEADING_LOWER = /^\p{Ll}+\s+/u;
const CAPITALISED_NEXT = /^\s*\p{Lu}/u;

export interface SplitByline {
  names: string[];
  date: string | null;
}

// Parenthesised asides: a URL is dropped, "(avec B et C)" adds co-authors, "Bruno (Henrique) Rodrigues" keeps
// the middle names, a trailing "(Reuters)" becomes one more chunk for the name reader to reject.
function unwrapParens(s: string): string {
  return s.replace(PAREN, (_m, inner: string, at: number, whole: string) => {
    const body = inner.trim();
    if (!body || /\d|@|https?:|www\./i.test(body)) return ' ';
    if (LEADING_LOWER.test(body)) return ` and ${body.replace(LEADING_LOWER, '')} `;
    return CAPITALISED_NEXT.test(whole.slice(at + inner.length + 2)) ? ` ${body} ` : `, ${body} `;
  });
}

// "Jong, Michiel de" and "Doe, Jane" are one person written surname first, not two people.
function surnameFirst(seg: string): string | null {
  const parts = seg.split(',').map((p) => p.trim());
  if (parts.length !== 2 || CONJUNCTIONS.test(parts[0]!) || / (?:and|&) /i.test(parts[1]!)) return null;
  const [last, first] = parts.map((p) => p.split(' ').filter(Boolean)) as [string[], string[]];
  if (last.length !== 1 || !first.length || first.length > 3) return null;
  if (isNoiseWord(last[0]!) || !isNameWord(last[0]!)) return null;
  if (!first.every((w) => isParticle(w) || (isNameWord(w) && !isNoiseWord(w)))) return null;
  return `${first.join(' ')} ${last[0]}`;
}

function namesIn(segment: string): string[] {
  if (NOT_AUTHOR_LABEL.test(segment)) return [];
  const seg = segment.replace(BY_PREFIX, '').trim();
  if (!seg) return [];
  const flipped = surnameFirst(seg);
  if (flipped) return [flipped];
  const names: string[] = [];
  for (const chunk of seg.split(CONJUNCTIONS)) {
    if (!chunk.trim()) continue;
    const r = readName(chunk);
    if (r.prose) return [];
    if (r.name) names.push(r.name);
  }
  return names;
}

export function splitByline(text: string, today: Date = new Date()): SplitByline {
  let s = (text ?? '').replace(SPACES, ' ').replace(CONTACT, ' ').trim();
  let date: string | null = null;
  // every date goes, so "Updated April 29, 2019" cannot leave "April" behind as a name; the first one is the byline's
  for (let span = findDateSpan(s), guard = 0; span && guard < 5; span = findDateSpan(s), guard++) {
    date ??= parseDate(s.slice(span.index, span.index + span.length), today);
    s = `${s.slice(0, span.index)} | ${s.slice(span.index + span.length)}`;
  }
  s = s.replace(READ_TIME, ' | ').replace(CLOCK, ' | ').replace(STAMP_WORDS, ' | ');
  s = unwrapParens(s.replace(EDITOR_TAIL, '').replace(ET_AL, ''));
  for (const segment of s.split(SEGMENTS)) {
    const names = namesIn(segment);
    if (names.length) return { names: [...new Set(names)], date };
  }
  return { names: [], date };
}
