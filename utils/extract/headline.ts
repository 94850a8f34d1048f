// The article's visible headline: the one <h1> that sits in the article or says it is the headline. A page with
// several such <h1>s (a section front, a live blog) has no single headline, and a lone <h1> elsewhere on the page
// is more often the site's logo than the story's title.

const SPACES = /\s+/g;
const HEADLINE_MARK = /headline|title|\bhed\b/i;
const MIN_WORDS = 4;

const textOf = (el: Element): string => (el.textContent ?? '').replace(SPACES, ' ').trim();

function isArticleHeadline(h: Element): boolean {
  if (/headline/i.test(h.getAttribute('itemprop') ?? '')) return true;
  if (HEADLINE_MARK.test(`${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`)) return true;
  return !!h.closest('article, main, [role="main"]');
}

/** The article's own <h1>, or null when the page has none or several that could be it. */
export function articleHeadline(h1s: Element[]): string | null {
  const texts = new Set<string>();
  for (const h of h1s) {
    const t = textOf(h);
    if (t && isArticleHeadline(h)) texts.add(t);
  }
  if (texts.size !== 1) return null;
  const [only] = texts;
  return only!.split(' ').length >= MIN_WORDS ? only! : null;
}

export interface TitleHints {
  headline: string | null;
  docTitle: string | null;
  ogTitle: string | null;
  twitterTitle: string | null;
  ldHeadline: string | null;
  /** og:type article or a JSON-LD article node: only a story's <h1> is its headline, a product page's is a slogan */
  declaredArticle: boolean;
}

const SITE_SUFFIX = /\s+[|\-–—·:»]\s+[^|\-–—·:»]{1,60}$/;
const ELLIPSIS = /\s*(?:…|\.\.\.)$/;
const same = (a: string, b: string): boolean => a.toLowerCase().replace(/[’‘]/g, "'") === b.toLowerCase().replace(/[’‘]/g, "'");

/**
 * The visible headline where the title the page declares is only an SEO or sharing form of it: cut short
 * ("Deal agreed" for "Deal agreed as rival walks away"), or one wording set once for <title>, og:title and
 * twitter:title alike while the <h1> readers see says something else. Where the declared titles disagree among
 * themselves the <h1> is just one more variant, and the title stays.
 */
export function headlineOverTitle(title: string, h: TitleHints): string | null {
  const head = h.headline;
  if (!head || same(head, title)) return null;
  const cut = title.replace(ELLIPSIS, '');
  if (cut.length >= 10 && head.length > cut.length && same(head.slice(0, cut.length), cut) && head[cut.length] === ' ') return head;
  const seo = h.ogTitle;
  if (!seo || !h.docTitle || !h.declaredArticle) return null;
  const docAgrees = same(h.docTitle, seo) || same(h.docTitle.replace(SITE_SUFFIX, ''), seo);
  return docAgrees && [h.twitterTitle, h.ldHeadline].every((t) => !t || same(t, seo)) ? head : null;
}
