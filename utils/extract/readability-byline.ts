// Readability takes the first element that looks like a byline, wherever it is; on a page whose article names no
// author (a press release, an agency story) that is often a teaser's byline in the rail beside it. Its byline is
// kept unless the page shows that text only in such a rail: an <aside>, <nav> or <footer> outside the article.
// Read before Readability runs, as it removes the element it took.

const MARKED = '[class*="byline" i], [class*="author" i], [rel~="author"], [itemprop~="author"]';
const RAIL = 'aside, nav, footer';
const ARTICLE = 'article, main, [role="main"]';
const SPACES = /\s+/g;
const MAX_TEXT = 200;

const flat = (s: string): string => s.replace(SPACES, ' ').trim();

/** A filter for Readability's byline: null when the page shows that text only in a rail beside the article. */
export function bylineFilter(doc: Document): (byline: string | null) => string | null {
  const inRail = new Set<string>();
  const inArticle = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(MARKED))) {
    const text = el.textContent ?? '';
    if (text.length > MAX_TEXT) continue;
    const rail = el.closest(RAIL);
    (rail && !rail.closest(ARTICLE) ? inRail : inArticle).add(flat(text));
  }
  return (byline) => {
    if (!byline) return null;
    const t = flat(byline);
    return inRail.has(t) && !inArticle.has(t) ? null : byline;
  };
}
