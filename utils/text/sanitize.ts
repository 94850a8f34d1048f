// Text that looks like markup ("<img src=x onerror=...>" written as text in a hostile article) never
// survives into the Analysis, its exports or the cache: it is cut, not escaped, because no reader
// needs it and every consumer of the JSON would otherwise have to remember to escape it.

const BLOCK = /<(script|style|iframe|object|embed|template)\b[^<>]{0,2000}>[\s\S]{0,20000}?<\/\1\s*>/gi;
const TAG = /<\/?[a-z!][^<>]{0,2000}>/gi;
const SCRIPT_URL = /\b(?:javascript|vbscript|data\s*:\s*text\/html)\s*:[^\s"'<>]+/gi;
const HANDLER = /\bon[a-z]{3,20}\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
// control characters other than newline and tab, bidi overrides (which can reverse what a reader sees),
// replacement characters and lone surrogates are never text; joiners (U+200C, U+200D) are kept for emoji
// sequences and Persian and Indic scripts
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(s: string): string {
  if (!s) return s;
  return s.replace(BLOCK, ' ').replace(TAG, ' ').replace(SCRIPT_URL, ' ').replace(HANDLER, ' ').replace(CONTROL, '').replace(/[ \t]{2,}/g, ' ');
}

/** Every string of a plain JSON-like value, cleaned. */
export function cleanDeep<T>(v: T): T {
  if (typeof v === 'string') return cleanText(v).trim() as T;
  if (Array.isArray(v)) return v.map(cleanDeep) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = cleanDeep(x);
    return out as T;
  }
  return v;
}
