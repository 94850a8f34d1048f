// A synthetic news article of about N words, with names, sums and dates in every paragraph, for
// measuring how analysis cost grows with length.

const COMPANIES = ['Helio Systems', 'Quanta Micro', 'Brightwave', 'Orbital Labs', 'Kestrel Bancorp', 'Nimbus Cloud'];
const PEOPLE = ['Maria Lopez', 'David Chen', 'Sarah Okafor', 'James Whitman'];
const MONTHS = ['January', 'March', 'June', 'September', 'November'];

function sentence(i: number): string {
  const a = COMPANIES[i % COMPANIES.length]!, b = COMPANIES[(i * 7 + 3) % COMPANIES.length]!;
  const p = PEOPLE[i % PEOPLE.length]!;
  const year = 2000 + (i % 24);
  switch (i % 4) {
    case 0: return `${a} agreed to buy ${b} for $${(i % 90) + 1} billion in ${MONTHS[i % 5]} ${year}, the companies said.`;
    case 1: return `${p}, the chief executive of ${a}, said the deal would help it compete with larger rivals over the next several years.`;
    case 2: return `Regulators in Europe opened a review of the transaction in late ${year}, according to people familiar with the matter.`;
    default: return `Analysts said the market for cloud software and chips had grown quickly, and that customers were looking for cheaper options.`;
  }
}

export function syntheticArticle(words: number): string {
  const paras: string[] = [];
  let count = 0, i = 0;
  while (count < words) {
    const p = [sentence(i++), sentence(i++), sentence(i++), sentence(i++)].join(' ');
    count += p.split(' ').length;
    paras.push(`<p>${p}</p>`);
  }
  return `<!doctype html><html lang="en"><head><title>A long story | Bench News</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-15T10:00:00Z"></head>
<body><article><h1>A long story</h1><p class="byline">By Jo Park</p>${paras.join('\n')}</article></body></html>`;
}
