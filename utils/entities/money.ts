// Sums of money as written ("$1 billion", "$26.79", "€3bn", "US$2 million", "5 million euros"), with a
// value key so "$1bn" and "$1 billion" count as one entity.

export interface MoneySpan {
  text: string;
  start: number;
  end: number;
  key: string;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};
const SYMBOL = /(?:(?:US|A|C|HK|NZ|S)?([$€£¥₹]))\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|mln|tn|k|m|b|t)\b)?/g;
const WORDED = /\b(\d[\d,]*(?:\.\d+)?)\s(thousand|million|billion|trillion)?\s?(dollars|euros|pounds|yen|yuan)\b/g;
const CURRENCY: Record<string, string> = { dollars: '$', euros: '€', pounds: '£', yen: '¥', yuan: '¥' };

function key(symbol: string, amount: string, scale: string | undefined): string {
  const n = parseFloat(amount.replace(/,/g, '')) * (SCALE[(scale ?? '').toLowerCase()] ?? 1);
  return `${symbol}${Math.round(n)}`;
}

export function findMoney(text: string): MoneySpan[] {
  const out: MoneySpan[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const written = m[0].replace(/\s+$/, '');
    out.push({ text: written, start: m.index, end: m.index + written.length, key: key(m[1]!, m[2]!, m[3]) });
  }
  for (const m of text.matchAll(WORDED)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, key: key(CURRENCY[m[3]!]!, m[1]!, m[2]) });
  }
  return out.sort((a, b) => a.start - b.start);
}
