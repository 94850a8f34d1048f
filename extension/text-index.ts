// The page's visible text as one string, each character mapped back to its text node, so that a name or a
// sentence found in the string becomes a DOM Range even when it spans several inline elements.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'IFRAME', 'SVG', 'CANVAS', 'HEAD', 'NEWSLENS-SIDEBAR']);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);
// Readability and the page may disagree on quotes: compare them folded.
const FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"' };

export interface TextIndex {
  text: string;
  nodes: Text[];
  node: number[];
  offset: number[];
}

export const foldText = (s: string): string => s.replace(/[\u2018\u2019\u201A\u201B\u201C\u201D\u201E]/g, (c) => FOLD[c] ?? c).replace(/\s+/g, ' ').trim();

function blockOf(el: Element | null): Element | null {
  while (el && INLINE.has(el.tagName)) el = el.parentElement;
  return el;
}

export function indexText(root: Element): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = n as Element;
      return SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const chars: string[] = [];
  const index: TextIndex = { text: '', nodes: [], node: [], offset: [] };
  let lastBlock: Element | null = null;
  let space = true;
  const push = (c: string, n: number, o: number) => {
    chars.push(c);
    index.node.push(n);
    index.offset.push(o);
  };
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = t as Text;
    const n = index.nodes.push(text) - 1;
    const block = blockOf(text.parentElement);
    // two blocks never run together: "…Microsoft</p><p>OpenAI…" must not read "MicrosoftOpenAI"
    if (block !== lastBlock && !space && n > 0) {
      push(' ', n, 0);
      space = true;
    }
    lastBlock = block;
    const data = text.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (/\s/.test(c)) {
        if (!space) push(' ', n, i);
        space = true;
      } else {
        push(FOLD[c] ?? c, n, i);
        space = false;
      }
    }
  }
  index.text = chars.join('');
  return index;
}

export function rangeOf(index: TextIndex, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(index.nodes[index.node[start]!]!, index.offset[start]!);
  range.setEnd(index.nodes[index.node[end - 1]!]!, index.offset[end - 1]! + 1);
  return range;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of any of the terms, longest first so "Sam Altman" wins over "Altman". */
export function findTerms(index: TextIndex, terms: string[], limit = 500): Array<[number, number]> {
  const alts = [...new Set(terms.map(foldText).filter(Boolean))].sort((a, b) => b.length - a.length).map(escapeRe);
  if (!alts.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const found: Array<[number, number]> = [];
  for (const m of index.text.matchAll(re)) {
    found.push([m.index, m.index + m[0].length]);
    if (found.length >= limit) break;
  }
  return found;
}

/** The passage (an evidence sentence), or failing that its opening words. */
export function findPassage(index: TextIndex, passage: string): [number, number] | null {
  const folded = foldText(passage);
  const words = folded.split(' ');
  const tries = [folded, folded.replace(/[.!?"')\]]+$/, ''), words.slice(0, 12).join(' '), words.slice(0, 6).join(' ')];
  for (const probe of tries) {
    if (probe.length < 12) continue;
    const at = index.text.indexOf(probe);
    if (at >= 0) return [at, at + probe.length];
  }
  return null;
}
