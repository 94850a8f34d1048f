// A sentence cut into clauses at commas, semicolons and dashes, so that "In April, the regulator
// blocked X, only to approve it in October" yields two dated statements rather than one.

export interface Clause {
  text: string;
  start: number;
  end: number;
}

const LIST_BEFORE = /(?:^|[\s,])\p{Lu}[\p{L}\d.&'’-]*$/u;
const LIST_AFTER = /^(?:and |or )?\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}(?:,| and | or )/u;
// not at a colon: what follows one names who the clause is about ("named two chiefs: A and B")
const CUT = /\s*(?:[,;]|\s[—–-]\s)\s*/g;

export function splitClauses(sentence: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CUT)) {
    // a comma inside a number ("$1,000") is not a cut
    if (m[0].trim() === ',' && /\d$/.test(sentence.slice(0, m.index)) && /^\d/.test(sentence.slice(m.index + m[0].length))) continue;
    // nor a comma inside a list of names: "Apple, Google and Samsung were among the investors"
    if (m[0].trim() === ',' && LIST_BEFORE.test(sentence.slice(0, m.index)) && LIST_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    push(sentence, from, m.index, offset, out);
    from = m.index + m[0].length;
  }
  push(sentence, from, sentence.length, offset, out);
  return out;
}

function push(s: string, from: number, to: number, offset: number, out: Clause[]): void {
  const text = s.slice(from, to);
  if (text.trim()) out.push({ text, start: offset + from, end: offset + to });
}
