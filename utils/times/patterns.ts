// Every time pattern, compiled once. All are global and case-insensitive; rules check capitals themselves
// where a capital is what tells a month or weekday from a word ("May" and "may", "March" and "march").
// Each is run once over the text, and none nests unbounded repetition, so a scan stays linear.

// A time phrase never runs across a paragraph break ("ON\nJuly 22" is a heading and a date), so every
// `\s` is narrowed to space within a line here, once, rather than at each use.
const re = (source: string): RegExp =>
  new RegExp(source.replaceAll('[\\s-]', '(?:[^\\S\\n]|-)').replaceAll('\\s', '[^\\S\\n]'), 'gi');

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBRS = 'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** next to a day or a year, where "Jan 2024" and "Sept. 15" are unambiguous */
const MON = `(?<mon>(?:${MONTH_NAMES}|(?:${MONTH_ABBRS})\\.?)(?![a-z]))`;
/** standing alone, where "Mar" or "Jun" could be anything */
const MON_ALONE = `(?<mon>(?:${MONTH_NAMES})(?![a-z])|(?:${MONTH_ABBRS})\\.)`;
const WEEKDAY = '(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])';
const WEEKDAY_LEAD = `(?:\\b${WEEKDAY},?\\s+)?`;

/** a four-digit year that is not part of an amount ("$2019", "2,019"), a decade ("1990s") or an ISO date */
const year = (name: string): string =>
  `(?<![\\w$€£¥#@]|\\d[.,])(?<${name}>19\\d\\d|20\\d\\d|2100)(?![\\w%]|[.,]\\d|-\\d\\d-)`;
const NOT_QUANTITY =
  '(?!\\s+(?:million|billion|trillion|thousand|hundred|percent|per\\s+cent|people|employees|workers|staff|jobs|units|shares|customers|users|points|miles|kilometers|km|feet|meters|acres|tons|tonnes|barrels|dollars|euros|pounds|yen)\\b)';
const IN = '(?:\\bin\\s+)?';
const ON = '(?:\\bon\\s+)?';
const REL_YEAR = '(?<rel>last|this|next)\\s+year\\b';
const COUNT = '(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const EVENT_NOUNS =
  'announcement|deal|acquisition|merger|takeover|purchase|sale|launch|release|debut|ipo|listing|offering|investment|funding|agreement|partnership|vote|ruling|decision|election|meeting|hearing|filing|lawsuit|settlement|report|statement|news|event|move|layoffs|resignation|appointment|closing|crash|attack|outage|breach|approval|bid|offer|transaction';
/** what a chained phrase counts from, kept in the text: "the day after the announcement" */
const EVENT = `(?:\\s+(?:that\\b|(?:the|its|their|this)\\s+(?:${EVENT_NOUNS})(?![a-z])))`;
const ORDINAL_Q = '(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const ORDINAL_H = '(?<ord>first|second|latter|1st|2nd)';
// "of" after a quarter or half must lead to a year; "the first half of the game" is no date
const OF_YEAR_ONLY = '(?!\\s+of\\s+(?!fiscal|calendar|year\\b|(?:19|20)\\d\\d|(?:last|this|next|that|the)\\s+year))';
const OF_YEAR = `(?:\\s+(?:of|in)\\s+(?:(?:fiscal|calendar)\\s+)?(?:year\\s+)?(?:${year('y')}|(?<rel>last|this|next|that|the)\\s+year\\b)|,?\\s+${year('y2')})?`;

// ---- full dates ----
export const DATE_MDY = re(`${ON}${WEEKDAY_LEAD}\\b${MON}\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d)(?!\\d)(?:,?\\s*${year('y')})?`);
export const DATE_DMY = re(`${ON}${WEEKDAY_LEAD}(?:the\\s+)?(?<![\\d.,$])\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?:,?\\s+${year('y')})?`);
export const DATE_ISO = re('(?<![\\d-])(?<y>(?:19|20)\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)(?!\\d)');
export const DATE_SLASH = re('(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>(?:19|20)\\d\\d)(?![\\d/])');

// ---- months ----
const PART_LEAD = '(?:\\b(?:early|mid|late)[\\s-]+)?';
export const MONTH_YEAR = re(`${IN}${PART_LEAD}\\b${MON},?\\s+(?:of\\s+)?${year('y')}`);
export const MONTH_OF_REL_YEAR = re(`${IN}${PART_LEAD}\\b${MON},?\\s+(?:of\\s+)?${REL_YEAR}`);
// "in April of that year", "Nov. 10 that year", "That August": the year the text was just speaking of
export const MONTH_THAT_YEAR = re(`(?:\\b(?:in|on)\\s+)?${PART_LEAD}\\b${MON}(?:\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?that\\s+year\\b`);
export const THAT_MONTH = re(`\\bthat\\s+${MON_ALONE}(?!\\.?\\s*\\d)`);
export const MONTH_REL = re(`\\b(?<rel>last|this|next)\\s+${MON_ALONE}`);
// a bare month needs a lead-in, which is what keeps "May" the verb and "August" the name out
export const MONTH_ALONE = re(
  `(?:\\b(?:in|on)\\s+|(?<=\\b(?:since|by|until|till|through|throughout|during|from|before|after|between|around|of|early|mid|late)[\\s-]+))${PART_LEAD}\\b${MON_ALONE}(?!\\.?\\s*\\d)`,
);

// ---- years and parts of years ----
export const YEAR = re(`${IN}${year('y')}(?:[-–/](?<y2>\\d\\d)(?!\\d))?${NOT_QUANTITY}`);
export const FISCAL_YEAR = re(`${IN}\\b(?:fiscal(?:\\s+year)?\\s+${year('y')}|FY\\s?'?(?<fy>(?:19|20)?\\d\\d)(?!\\d))`);
export const PART_YEAR = re(`${IN}\\b(?<part>early|mid|late)(?:\\s*-\\s*|\\s+)(?:${year('y')}|${REL_YEAR})`);
export const EDGE_OF = re(
  `\\b(?:the\\s+)?(?<edge>end|start|beginning|middle|close)\\s+of\\s+(?:${year('y')}|(?<rel>last|this|next|that|the)\\s+(?<unit>year|month|quarter)\\b)`,
);
export const YEAR_END = re(`\\byear[\\s-]end\\b(?:\\s+${year('y')})?`);
export const ADV_REL = re('\\b(?<adv>earlier|later)\\s+(?:in\\s+)?(?<rel>this|last|next)\\s+(?<unit>year|month|week)\\b');
export const QUARTER = re(`${IN}\\b(?:the\\s+)?${ORDINAL_Q}[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?quarter\\b${OF_YEAR_ONLY}${OF_YEAR}`);
export const QUARTER_SHORT = re(`${IN}(?<!\\w)(?<q>Q)(?<qn>[1-4])(?:\\s*(?:of\\s+)?(?:${year('y')}|(?:FY\\s?['’]?|['’])(?<yy>\\d\\d)(?!\\d)))?(?!\\w)`);
export const HALF = re(`${IN}\\b(?:(?<the>the)\\s+)?${ORDINAL_H}(?<sep>[\\s-]+)half\\b${OF_YEAR_ONLY}${OF_YEAR}`);
// a bare "H2" is as often hydrogen as a half-year, so the short form needs its year
export const HALF_SHORT = re(`${IN}(?<!\\w)(?<h>H)(?<hn>[12])\\s*(?:of\\s+)?(?:${year('y')}|['’](?<yy>\\d\\d)(?!\\d))(?!\\w)`);
export const SEASON = re(
  `(?:\\b(?<pre>in(?:\\s+the)?|during(?:\\s+the)?|the|last|this|next)\\s+)?\\b(?<s>spring|summer|fall|autumn)(?![a-z])(?:,?\\s+(?:of\\s+)?${year('y')})?`,
);

// ---- relative to the anchor ----
// "the last year" and "over the next year" are spans of time, not the calendar year
export const RELATIVE = re('(?<!\\b(?:the|over)\\s+)\\b(?<rel>last|this|next)\\s+(?:fiscal\\s+)?(?<unit>year|month|week|quarter)\\b');
export const DAY_WORD = re('\\b(?<w>yesterday|today|tomorrow|tonight|this\\s+(?:morning|afternoon|evening))\\b');
export const AGO = re(`\\b${COUNT}\\s+(?<unit>day|week|month|quarter|year|decade)s?\\s+ago\\b`);
export const WEEKDAY_NAMED = re(`(?:\\b(?<rel>on|last|this|next)\\s+)?\\b${WEEKDAY}`);
/** holidays named after a weekday are not that weekday */
export const HOLIDAY_BEFORE = /\b(?:black|cyber|good|super|ash|holy|maundy|easter|giving|fat|blue|manic)\s+$/i;

// ---- relative to the previous expression ----
export const CHAIN_NEXT = re(
  '(?<!\\b(?:over|within|for|throughout|across)\\s+)\\bthe\\s+(?<dir>following|next|subsequent|previous|preceding|prior)\\s+(?<unit>day|week|month|quarter|year)\\b',
);
export const CHAIN_BEFORE_AFTER = re(
  `\\bthe\\s+(?<unit>day|week|month|quarter|year)\\s+(?<dir>before|after|earlier|later|prior)\\b(?:\\s+(?<last>last)\\b|${EVENT})?`,
);
export const CHAIN_COUNT = re(
  `(?<!\\bfor\\s+)\\b${COUNT}\\s+(?<unit>day|week|month|quarter|year|decade)s?\\s+(?<dir>later|earlier|before|after|prior|afterwards?|on(?=\\s*[,.;:\\n]))\\b${EVENT}?`,
);
export const CHAIN_SAME = re(
  '\\b(?:(?<adv>later|earlier)\\s+(?:in\\s+)?)?(?:that(?:\\s+same)?|the\\s+same)\\s+(?<unit>day|week|month|quarter|year)\\b',
);

/** words that put a clause in the future, so "in March" means the coming March */
export const FUTURE_CUE =
  /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|expecting|scheduled|slated|set\s+to|aims?|aiming|intends?|due|upcoming|going\s+to|could|might|may|hopes?\s+to|targets?|targeting)\b/i;
