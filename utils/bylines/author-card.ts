// An author card (a bio box: photo, name, "Jane Roe is a staff writer covering…") repeats the byline under the
// story; it is no byline of its own. Its name still says who wrote the article when nothing else on the page does.

const CARD_MARK = /(?:author|writer|contributor)[-_]?(?:box|bio|card|profile|about|description)|about[-_]?(?:the[-_]?)?author|(?:^|[\s_-])bio(?:$|[\s_-])/i;
// a bio opens with the name and a verb of description
const BIO_VERBS = /^\s*(?:is|was|has|covers|writes|reports|joined|leads|edits|serves)\b/i;
const STOP_TAGS = new Set(['article', 'main', 'body', 'html']);
const HOPS = 4;
const MAX_CARD_TEXT = 1500;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** `el` names `name` and carries no date: is it the name line of an author card rather than a byline? */
export function isAuthorCard(el: Element, name: string): boolean {
  const given = name.split(' ')[0]!;
  let e: Element | null = el;
  for (let i = 0; e && i < HOPS && !STOP_TAGS.has(e.localName); i++, e = e.parentElement) {
    if (CARD_MARK.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
    // a card is small: past a few paragraphs of text this is the page's layout, not a card
    const text = boundedText(e, MAX_CARD_TEXT);
    if (text === null) return false;
    if (opensBio(text, name) || opensBio(text, given)) return true;
  }
  return false;
}

function opensBio(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (BIO_VERBS.test(text.slice(at + name.length, at + name.length + 12))) return true;
  }
  return false;
}

// The element's text, or null as soon as it runs past `max` characters, so a big container costs no more than a card.
function boundedText(root: Element, max: number): string | null {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) {
      out += n.textContent ?? '';
      if (out.length > max) return null;
    } else if (n.nodeType === ELEMENT_NODE) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.replace(/\s+/g, ' ');
}
