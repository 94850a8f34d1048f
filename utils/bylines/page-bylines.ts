// Every byline on the page in document order, the article's own and those of teaser cards, related lists and
// sidebars. One pre-order walk over the elements: the first (outermost) element that reads as a byline is taken
// and its subtree skipped, so a byline is never counted twice; its date may come from the line around it
// ("<span>By A</span>/<time>Jan 23</time>") or from a sibling in the same card ("<p>By A</p><p>Dec. 14, 2023</p>").

import type { Byline } from '../types';
import { parseDate } from '../text/dates';
import { splitByline } from './split-byline';
import { PLACES_SET } from '../entities/lexicon/places';
import { isAuthorCard } from './author-card';
import { COMMENTS_TOKEN, hasToken, isMarked, LABEL_START, LONE_LABEL, MENU_TOKEN, META_LINE_TOKEN, SPONSORED_TOKEN } from './byline-marks';
import { ROLE_START, roleLineAuthors } from './role-lines';

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'head', 'textarea', 'select', 'iframe', 'button',
]);
const BY_FIRST = /^\s*by(?:\s|$)/i;
const BY_CAPITAL = /^\s*(?:By|BY)(?:\s|$)/;
const BY_AFTER_SEPARATOR = /[—–|·•]\s*by(?:\s|$)/i;
const ANOTHER_BYLINE = /(?:^|[\s—–|·•/])[Bb][Yy]\s+\p{Lu}/u;
const SPACES = /[\s\u00a0]+/g;
const MAX_BYLINE = 120;
const MAX_LINE = 160;
const MAX_LINE_REST = 60;
const MAX_LINE_CHILDREN = 8;
const MAX_HOPS = 3;
const MAX_SIBLING_TEXT = 100;
const MAX_SIGNOFF = 300;
const COPYRIGHT = /©|\(c\)|copyright/i;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const EDGE_COMMAS = /^[\s,]+|[\s,]+$/g;
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

export interface FoundByline {
  el: Element;
  names: string[];
  date: string | null;
  text: string;
  /** a byline; an author card's name line (no byline of its own); a wire sign-off ("Reporting by A; Editing by B") */
  kind: 'byline' | 'card' | 'signoff';
}

const norm = (s: string): string => s.replace(SPACES, ' ').trim();

interface Reading {
  /** as written, for Byline.text */
  text: string;
  /** with block boundaries turned into commas, for splitting: "<a>Ben Silverman</a><div>Games Editor</div>" */
  spoken: string;
}

// Inline elements are marked at their edges so that a name glued to the next element's word ("<div>Ann Lee<span>Reporter,
// Tech</span></div>", shown apart by CSS) is read as two parts; elsewhere the marks vanish.
const EDGE = '\u0001';
const GLUED = /(\p{Ll})\u0001+(?=\p{Lu})/gu;
const EDGES = /\u0001/g;

// Both readings of a node at once: as written (edges marked) and spoken (blocks as commas, edges marked).
function readNode(n: Node, out: { text: string; spoken: string }): void {
  if (n.nodeType === TEXT_NODE) {
    const t = n.textContent ?? '';
    out.text += t;
    out.spoken += t;
    return;
  }
  if (n.nodeType !== ELEMENT_NODE) return;
  const el = n as Element;
  if (SKIP_TAGS.has(el.localName)) return;
  const block = BLOCK_TAGS.has(el.localName);
  out.text += EDGE;
  out.spoken += block ? ', ' : EDGE;
  for (let c = el.firstChild; c; c = c.nextSibling) readNode(c, out);
  out.text += EDGE;
  out.spoken += block ? ', ' : EDGE;
}

function readFrom(first: Node | null, head: string): Reading {
  const out = { text: head, spoken: head };
  for (let n = first; n && out.text.length < MAX_BYLINE * 2; n = n.nextSibling) readNode(n, out);
  return {
    text: norm(out.text.replace(GLUED, '$1 ').replace(EDGES, '')),
    spoken: norm(out.spoken.replace(GLUED, '$1, ').replace(EDGES, '')).replace(EDGE_COMMAS, ''),
  };
}

// "By …" in one of the element's own text nodes: at its start, or after a separator ("Headline — By A, Jul 20"),
// or a first child holding nothing but the word ("<span>By </span><span>GILLIAN MOHNEY</span>").
function byText(el: Element): Reading | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && isLoneBy(n) && nothingBefore(n)) return readFrom(n.nextSibling, `${norm(n.textContent ?? '')} `);
    if (n.nodeType !== TEXT_NODE) continue;
    const data = n.textContent ?? '';
    let at = -1;
    const sep = BY_AFTER_SEPARATOR.exec(data);
    if (LABEL_START.test(data) && nothingBefore(n)) at = data.search(/\S/);
    else if (BY_CAPITAL.test(data) || (BY_FIRST.test(data) && nothingBefore(n))) at = data.search(/by/i);
    else if (sep) at = sep.index + sep[0].search(/by/i);
    if (at >= 0) return readFrom(n.nextSibling, data.slice(at));
  }
  return null;
}

const isLoneBy = (n: Node): boolean => {
  const only = n.firstChild;
  return !!only && only === n.lastChild && only.nodeType === TEXT_NODE && LONE_LABEL.test(only.textContent ?? '');
};

// a lowercase "by" counts only as the element's first words, never mid-sentence ("hired last year by Google")
function nothingBefore(n: Node): boolean {
  for (let p = n.previousSibling; p; p = p.previousSibling) if ((p.textContent ?? '').trim()) return false;
  return true;
}

export function* scanBylines(doc: Document, today: Date = new Date()): Generator<FoundByline> {
  // from the root, not doc.body: broken pages carry a second <body>, and <head> is skipped anyway
  const root = doc.documentElement ?? doc.body;
  if (!root) return;
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let t = texts.get(el);
    if (t === undefined) texts.set(el, (t = norm(el.textContent ?? '')));
    return t;
  };
  // each entry carries whether it sits in a comment thread (skipped) or in a menu (author links ignored)
  const stack: Array<[Element, boolean, boolean]> = [[root, false, false]];
  while (stack.length) {
    const [el, muted, menu] = stack.pop()!;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // split once: three token tests per element on every page add up
    const tokens = marks.trim() ? marks.trim().split(/\s+/) : [];
    if (hasToken(tag, tokens, SPONSORED_TOKEN)) continue;
    const quiet = muted || hasToken(tag, tokens, COMMENTS_TOKEN);
    const inMenu = menu || tag === 'nav' || el.getAttribute('role') === 'navigation' || hasToken(tag, tokens, MENU_TOKEN);
    if (!quiet) {
      const found = readByline(el, tag, marks, tokens, inMenu, textOf, today);
      if (found) {
        yield found;
        continue;
      }
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, quiet, inMenu]);
  }
}

function readByline(
  el: Element, tag: string, marks: string, tokens: string[], inMenu: boolean, textOf: (e: Element) => string, today: Date,
): FoundByline | null {
  const signoff = signOff(el, textOf, today);
  if (signoff) return signoff;
  const marked = isMarked(el, tag, marks, tokens, inMenu) && textOf(el).length < MAX_BYLINE;
  const metaLine = !marked && hasToken(tag, tokens, META_LINE_TOKEN) && textOf(el).length < MAX_BYLINE;
  const byLine = byText(el);
  const own = byLine ?? (marked || metaLine ? readFrom(el.firstChild, '') : null);
  if (!own || own.text.length >= MAX_BYLINE) return null;
  const split = splitByline(own.spoken, today);
  // a lone word after "By" on a page is a heading ("By Design") far more often than a mononymous author
  let names = split.names.filter((n) => n.includes(' '));
  // a meta line without "By" is a byline only beside a date, and "New York · Jan 5" names a place
  if (!names.length || (!byLine && metaLine && !isMetaByline(el, own.text, names, split.date))) return null;
  const found = placeInLine(el, own.text, names, split.date, textOf, today);
  if (!byLine && !found.date && isAuthorCard(el, names[0]!)) found.kind = 'card';
  return found;
}

// A card's meta line names its author first and holds a date: "Jane Roe · Apr 10, 2025", not "Story title By Jane Roe",
// "© 2025 Jane Roe" or "New York · Jan 5".
function isMetaByline(el: Element, text: string, names: string[], date: string | null): boolean {
  if (!date || COPYRIGHT.test(text) || PLACES_SET.has(names[0]!.toLowerCase())) return false;
  return text.toLowerCase().startsWith(names[0]!.toLowerCase()) && !el.querySelector('h1, h2, h3, h4, h5, h6');
}

// "Reporting by A in Paris; Editing by B" opening an element's text
function signOff(el: Element, textOf: (e: Element) => string, today: Date): FoundByline | null {
  const first = el.firstChild;
  if (!first || first.nodeType !== TEXT_NODE) return null;
  // the role and its "by" come within the first few words; most text fails this before the role table is tried
  const head = (first.textContent ?? '').slice(0, 40);
  if (!head.toLowerCase().includes(' by ') || !ROLE_START.test(head)) return null;
  const text = textOf(el);
  const names = text.length <= MAX_SIGNOFF ? roleLineAuthors(text) : null;
  if (!names?.length) return null;
  return { ...placeInLine(el, text, names, null, textOf, today), kind: 'signoff' };
}

// Widen the byline to the short line around it while that line starts with it, then look beside it for a date.
function placeInLine(
  el: Element, own: string, names: string[], date: string | null, textOf: (e: Element) => string, today: Date,
): FoundByline {
  let cur = el;
  let text = own;
  for (let hop = 0; !date && hop < MAX_HOPS; hop++) {
    const parent = cur.parentElement;
    if (!parent || parent.localName === 'body' || hasMoreChildren(parent, MAX_LINE_CHILDREN)) break;
    const inner = textOf(cur);
    const outer = textOf(parent);
    if (outer.length > MAX_LINE || !outer.startsWith(inner)) break;
    const rest = outer.slice(inner.length);
    if (rest.length > MAX_LINE_REST || ANOTHER_BYLINE.test(rest)) break;
    text += rest;
    date = parseDate(rest, today);
    cur = parent;
  }
  return { el, names, date: date ?? siblingDate(cur, textOf, today), text, kind: 'byline' };
}

// counted by hand: `children.length` walks every child in linkedom, too slow beside 10,000 sibling bylines
function hasMoreChildren(el: Element, max: number): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > max) return true;
  return false;
}

function dateOf(el: Element, text: string, today: Date): string | null {
  const time = el.localName === 'time' ? el : el.querySelector('time[datetime]');
  return parseDate(text, today) ?? parseDate(time?.getAttribute('datetime'), today);
}

function siblingDate(line: Element, textOf: (e: Element) => string, today: Date): string | null {
  let s = line.nextElementSibling;
  for (let i = 0; s && i < 2; s = s.nextElementSibling, i++) {
    const t = textOf(s);
    if (t.length > MAX_SIBLING_TEXT || ANOTHER_BYLINE.test(t)) break;
    const d = dateOf(s, t, today);
    if (d) return d;
  }
  const prev = line.previousElementSibling;
  if (!prev) return null;
  const t = textOf(prev);
  return t.length <= MAX_SIBLING_TEXT / 2 && !ANOTHER_BYLINE.test(t) ? dateOf(prev, t, today) : null;
}

/** Every byline on the page in document order; a byline naming two people gives two entries. */
export function findPageBylines(doc: Document, today: Date = new Date(), published: string | null = null): Byline[] {
  return bylinesOf(scanBylines(doc, today), published);
}

/**
 * Author cards are left out; a sign-off adds only the people no byline named, dated by the article (`published`)
 * when the line itself carries no date.
 */
export function bylinesOf(found: Iterable<FoundByline>, published: string | null = null): Byline[] {
  const list = Array.from(found);
  const named = new Set<string>();
  for (const f of list) if (f.kind === 'byline') for (const n of f.names) named.add(n);
  const out: Byline[] = [];
  for (const f of list) {
    if (f.kind === 'card') continue;
    const date = f.date ?? (f.kind === 'signoff' ? published : null);
    for (const name of f.names) if (f.kind !== 'signoff' || !named.has(name)) out.push({ name, date, text: f.text });
  }
  return out;
}
