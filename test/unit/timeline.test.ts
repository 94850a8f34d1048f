import { describe, expect, it } from 'vitest';
import { analyzeProse } from '../../utils/analyze';
import type { TimelineEvent } from '../../utils/types';

const timeline = (text: string, published = '2024-05-15'): TimelineEvent[] =>
  analyzeProse(text, { published, today: new Date('2024-06-01'), summarySentences: 3 }, {}).timeline;

const brief = (es: TimelineEvent[]): [string | null, string, string[]][] => es.map((e) => [e.date, e.type, [...e.parties].sort()]);

describe('events from one sentence', () => {
  it.each([
    ['Oracle bought Cerner in 2022 for about $28 billion.', [['2022', 'acquisition', ['Cerner', 'Oracle']]]],
    ['Amazon invested $4 billion in Anthropic in March 2024.', [['2024-03', 'investment', ['Amazon', 'Anthropic']]]],
    ['In 2021, Walmart partnered with Ford to deliver groceries.', [['2021', 'partnership', ['Ford', 'Walmart']]]],
    ['Nvidia hired Dana Whitfield as chief scientist in early 2023.', [['2023-early', 'hire', ['Dana Whitfield', 'Nvidia']]]],
    ['The Federal Trade Commission sued Meta in December 2020.', [['2020-12', 'regulatory', ['Federal Trade Commission', 'Meta']]]],
    ['Intel and Tower Semiconductor called off their merger on Wednesday.', [['2024-05-15', 'ended', ['Intel', 'Tower Semiconductor']]]],
    ['Electric truck maker Rivian went public on the Nasdaq in November 2021.', [['2021-11', 'ipo', ['Nasdaq', 'Rivian']]]],
  ])('%s', (text, expected) => {
    expect(brief(timeline(text))).toEqual(expected);
  });
});

describe('pronouns, modals and the direction of money', () => {
  it('resolves "it" after a time phrase, and "May" is a month, not a modal', () => {
    const es = timeline('In January, OpenAI signed a content deal with Axel Springer, and in May it struck a partnership with Reddit.');
    expect(brief(es)).toEqual([
      ['2024-01', 'partnership', ['Axel Springer', 'OpenAI']],
      ['2024-05', 'partnership', ['OpenAI', 'Reddit']],
    ]);
  });

  it('reads "the company" as the article\'s main company and ignores the date of an aside', () => {
    const text = 'OpenAI raised money from Thrive Capital. OpenAI hired staff. Elon Musk, a co-founder who left the board in 2018, has also filed a lawsuit against the company.';
    const suit = timeline(text, '2024-10-02').find((e) => e.parties.includes('Elon Musk'));
    expect(suit).toMatchObject({ date: '2024-10-02', type: 'regulatory', parties: ['Elon Musk', 'OpenAI'], what: 'Elon Musk sues OpenAI' });
  });

  it('takes the subject, not the object of an earlier verb, as the one who acts', () => {
    const es = timeline('In March, Microsoft paid Inflection AI about $650 million to license its models and hired most of its staff.');
    expect(es.map((e) => e.parties[0])).toEqual(['Microsoft']);
    expect(es[0]).toMatchObject({ date: '2024-03', type: 'hire' });
  });

  it('lets a list of companies act together', () => {
    const es = timeline('Intel and AMD launched a venture with Samsung in 2021.');
    expect(es[0]).toMatchObject({ parties: ['Intel', 'AMD', 'Samsung'], what: 'Intel and AMD partner with Samsung' });
  });

  it('says who raised money from whom', () => {
    const [e] = timeline('OpenAI has raised $6.6 billion in a funding round led by Thrive Capital.', '2024-10-02');
    expect(e).toMatchObject({ type: 'investment', what: 'OpenAI raises $6.6 billion from Thrive Capital' });
  });
});

describe('listings, sales and collapses', () => {
  it.each([
    ['Arm Holdings shares jumped in their Nasdaq debut on Thursday, the biggest listing of the year.', 'ipo', '2024-05-09'],
    ['The chipmaker Quanta agreed to sell its modem unit to Helio Systems in March 2023.', 'acquisition', '2023-03'],
    ['Helio Systems tried to buy Quanta in 2020, but the deal collapsed in February 2022.', 'ended', '2022-02'],
  ])('%s', (text, type, date) => {
    const es = timeline(`Helio Systems and Quanta talked. ${text}`);
    expect(es.map((e) => [e.type, e.date])).toContainEqual([type, date]);
  });

  it('buying shares is an investment, not a takeover; an attempt is no event', () => {
    const es = timeline('Apple agreed to buy shares of Arm Holdings in 2023. Google tried to buy Nvidia in 2021.');
    expect(brief(es)).toEqual([['2023', 'investment', ['Apple', 'Arm Holdings']]]);
  });
});

describe('events need a relation between parties', () => {
  it.each([
    'Microsoft reported higher profits in 2023.',
    'Analysts expect the market to grow in 2025.',
    'Google could buy Wiz in 2025, people said.',
    'Apple did not acquire Tesla in 2016.',
  ])('%s gives no event', (text) => {
    expect(timeline(text)).toEqual([]);
  });
});

describe('dating and parties across clauses and sentences', () => {
  it('splits two acquisitions in one sentence and resolves "it"', () => {
    const text = 'Cisco has relied on deals before. It paid $2.35 billion for Duo Security in 2018 and acquired the internet monitoring company ThousandEyes in 2020.';
    expect(brief(timeline(text))).toEqual([
      ['2018', 'acquisition', ['Cisco', 'Duo Security']],
      ['2020', 'acquisition', ['Cisco', 'ThousandEyes']],
    ]);
  });

  it('dates each clause by its own time: block in April, approval in October', () => {
    const text = 'In April, the CMA blocked Microsoft\'s purchase of the game publisher Activision Blizzard, only to approve a restructured version of that transaction in October.';
    const es = timeline(text, '2023-12-18');
    expect(es.map((e) => e.date)).toEqual(['2023-04', '2023-10']);
    for (const e of es) expect(e.parties).toEqual(expect.arrayContaining(['Microsoft']));
  });

  it('carries "at the time" from the sentence before, in the same paragraph', () => {
    const text = 'Microsoft invested $1 billion in OpenAI in 2019. At the time, Microsoft became the exclusive cloud provider for OpenAI.';
    expect(brief(timeline(text))).toEqual([
      ['2019', 'investment', ['Microsoft', 'OpenAI']],
      ['2019', 'partnership', ['Microsoft', 'OpenAI']],
    ]);
  });

  it('gives present-tense news the publication date', () => {
    const es = timeline('Zephyr Labs is joining forces with Samsung as a partner, the companies said.', '2024-05-15');
    expect(es.every((e) => e.date === '2024-05-15')).toBe(true);
  });

  it('puts events in date order, undated last, with the sentence as evidence', () => {
    const text = 'Salesforce bought Slack in 2021.\nSalesforce is an investor in Anthropic, which it backs.\nSalesforce acquired Tableau in 2019.';
    const es = timeline(text);
    expect(es.map((e) => e.date)).toEqual(['2019', '2021', '2024-05-15']);
    for (const e of es) expect(text).toContain(e.evidence);
  });
});

describe('milestones of one party count', () => {
  it.each([
    ['Norvale Robotics laid off about 12% of its workforce in March 2023.', '2023-03', 'other', 'Norvale Robotics'],
    ['Quillfeather Labs listed its shares on the Nasdaq in June 2021.', '2021-06', 'ipo', 'Quillfeather Labs'],
    ['Brightwater Labs released its first open model in April 2024.', '2024-04', 'product', 'Brightwater Labs'],
    ['Corvane Aerospace raised $300 million in new funding in 2022.', '2022', 'investment', 'Corvane Aerospace'],
    ['Keystone Holdings replaced its chief executive in October 2023.', '2023-10', 'hire', 'Keystone Holdings'],
    ['The Federal Aviation Administration grounded dozens of jets in January 2024.', '2024-01', 'regulatory', 'Federal Aviation Administration'],
    ['Halvorsen Energy said in February that it would cut 900 jobs.', '2024-02', 'other', 'Halvorsen Energy'],
  ])('%s', (text, date, type, party) => {
    const es = timeline(text);
    expect(es.map((e) => [e.date, e.type])).toContainEqual([date, type]);
    expect(es.flatMap((e) => e.parties)).toContain(party);
    for (const e of es) expect(e.what.startsWith(party)).toBe(true);
  });
});

describe('hires, departures and the one who acts', () => {
  it.each([
    ['Halvorsen Energy named Priya Raman chief operating officer in May 2023.', ['Halvorsen Energy', 'Priya Raman']],
    ['Daniel Ortiz stepped down as chief executive of Keystone Holdings in 2022.', ['Daniel Ortiz', 'Keystone Holdings']],
  ])('%s', (text, parties) => {
    const [e] = timeline(text);
    expect(e).toMatchObject({ type: 'hire' });
    expect(e!.parties).toEqual(expect.arrayContaining(parties));
  });

  it('reads "X was acquired by Y" as Y acquiring X', () => {
    const [e] = timeline('Lumetra Systems was acquired by Orbis Holdings in 2019 for $2 billion.');
    expect(e).toMatchObject({ date: '2019', type: 'acquisition', parties: ['Orbis Holdings', 'Lumetra Systems'], what: 'Orbis Holdings acquires Lumetra Systems ($2 billion)' });
  });

  it('adds what a relative clause is about: "X, which Y founded"', () => {
    const es = timeline('Halvorsen Energy, which Sarah Lindqvist founded in 1971, grew quickly.');
    expect(es[0]).toMatchObject({ date: '1971', parties: ['Sarah Lindqvist', 'Halvorsen Energy'], what: 'Sarah Lindqvist founds Halvorsen Energy' });
  });
});

describe('what is not an event', () => {
  it.each([
    'Goldline Securities upgraded Keystone Holdings to buy in 2024, citing demand.',
    'Goldline Securities reiterated a buy rating on Keystone Holdings in 2024.',
    'Keystone Holdings sold 14,000 trucks in 2023, a record for the company.',
    'Keystone Holdings is considering layoffs in 2025, people familiar said.',
    'Orbis Holdings could list its shares on the Nasdaq in 2025.',
    'Keystone Holdings rejected the proposal from Orbis Holdings in 2023.',
    'Keystone Holdings reported higher sales in 2023.',
    'Brightwater Labs showed the device at launch in 2023, with several partners.',
  ])('%s gives no event', (text) => {
    expect(timeline(text)).toEqual([]);
  });
});

describe('parties are the ones who act, not who reported it', () => {
  it.each([
    ['Orbis Holdings acquired Lumetra Systems in 2019, according to the Daily Ledger.', ['Orbis Holdings', 'Lumetra Systems']],
    ['Orbis Holdings hired Priya Raman in 2020, Meridian News reported.', ['Orbis Holdings', 'Priya Raman']],
  ])('%s', (text, parties) => {
    const es = timeline(text);
    expect(es).toHaveLength(1);
    expect([...es[0]!.parties].sort()).toEqual([...parties].sort());
  });

  it('a stock exchange is where a company lists, never a company listing', () => {
    const es = timeline('Quillfeather Labs listed its shares on the London Stock Exchange in 2019, the biggest listing since 2011.');
    expect(es.map((e) => [e.date, e.type, e.what])).toEqual([['2019', 'ipo', 'Quillfeather Labs goes public on London Stock Exchange']]);
  });
});

describe('who a leadership change is about', () => {
  it('a person who retires leaves the company the article is about', () => {
    const es = timeline('Orbis Holdings makes freight software. Orbis Holdings grew fast. He retired on March 3, and Orbis Holdings named two interim co-chief executives: Priya Raman and Daniel Ortiz.');
    expect(es.flatMap((e) => e.parties)).toEqual(expect.arrayContaining(['Orbis Holdings', 'Priya Raman']));
  });

  it('"it" later in a sentence is the company named first in it', () => {
    const es = timeline('Keystone Holdings is betting on a new chip, and it signed up Orbis Holdings as a customer in February 2024.');
    expect(es[0]).toMatchObject({ date: '2024-02', parties: ['Keystone Holdings', 'Orbis Holdings'] });
  });

  it('a promise is no event', () => {
    expect(timeline('Priya Raman has promised to sell Lumetra Systems in 2025, people said.')).toEqual([]);
  });
});

describe('an opening participle is about the company named after it', () => {
  it('Founded in 1987 by A and B, Acme ...', () => {
    const [e] = timeline('Founded in 1987 by Sarah Lindqvist and Daniel Ortiz, Halvorsen Energy now employs 4,000 people.');
    expect(e).toMatchObject({ date: '1987', parties: ['Halvorsen Energy', 'Sarah Lindqvist', 'Daniel Ortiz'], what: 'Halvorsen Energy is founded by Sarah Lindqvist and Daniel Ortiz' });
  });
});
