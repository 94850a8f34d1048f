// Word tokens of a sentence with their offsets, possessives taken off, so runs of capitalised words
// can be read as names.

export interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  possessive: boolean;
  /** characters between the previous token and this one */
  gap: string;
  /** a hyphenated ending taken off the word: "Kansas-based" is "Kansas" with suffix "based" */
  suffix?: string;
}

// "Kansas-based", "Exxon-led": the name before the hyphen is a mention, the adjective around it is not
const HYPHEN_SUFFIX = /^(\p{Lu}[\p{L}\p{N}&.'’]*)-(based|headquartered|led|owned|backed|funded|controlled|run|made|built|designed|related|affiliated|style|era|focused|born)$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.\-]*/gu;
const ACRONYM = /^(\p{L}\.)+\p{L}?\.?$/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  let prevEnd = 0;
  for (const m of slice.matchAll(WORD)) {
    let w = m[0];
    let possessive = false;
    if (ACRONYM.test(w)) w = w.replace(/\.$/, '');
    else w = w.replace(/[.\-]+$/, '');
    if (/['’]s$/.test(w)) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(w)) w = w.slice(0, -1);
    if (!w) continue;
    const hy = HYPHEN_SUFFIX.exec(w);
    const suffix = hy ? hy[2] : undefined;
    if (hy) w = hy[1]!;
    out.push({
      word: w,
      lower: w.toLowerCase(),
      start: from + m.index,
      end: from + m.index + w.length,
      possessive,
      gap: slice.slice(prevEnd, m.index),
      ...(suffix ? { suffix } : {}),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d&.\-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
export const hasInnerCap = (w: string): boolean => /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
export const isYear = (w: string): boolean => /^(1[89]|20)\d\d$/.test(w);
