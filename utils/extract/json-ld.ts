// JSON-LD objects of a page, flattened out of @graph and arrays, for metadata and authors.
// Pages ship broken JSON-LD often enough that every block is parsed on its own and may fail alone.

export type JsonLdNode = Record<string, unknown>;

export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const node = v as JsonLdNode;
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // one broken block must not hide the others
    }
  }
  return out;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting/i;

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The JSON-LD node describing the article itself, if the page has one. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as JsonLdNode).name);
  return null;
}
