// Sentence splitting for English news prose. Offsets index into the text given, so stages can map
// mentions and time expressions back to the sentence that holds them.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

// Abbreviations that end with a period but rarely end a sentence in news copy.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc corp co ltd llc plc bros vs etc approx est dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos fig al e.g i.e u.s u.k u.n e.u a.m p.m ph.d mt ft')
    .split(' '),
);

// A candidate boundary: terminal punctuation, optional closing quote or bracket, whitespace.
const BOUNDARY = /[.!?…]+["'”’)\]]*\s+/g;

function isAbbreviation(before: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // a lone initial ("J. Smith") or an acronym with dots ("U.S.")
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  text.split('\n').forEach((para, paragraph) => {
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
      const cut = m.index + m[0].length;
      const next = para.slice(cut, cut + 2);
      const punct = m[0].trimEnd();
      if (!/^["“‘'(\[]?[\p{Lu}\p{N}]/u.test(next)) continue;
      if (punct === '.' && isAbbreviation(para.slice(0, m.index + 1))) continue;
      push(para, start, m.index + punct.length, paragraph, offset, out);
      start = cut;
    }
    push(para, start, para.length, paragraph, offset, out);
    offset += para.length + 1;
  });
  return out;
}

function push(para: string, from: number, to: number, paragraph: number, offset: number, out: Sentence[]): void {
  const raw = para.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({ text, start: offset + from + lead, end: offset + from + lead + text.length, paragraph });
}
