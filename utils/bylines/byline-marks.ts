// What marks an element as a byline, or as a place where bylines are not the page's: class and id tokens,
// rel/itemprop, links to author pages. Tables, so a new layout is a new entry rather than a new branch.

const BYLINE_MARK = /byline|author(?!i[tzs])|writer/i;
// platforms whose markup swaps the slots: Ghost's bookmark card prints the linked post's author in its "publisher"
// slot and the publication in its "author" slot
const PLATFORM_BYLINE_TOKEN = /^kg-bookmark-publisher$/i;
const PLATFORM_NOT_BYLINE_TOKEN = /^kg-bookmark-author$/i;
// a card's meta line, "Jane Roe · Apr 10, 2025", taken only when it holds a date
export const META_LINE_TOKEN = /(?:^|[-_])meta(?:$|[-_])/i;
// sponsored-content widgets carry their own "By Sponsor" labels
export const SPONSORED_TOKEN = /^(?:trc_|taboola|outbrain|ob-widget)/i;
export const COMMENTS_TOKEN =
  /^(?:comments?|discussion|replies|disqus\w*)(?:[-_]{1,2}(?:area|list|section|container|wrapper|thread|body|author|meta|content|item|text))?$/i;
// menus link to author pages by the dozen; those links are navigation, not bylines
export const MENU_TOKEN = /^(?:nav|navbar|navigation|menu|submenu|sub-menu|mega-?menu|dropdown|flyout)(?:$|[-_])|[-_](?:nav|menu)$/i;
// a profile page: /author/jane-roe, /writers/jane-roe, /@janeroe
const AUTHOR_HREF = /\/(?:authors?|writers?|contributors?|journalists?)\/|\/@[\w.-]+\/?(?:[?#]|$)/i;

export function isMarked(el: Element, tag: string, marks: string, tokens: string[], inMenu: boolean): boolean {
  if (BYLINE_MARK.test(marks)) return !tokens.some((t) => PLATFORM_NOT_BYLINE_TOKEN.test(t));
  if (tag === 'address' || tokens.some((t) => PLATFORM_BYLINE_TOKEN.test(t))) return true;
  if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '') || /\bauthor\b/i.test(el.getAttribute('itemprop') ?? '')) return true;
  return !inMenu && tag === 'a' && AUTHOR_HREF.test(el.getAttribute('href') ?? '');
}

const CONTAINERS = new Set(['body', 'article', 'main']);
export const hasToken = (tag: string, tokens: string[], re: RegExp): boolean =>
  tokens.length > 0 && !CONTAINERS.has(tag) && tokens.some((t) => re.test(t));

// a label standing for "By" in its own element or at the head of the line: "<span>Words:</span> <a>A</a>"
export const LONE_LABEL = /^\s*(?:by|words|text|authors?|writers?|byline)\s*:?\s*$/i;
export const LABEL_START = /^\s*(?:words|text|authors?|writers?|byline)\s*:\s*\p{Lu}/iu;
