// Every byline on the page in document order, the article's own and those of teaser cards, related lists and
// sidebars. One pre-order walk over the elements: the first (outermost) element that reads as a byline is taken
// and its subtree skipped, so a byline is never counted twice; its date may come from the line around it
// ("<span>By A</span>/<time>Jan 23</time>") or from a sibling in the same card ("<p>By A</p><p>Dec. 14, 2023</p>").

import type { Byline } from '../types';
import { parseDate } from '../text/dates';
import { splitByline } from './split-byline';

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'head', 'textarea', 'select', 'iframe', 'button',
]);
const BYLINE_MARK = /byline|author(?!i[tzs])|writer/i;
// sponsored-content widgets carry their own "By Sponsor" labels
const SPONSORED_TOKEN = /^(?:trc_|taboola|outbrain|ob-widget)/i;
const COMMENTS_TOKEN =
  /^(?:comments?|discussion|replies|disqus\w*)(?:[-_]{1,2}(?:area|list|section|container|wrapper|thread|body|author|meta|content|item|text))?$/i;
// menus link to author pages by the dozen; those links are navigation, not bylines
const MENU_TOKEN = /^(?:nav|navbar|navigation|menu|submenu|sub-menu|mega-?menu|dropdown|flyout)(?:$|[-_])|[-_](?:nav|menu)$/i;
const BY_FIRST = /^\s*by(?:\s|$)/i;
const BY_CAPITAL = /^\s*(?:By|BY)(?:\s|$)/;
const LONE_BY = /^\s*by:?\s*$/i;
const BY_AFTER_SEPARATOR = /[—–|·•]\s*by(?:\s|$)/i;
const ANOTHER_BYLINE = /(?:^|[\s—–|·•/])[Bb][Yy]\s+\p{Lu}/u;
const SPACES = /[\s\u00a0]+/g;
const MAX_BYLINE = 120;
const MAX_LINE = 160;
const MAX_LINE_REST = 60;
const MAX_LINE_CHILDREN = 8;
const MAX_HOPS = 3;
const MAX_SIBLING_TEXT = 100;
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
}

const norm = (s: string): string => s.replace(SPACES, ' ').trim();

function isMarked(el: Element, tag: string, marks: string, inMenu: boolean): boolean {
  if (BYLINE_MARK.test(marks) || tag === 'address') return true;
  if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '') || /\bauthor\b/i.test(el.getAttribute('itemprop') ?? '')) return true;
  return !inMenu && tag === 'a' && /\/authors?\//i.test(el.getAttribute('href') ?? '');
}

const CONTAINERS = new Set(['body', 'article', 'main']);
const hasToken = (tag: string, tokens: string[], re: RegExp): boolean =>
  tokens.length > 0 && !CONTAINERS.has(tag) && tokens.some((t) => re.test(t));

interface Reading {
  /** as written, for Byline.text */
  text: string;
  /** with block boundaries turned into commas, for splitting: "<a>Ben Silverman</a><div>Games Editor</div>" */
  spoken: string;
}

function spokenText(n: Node): string {
  if (n.nodeType === TEXT_NODE) return n.textContent ?? '';
  if (n.nodeType !== ELEMENT_NODE) return '';
  const el = n as Element;
  if (SKIP_TAGS.has(el.localName)) return '';
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) s += spokenText(c);
  return BLOCK_TAGS.has(el.localName) ? `, ${s}, ` : s;
}

function readFrom(first: Node | null, head: string): Reading {
  let text = head;
  let spoken = head;
  for (let n = first; n && text.length < MAX_BYLINE * 2; n = n.nextSibling) {
    text += n.textContent ?? '';
    spoken += spokenText(n);
  }
  return { text: norm(text), spoken: norm(spoken).replace(EDGE_COMMAS, '') };
}

// "By …" in one of the element's own text nodes: at its start, or after a separator ("Headline — By A, Jul 20"),
// or a first child holding nothing but the word ("<span>By </span><span>GILLIAN MOHNEY</span>").
function byText(el: Element): Reading | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && isLoneBy(n) && nothingBefore(n)) return readFrom(n.nextSibling, 'By ');
    if (n.nodeType !== TEXT_NODE) continue;
    const data = n.textContent ?? '';
    let at = -1;
    const sep = BY_AFTER_SEPARATOR.exec(data);
    if (BY_CAPITAL.test(data) || (BY_FIRST.test(data) && nothingBefore(n))) at = data.search(/by/i);
    else if (sep) at = sep.index + sep[0].search(/by/i);
    if (at >= 0) return readFrom(n.nextSibling, data.slice(at));
  }
  return null;
}

const isLoneBy = (n: Node): boolean => {
  const only = n.firstChild;
  return !!only && only === n.lastChild && only.nodeType === TEXT_NODE && LONE_BY.test(only.textContent ?? '');
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
      const marked = isMarked(el, tag, marks, inMenu) && textOf(el).length < MAX_BYLINE;
      const own = byText(el) ?? (marked ? readFrom(el.firstChild, '') : null);
      if (own && own.text.length < MAX_BYLINE) {
        const split = splitByline(own.spoken, today);
        // a lone word after "By" on a page is a heading ("By Design") far more often than a mononymous author
        const names = split.names.filter((n) => n.includes(' '));
        if (names.length) {
          yield placeInLine(el, own.text, names, split.date, textOf, today);
          continue;
        }
      }
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, quiet, inMenu]);
  }
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
  return { el, names, date: date ?? siblingDate(cur, textOf, today), text };
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
export function findPageBylines(doc: Document, today: Date = new Date()): Byline[] {
  return bylinesOf(scanBylines(doc, today));
}

export function bylinesOf(found: Iterable<FoundByline>): Byline[] {
  const out: Byline[] = [];
  for (const f of found) for (const name of f.names) out.push({ name, date: f.date, text: f.text });
  return out;
}
