// Readability keeps what sits beside the story in the same container: the header's kicker, dek, byline
// and dates, share bars, "More from" teaser lists, newsletter boxes. Those are not the article, so they
// are taken out here by class name, link density, heading and line shape. No rule may remove a block
// that holds most of the article's words.

import { parseDate } from '../text/dates';

const BOILER_PARTS = new Set(
  (`header kicker standfirst dek subhead subheadline byline bylines author authors dateline date dates timestamp meta info infoline
  share sharing social tools toolbar tags topics related newsletter signup subscribe subscription promo advert ad ads adbox sponsor
  sponsored trust corrections comment comments footer breadcrumb breadcrumbs mostread popular recommended recirc outbrain taboola
  caption credit credits disclaimer paywall teaser teasers nav navigation menu`).split(/\s+/),
);
const BOILER_HEADING = /^(more from|more on|related|read more|most (read|popular|viewed)|sign up|newsletter|subscribe|recommended|latest|you (may|might) also|comments?|join the conversation|trending|top stories|editor'?s picks|sponsored|advertisement)/i;
const BOILER_LINE = /^(by\s+\p{Lu}|updated\b|published\b|posted\b|last updated|share\b|advertisement|sign up|subscribe|our standards|follow (us|@)|read more|related:|photo:|image:|credit:|reporting by|editing by|additional reporting|writing by|©|copyright|all rights reserved|\d+\s+min(ute)?s?\s+read|scroll to continue|topics:|spotted an error)/iu;

// calls to action of membership and newsletter boxes, as link text
const CALL_TO_ACTION = /^(become an? (paid |premium )?(member|subscriber|supporter|patron)|subscribe|sign up|join (us|now|today|free)|support (us|our)|donate|get (full|unlimited) access|upgrade to)/i;
const MAX_CTA_WORDS = 40;
const CARD_BLOCKS = 'div, p, h2, h3, h4, h5, h6, figcaption';
const EDGE_DASHES = /^[\s\-–—_·•|*]+|[\s\-–—_·•|*]+$/g;

const words = (s: string | null | undefined): number => (s ? s.split(/\s+/).filter(Boolean).length : 0);

interface Stat { words: number; linkWords: number; links: number }

export function cleanContent(root: Element): void {
  // one bottom-up pass counts words and link words under every element, so no check rescans a subtree
  const stats = new Map<Element, Stat>();
  const count = (el: Element): Stat => {
    const st: Stat = { words: 0, linkWords: 0, links: 0 };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) st.words += words(c.nodeValue);
      else if (c.nodeType === 1) {
        const sub = count(c as Element);
        st.words += sub.words; st.linkWords += sub.linkWords; st.links += sub.links;
      }
    }
    if (el.tagName.toUpperCase() === 'A') { st.links++; st.linkWords = st.words; }
    stats.set(el, st);
    return st;
  };
  const total = count(root).words;
  const removable = (el: Element): boolean => stats.get(el)!.words < total * 0.4;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; ) {
      const next = c.nextElementSibling;
      if (isBoiler(c, stats.get(c)!, removable)) c.remove();
      else visit(c);
      c = next;
    }
  };
  visit(root);
}

function isBoiler(el: Element, st: Stat, removable: (el: Element) => boolean): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'h1' || tag === 'header' || tag === 'nav' || tag === 'aside' || tag === 'form' || tag === 'button') return removable(el);
  if (classSaysBoiler(el) && removable(el)) return true;
  if (/^(ul|ol|section|div|p|footer)$/.test(tag) && st.links >= 3 && st.linkWords >= 0.6 * st.words && removable(el)) return true;
  if (isLinkCard(el, tag, st) || isCallToAction(el, tag, st)) return removable(el);
  if (/^(section|div|footer)$/.test(tag)) {
    const h = el.firstElementChild;
    if (h && /^h[2-4]$/i.test(h.tagName) && BOILER_HEADING.test((h.textContent ?? '').trim()) && removable(el)) return true;
  }
  return /^(p|span|div|li|time|h2|h3|h4|h5|h6|small)$/.test(tag) && st.words <= 15 && !el.querySelector('p') && isBoilerLine((el.textContent ?? '').trim());
}

// An embedded link preview ("bookmark" or "embed" card): a title and a blurb, all of it one link to another page.
function isLinkCard(el: Element, tag: string, st: Stat): boolean {
  if (!/^(figure|div|section|aside)$/.test(tag) || st.links !== 1 || st.words < 3 || st.linkWords < st.words) return false;
  return !!el.querySelector('a')?.querySelector(CARD_BLOCKS);
}

// "Our site is reader-supported. Become a member…": a short box whose link asks the reader to pay or sign up.
function isCallToAction(el: Element, tag: string, st: Stat): boolean {
  if (!/^(div|p|section|aside|figure)$/.test(tag) || st.words > MAX_CTA_WORDS || !st.links) return false;
  for (const a of Array.from(el.querySelectorAll('a'))) if (CALL_TO_ACTION.test((a.textContent ?? '').trim())) return true;
  return false;
}

function classSaysBoiler(el: Element): boolean {
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!cls.trim()) return false;
  return cls.split(/[\s_\-]+/).some((p) => BOILER_PARTS.has(p));
}

function isBoilerLine(t: string): boolean {
  if (!t || words(t) > 15) return false;
  if (BOILER_LINE.test(t)) return true;
  if (/^(advertisement|ad|sponsored|promoted)$/i.test(t.replace(EDGE_DASHES, ''))) return true;
  // a line that is only a date and a time: "March 18, 2024 10:42 AM UTC · Updated an hour ago"
  return !!parseDate(t) && words(t.replace(/[\d:,.·|•]+|\b(am|pm|a\.m|p\.m|utc|gmt|et|pt|est|edt|bst|cet|updated|an?|hours?|minutes?|ago|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/gi, ' ')) <= 1;
}
