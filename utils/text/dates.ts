// Calendar dates as pages write them ("Jan 23, 2025", "23 January 2025", "2025-01-23T09:30Z"), read into
// "YYYY-MM-DD". Shared by the metadata, byline and time stages.

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'i');
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/;
const COMPACT = /\b((?:19|20)\d\d)[/.](\d\d)[/.](\d\d)\b/;

export const pad = (n: number): string => String(n).padStart(2, '0');

/** A real calendar day in a plausible range for news (1990 to a day past `today`). */
export function validDate(y: number, m: number, d: number, today = new Date()): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990)) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  if (t > today.getTime() + 86400000) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first plausible calendar date written in `s`, or null. US order for slashed dates. */
export function parseDate(s: string | null | undefined, today = new Date()): string | null {
  if (!s) return null;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(s))) return validDate(+m[1]!, +m[2]!, +m[3]!, today);
  if ((m = MONTH_DAY_YEAR.exec(s))) return validDate(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, today);
  if ((m = DAY_MONTH_YEAR.exec(s))) return validDate(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, today);
  if ((m = COMPACT.exec(s))) return validDate(+m[1]!, +m[2]!, +m[3]!, today);
  if ((m = SLASHED.exec(s))) return validDate(+m[3]!, +m[1]!, +m[2]!, today) ?? validDate(+m[3]!, +m[2]!, +m[1]!, today);
  return null;
}

/** Where in `s` a date stands, so bylines can cut "Jane Roe Jan 23, 2025" into name and date. */
export function findDateSpan(s: string): { index: number; length: number } | null {
  let best: RegExpExecArray | null = null;
  for (const re of [ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASHED, COMPACT]) {
    const m = re.exec(s);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best ? { index: best.index, length: best[0].length } : null;
}
