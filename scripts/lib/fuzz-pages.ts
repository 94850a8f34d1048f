// A seeded generator of mutated and malformed pages: broken nesting, random attributes, truncated
// files, binary junk, deep nesting. The same seed gives the same pages, so a failure can be replayed.

export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  // mulberry32: small, fast, good enough to pick mutations
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['div', 'p', 'span', 'table', 'tr', 'td', 'b', 'i', 'a', 'ul', 'li', 'article', 'section', 'h1', 'h2', 'time', 'script', 'style', 'svg', 'iframe', 'template', 'frameset', 'noscript', 'form', 'select', 'math'];
const ATTRS = ['class', 'id', 'style', 'onload', 'onerror', 'href', 'src', 'datetime', 'itemprop', 'rel', '__proto__', 'constructor', 'hidden', 'aria-hidden', 'lang', 'dir'];
const JUNK = ['\u0000', '\u0001', '\uFFFD', '\uD800', '\u202E', '\u200B', '🚀', 'العربية', '日本語', '&#0;', '&#xD800;', '&amp', '<!--', ']]>', '<![CDATA[', '"', "'", '\\', '</', '<'];

export function mutate(base: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const at = (): number => Math.floor(rnd() * (base.length + 1));
  let html = base;
  const steps = 1 + Math.floor(rnd() * 6);
  for (let k = 0; k < steps; k++) {
    const i = Math.floor(rnd() * (html.length + 1));
    switch (Math.floor(rnd() * 9)) {
      case 0: html = html.slice(0, i); break; // truncated file
      case 1: { const j = Math.min(html.length, i + Math.floor(rnd() * 2000)); html = html.slice(0, i) + html.slice(j); break; }
      case 2: { const j = Math.min(html.length, i + Math.floor(rnd() * 3000)); html = html.slice(0, i) + html.slice(i, j).repeat(1 + Math.floor(rnd() * 4)) + html.slice(j); break; }
      case 3: html = html.slice(0, i) + Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => `<${pick(TAGS)}>`).join('') + html.slice(i); break; // unclosed tags
      case 4: html = html.slice(0, i) + Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => `</${pick(TAGS)}>`).join('') + html.slice(i); break; // stray closers
      case 5: html = html.slice(0, i) + `<${pick(TAGS)} ${Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => `${pick(ATTRS)}="${pick(JUNK)}${'x'.repeat(Math.floor(rnd() * 50))}"`).join(' ')}>` + html.slice(i); break;
      case 6: html = html.slice(0, i) + Array.from({ length: 1 + Math.floor(rnd() * 200) }, () => String.fromCharCode(Math.floor(rnd() * 0xffff))).join('') + html.slice(i); break; // binary junk
      case 7: { const d = 50 + Math.floor(rnd() * 1500); html = html.slice(0, i) + '<div>'.repeat(d) + 'deep' + '</div>'.repeat(Math.floor(rnd() * d)) + html.slice(i); break; }
      default: html = html.slice(0, i) + pick(JUNK).repeat(1 + Math.floor(rnd() * 30)) + html.slice(i);
    }
  }
  void at;
  return html;
}

export function* fuzzPages(bases: string[], count: number, seed: number): Generator<{ id: string; html: string }> {
  const rnd = prng(seed);
  for (let n = 0; n < count; n++) {
    const base = bases[Math.floor(rnd() * bases.length)]!;
    yield { id: `seed${seed}-page${n}`, html: mutate(base, rnd) };
  }
}
