// Readability's content as plain text: one line per block (paragraph, heading, list item, quote),
// whitespace folded, so later stages see paragraphs the way a reader does.

const BLOCK = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TR',
  'FIGCAPTION', 'DT', 'DD', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'MAIN', 'BR', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}
