// Authors as the article's JSON-LD states them: a string, a Person, an array of either, or an "@id" pointing at a
// Person described elsewhere on the page (readability #617, #932 lose those).

import { typesOf, type JsonLdNode } from '../extract/json-ld';
import { splitByline } from './split-byline';

const ORGANIZATION = /organization|corporation|newsmedia/i;
const PAGE_TYPE = /page|creativework|article|posting|report/i;
const AUTHOR_KEYS = ['author', 'creator'] as const;
const MAX_DEPTH = 4;

export interface JsonLdHints {
  jsonLd: JsonLdNode[];
  article: JsonLdNode | null;
}

function indexById(nodes: JsonLdNode[]): Map<string, JsonLdNode> {
  const byId = new Map<string, JsonLdNode>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);
  return byId;
}

function collect(v: unknown, byId: Map<string, JsonLdNode>, out: string[], depth: number): void {
  if (depth > MAX_DEPTH || v == null) return;
  if (typeof v === 'string') {
    out.push(...splitByline(v).names);
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) collect(x, byId, out, depth + 1);
    return;
  }
  if (typeof v !== 'object') return;
  let node = v as JsonLdNode;
  // a bare {"@id": …} stands for the node of that id elsewhere in the graph
  if (node.name == null && typeof node['@id'] === 'string') node = byId.get(node['@id']) ?? node;
  if (typesOf(node).some((t) => ORGANIZATION.test(t))) return;
  const name = node.name;
  if (typeof name === 'string') out.push(...splitByline(name).names);
  else if (name && typeof name === 'object') collect(name, byId, out, depth + 1);
  else if (typeof node.givenName === 'string' && typeof node.familyName === 'string') {
    out.push(...splitByline(`${node.givenName} ${node.familyName}`).names);
  }
}

function authorsOf(node: JsonLdNode, byId: Map<string, JsonLdNode>): string[] {
  const out: string[] = [];
  for (const k of AUTHOR_KEYS) {
    collect(node[k], byId, out, 0);
    if (out.length) break;
  }
  return out;
}

/** The article's authors from JSON-LD, clean and de-duplicated; empty when the page states none. */
export function jsonLdAuthors(hints: JsonLdHints): string[] {
  const byId = indexById(hints.jsonLd);
  const own = hints.article ? authorsOf(hints.article, byId) : [];
  if (own.length) return [...new Set(own)];
  // an article node without authors leaves the page's WebPage or CreativeWork node to speak for it
  const page = hints.jsonLd.find((n) => n !== hints.article && n.author != null && PAGE_TYPE.test(typesOf(n).join(' ')));
  return page ? [...new Set(authorsOf(page, byId))] : [];
}
