// Phrases that look like events but are not: a trigger word inside one of these spans is ignored.
// Analysts' ratings, sales of goods or of a company's own shares, and statistics are news, not
// actions between parties.

const NUM = String.raw`(?:about |roughly |nearly |some |around |more than |over |almost |at least )?[\d.,]+(?: (?:million|billion|thousand))?`;

export const VETOES: RegExp[] = [
  // "upgraded the stock to buy", "reiterated a buy rating", "raised its price target"
  /\b(?:upgrad|downgrad|reiterat|initiat|maintain|rat)\w*\b[^;]{0,40}?\b(?:rating|to (?:buy|sell|hold|outperform|underperform|overweight|underweight|neutral|equal-weight))\b/gi,
  /\b(?:rais|lower|cut|boost|trimm?)\w* (?:its |their |the )?(?:price )?target\b/gi,
  // "sold 14,000 cars", "has sold more than 25 million copies": goods, not a company
  new RegExp(String.raw`\b(?:sold|sells?|selling|shipped|delivered) ${NUM} (?!shares|percent|%)[\w-]+`, 'gi'),
  // "sold $1 billion of stock", "raised $2 billion in a bond sale": financing, not a deal between parties
  /\b(?:sold|sells?|selling|issued|raised|raises)\b[^.;]{0,30}\b(?:of|in) (?:its |new )?(?:stock|shares|bonds|debt|notes|convertible bonds)\b/gi,
  // results and forecasts
  /\b(?:raised|raises|lowered|lowers|cut|cuts) (?:its |their )?(?:full-year |annual |quarterly )?(?:forecast|guidance|outlook|estimates?|dividend)\b/gi,
];
