import type { Analysis } from '../../utils/types';

export function fakeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    url: 'https://ledger.example/industry/halvard',
    isArticle: true,
    reason: 'The page declares itself an article.',
    title: 'Halvard Ends Its Cloud Deal',
    site: 'The Ledger Line',
    lang: 'en',
    publishedTime: '2025-03-11',
    authors: ['Clara Whitfield', 'Jonah Reyes'],
    bylines: [
      { name: 'Clara Whitfield', date: '2025-03-11', text: 'By Clara Whitfield and Jonah Reyes' },
      { name: 'Jonah Reyes', date: '2025-03-11', text: 'By Clara Whitfield and Jonah Reyes' },
      { name: 'Marta Lindqvist', date: '2025-03-10', text: 'By Marta Lindqvist' },
      { name: 'Jonah Reyes', date: '2025-03-07', text: 'By Jonah Reyes' },
    ],
    text: 'Halvard Robotics is ending its deal.',
    wordCount: 458,
    readingMinutes: 2,
    summary: ['Halvard Robotics is ending its exclusive deal with Meridian Cloud.', 'Northgate Capital invested $240 million.'],
    entities: [
      { name: 'Halvard Robotics', type: 'organization', aliases: ['Halvard'], mentions: 12 },
      { name: 'Ingrid Solberg', type: 'person', aliases: [], mentions: 3 },
      { name: '$240 million', type: 'money', aliases: [], mentions: 1 },
    ],
    timeExpressions: [{ text: 'in 2018', value: '2018' }],
    timeline: [
      { date: null, parties: ['Halvard Robotics', 'Tessaline Systems'], type: 'partnership', what: 'Tessaline hosts new fleets', evidence: 'Tessaline will host the mapping service.' },
      { date: '2018', parties: ['Meridian Cloud', 'Halvard Robotics'], type: 'partnership', what: 'Meridian signs Halvard', evidence: 'Meridian Cloud signed Halvard in 2018.' },
      { date: '2023-Q2', parties: ['Meridian Cloud'], type: 'other', what: 'An outage idles fleets', evidence: 'The relationship grew strained in the second quarter of 2023.' },
    ],
    timings: { total: 10 },
    ...overrides,
  };
}
