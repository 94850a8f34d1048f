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

const words = (s: string | null | undefined): number => (s ? s.split(/\s+/).filter(Boolean).length : 0);

export function cleanContent(root: Element): void {
  const total = words(root.textContent);
  const removable = (el: Element): boolean => words(el.textContent) < total * 0.4;
  const all = Array.from(root.querySelectorAll('*'));
  for (const el of all) {
    if (!root.contains(el)) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'h1' || tag === 'header' || tag === 'nav' || tag === 'aside' || tag === 'form' || tag === 'button') {
      if (removable(el)) el.remove();
      continue;
    }
    if (classSaysBoiler(el) && removable(el)) { el.remove(); continue; }
    if (/^(ul|ol|section|div|p|footer)$/.test(tag) && linkDense(el) && removable(el)) { el.remove(); continue; }
    if (/^(section|div|footer)$/.test(tag)) {
      const h = el.querySelector('h2, h3, h4');
      if (h && el.firstElementChild === h && BOILER_HEADING.test((h.textContent ?? '').trim()) && removable(el)) { el.remove(); continue; }
    }
    if (/^(p|span|div|li|time|h2|h3|h4|h5|h6|small)$/.test(tag) && !el.querySelector('p') && isBoilerLine((el.textContent ?? '').trim())) el.remove();
  }
}

function classSaysBoiler(el: Element): boolean {
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!cls.trim()) return false;
  return cls.split(/[\s_\-]+/).some((p) => BOILER_PARTS.has(p));
}

function linkDense(el: Element): boolean {
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < 3) return false;
  const linked = links.reduce((n, a) => n + words(a.textContent), 0);
  return linked >= 0.6 * words(el.textContent);
}

function isBoilerLine(t: string): boolean {
  if (!t || words(t) > 15) return false;
  if (BOILER_LINE.test(t)) return true;
  if (/^(advertisement|ad)$/i.test(t)) return true;
  // a line that is only a date and a time: "March 18, 2024 10:42 AM UTC · Updated an hour ago"
  return !!parseDate(t) && words(t.replace(/[\d:,.·|•]+|\b(am|pm|a\.m|p\.m|utc|gmt|et|pt|est|edt|bst|cet|updated|an?|hours?|minutes?|ago|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/gi, ' ')) <= 1;
}
