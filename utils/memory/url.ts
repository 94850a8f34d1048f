// An article's identity is its URL without what changes between two visits to the same story.

// tracking parameters added by newsletters, social networks and ad campaigns
const TRACKING = [/^utm_/i, /^(fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|_ga|_gl|ocid|cmpid|smid|sr_share|spm|ref|ref_src|ref_url|share|src|taid)$/i];

export function normalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.some((re) => re.test(k)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}
