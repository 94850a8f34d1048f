// Readability takes the first element that looks like a byline, wherever it is; on a page whose article names no
// author (a press release, an agency story) that is often a teaser's byline in the rail beside it. Its byline is
// dropped when a marked element of such a rail (an <aside>, <nav> or <footer> outside the article) says exactly
// that. Read before Readability runs, as it removes the element it took; only the rails are walked.

const RAIL = 'aside, nav, footer';
const ARTICLE = 'article, main, [role="main"]';
const MARK = /byline|author/i;
const SPACES = /\s+/g;
const MAX_TEXT = 200;

const flat = (s: string): string => s.replace(SPACES, ' ').trim();

function isMarked(el: Element): boolean {
  return MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`);
}

/** A filter for Readability's byline: null when it is the text of a byline in a rail beside the article. */
export function bylineFilter(doc: Document): (byline: string | null) => string | null {
  const inRail = new Set<string>();
  for (const rail of Array.from(doc.querySelectorAll(RAIL))) {
    if (rail.parentElement?.closest(RAIL) || rail.closest(ARTICLE)) continue;
    for (const el of Array.from(rail.querySelectorAll('*'))) {
      if (!isMarked(el)) continue;
      const text = el.textContent ?? '';
      if (text.length <= MAX_TEXT) inRail.add(flat(text));
    }
  }
  return (byline) => (byline && inRail.has(flat(byline)) ? null : byline);
}
