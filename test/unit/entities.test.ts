import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities';
import { findMoney } from '../../utils/entities/money';
import { splitSentences } from '../../utils/text/sentences';
import type { Entity } from '../../utils/types';

const run = (text: string): Entity[] => findEntities(text, splitSentences(text)).entities;
const find = (es: Entity[], name: string): Entity | undefined => es.find((e) => e.name === name);
const typeOf = (text: string, name: string): string | undefined => find(run(text), name)?.type;

describe('entity types', () => {
  it.each([
    ['Shares of Nvidia rose after the earnings call on the news.', 'Nvidia', 'organization'],
    ['The deal was struck in Singapore after months of talks.', 'Singapore', 'place'],
    ['Priya Raman, the chief operating officer, will leave in June.', 'Priya Raman', 'person'],
    ['Investors cheered as the lender Kestrel Bancorp raised its outlook.', 'Kestrel Bancorp', 'organization'],
    ['Regulators at the Federal Trade Commission opened a review.', 'Federal Trade Commission', 'organization'],
    ['Users flocked to Photoshop after the update shipped to everyone.', 'Photoshop', 'product'],
    ['The company said its Orion-3 chip would ship next year.', 'Orion-3', 'product'],
    ['Quillbyte said its Quillbyte Studio suite would be free.', 'Quillbyte Studio', 'product'],
    ['The startup Brightwave raised money from several funds.', 'Brightwave', 'organization'],
    ['Revenue at ZentriCloud doubled as customers moved workloads.', 'ZentriCloud', 'organization'],
    ['The shares fell after CEO Tomas Lindqvist resigned abruptly.', 'Tomas Lindqvist', 'person'],
    ['The company hired Noam Shazeer from a rival lab last year.', 'Noam Shazeer', 'person'],
    ['The bank said Ola Kettering, a co-founder of the fund, would stay.', 'Ola Kettering', 'person'],
    ['Microsoft paid Inflection AI for its models and hired its staff.', 'Inflection AI', 'organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('what is not an entity', () => {
  it.each([
    ['However, the plan changed. Reports suggest the plan changed again.', ['However', 'Reports']],
    ['The AI boom lifted chip stocks, and the CEO said so on Monday.', ['AI', 'CEO', 'Monday']],
    ['European and British regulators met in January to discuss rules.', ['European', 'British', 'January']],
    ['Employees were told in a memo that offices would close.', ['Employees']],
  ])('%s', (text, names) => {
    const got = run(text).map((e) => e.name);
    for (const n of names) expect(got).not.toContain(n);
  });

  it('skips heading lines', () => {
    const text = 'The Road Ahead For Chipmakers\nNvidia said demand was strong across every region.';
    expect(run(text).map((e) => e.name)).toEqual(['Nvidia']);
  });
});

describe('lists, aliases and counts', () => {
  it('splits a list of companies into one entity each', () => {
    const es = run('Rivals such as Microsoft, Google, and Meta spent heavily on data centers this year.');
    expect(es.map((e) => e.name).sort()).toEqual(['Google', 'Meta', 'Microsoft']);
  });

  it('splits "A and B" but keeps "Competition and Markets Authority" whole', () => {
    const es = run('Microsoft and OpenAI signed a deal. The Competition and Markets Authority said it would look at the deal.');
    expect(es.map((e) => e.name)).toEqual(expect.arrayContaining(['Microsoft', 'OpenAI', 'Competition and Markets Authority']));
    expect(es.map((e) => e.name)).not.toContain('Markets Authority');
  });

  it('maps surnames, possessives, acronyms and generic heads to the full name', () => {
    const text =
      'Helena Vasquez, who runs the fund, said prices were high. Vasquez added that Vasquez\'s team would wait. ' +
      'The European Commission opened a probe. The Commission declined to comment. ' +
      'The Competition and Markets Authority agreed, and the CMA set a deadline.';
    const es = run(text);
    expect(find(es, 'Helena Vasquez')).toMatchObject({ type: 'person', aliases: ['Vasquez'], mentions: 3 });
    expect(find(es, 'European Commission')?.aliases).toContain('Commission');
    expect(find(es, 'Competition and Markets Authority')?.aliases).toContain('CMA');
    expect(es.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('merges a dateline in capitals with the place', () => {
    const es = run('SAN FRANCISCO, March 3 — The startup Lumora moved its office out of San Francisco this week.');
    expect(find(es, 'San Francisco')).toMatchObject({ type: 'place', mentions: 2 });
  });

  it('reports mention offsets that point at the mention', () => {
    const text = 'Oracle agreed to buy Cerner. Oracle said Cerner would stay in Kansas City.';
    const { entities, mentions } = findEntities(text, splitSentences(text));
    for (const m of mentions) {
      const e = entities[m.entity]!;
      expect([e.name, ...e.aliases]).toContain(text.slice(m.start, m.end));
    }
  });
});

describe('money', () => {
  it.each([
    ['paid $1 billion in cash', '$1 billion', '$1000000000'],
    ['a $1bn deal', '$1bn', '$1000000000'],
    ['at $26.79 a share', '$26.79', '$27'],
    ['raised €3.5 million', '€3.5 million', '€3500000'],
    ['worth US$2 billion', 'US$2 billion', '$2000000000'],
    ['a 5 million euros fine', '5 million euros', '€5000000'],
    ['$157 per share', '$157', '$157'],
  ])('%s', (text, written, key) => {
    expect(findMoney(text)).toEqual([expect.objectContaining({ text: written, key })]);
  });

  it('counts one sum written two ways as one entity', () => {
    const es = run('Microsoft invested $1 billion in the startup. The $1bn stake was its largest.');
    expect(es.filter((e) => e.type === 'money')).toEqual([{ name: '$1 billion', type: 'money', aliases: ['$1bn'], mentions: 2 }]);
  });

  it('finds no money in plain numbers', () => {
    expect(findMoney('It has 300 million users and 2,019 staff.')).toEqual([]);
  });
});
