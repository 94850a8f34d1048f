// Names nobody listed, typed from what the sentence says about them (invented names throughout).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities';
import { splitSentences } from '../../utils/text/sentences';
import type { Entity } from '../../utils/types';

const run = (text: string): Entity[] => findEntities(text, splitSentences(text)).entities;
const names = (text: string): string[] => run(text).map((e) => e.name);
const typeOf = (text: string, name: string): string | undefined => run(text).find((e) => e.name === name)?.type;

describe('types from the words around a name', () => {
  it.each([
    ['The Okemah-based lender said profits rose in the quarter.', 'Okemah', 'place'],
    ['Tarvel moved its offices to Dunmore Falls, Texas, last spring.', 'Dunmore Falls', 'place'],
    ['The company is based in Quarrington and sells tools to farms.', 'Quarrington', 'place'],
    ['Users can now download the web browser Quillfox for free.', 'Quillfox', 'product'],
    ['The maker said its next model Corvo would cost less.', 'Corvo', 'product'],
    ['Sales of the iZentro rose after the holiday season began.', 'iZentro', 'product'],
    ['Carl Press, the vice chairman of Doravel, said dealers would close.', 'Carl Press', 'person'],
    ['The show opened at the Halvorsen Center on a rainy evening.', 'Halvorsen Center', 'place'],
    ['Lawyers for Brelmont Brothers said the ruling was wrong.', 'Brelmont Brothers', 'organization'],
    ['Parts come from Corsa AeroSystems, the supplier, every week.', 'Corsa AeroSystems', 'organization'],
    ['The plant in Szeged will reopen next month after repairs.', 'Szeged', 'place'],
    ['Shares of General Motors fell after the strike began.', 'General Motors', 'organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('spans', () => {
  it.each([
    ['The round was led by Brelwin Partners and Osterdahl Capital Management last week.', ['Brelwin Partners', 'Osterdahl Capital Management']],
    ['Funds such as QMX and Harrowgate Management joined the deal.', ['QMX', 'Harrowgate Management']],
    ['The Center for Quiet Streets called the plan a mistake.', ['Center for Quiet Streets']],
    ['Fans waited years for Tides of the Varn to arrive.', ['Tides of the Varn']],
    ['Australian Prime Minister Dana Okafor met the chief executive on Friday.', ['Dana Okafor']],
    ['The agency gave Kestrel 90 days to respond to the findings.', ['Kestrel']],
    ['Shares of General Motors fell after the strike began in the morning.', ['General Motors']],
    ['A door blew out of a Harlow Airlines 212 Max jet. Nobody was hurt.', ['Harlow Airlines', '212 Max']],
    ['Analysts follow Trevalon closely. Buying Trevalon would cost more. Trevalon said no.', ['Trevalon']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['The Exxora-led group won the tender, and Exxora said so.', 'Exxora-led'],
    ['The startup closed its Series C round and later filed for Chapter 11 protection.', 'Series C'],
    ['The startup closed its Series C round and later filed for Chapter 11 protection.', 'Chapter 11'],
  ])('%s has no entity %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('short forms of one entity', () => {
  it.each([
    ['Marlowe Systems Corp reported a loss. Marlowe said demand was weak. Marlowe cut jobs too.', 'Marlowe', ['Marlowe Systems Corp']],
    ['The Varstead Property Agency (VPA) sold the plant. The VPA said it was pleased.', 'Varstead Property Agency', ['VPA']],
    ['Trellic unveiled the Pondo Glide, a music player. The Glide sold well.', 'Pondo Glide', ['Glide']],
    ['Officials in the U.S. agreed. The United States will pay, and US firms will build it.', 'United States', ['U.S', 'US']],
  ])('%s', (text, name, aliases) => {
    const e = run(text).find((x) => x.name === name);
    expect(e?.aliases).toEqual(expect.arrayContaining(aliases));
  });

  it('keeps a company named first by its short name separate from a later product with that name inside', () => {
    const es = run('Investors backed Zandera this year, and analysts expect Zandera to grow. Resellers offer the Orvo Zandera app.');
    expect(es.find((e) => e.name === 'Zandera')?.type).toBe('organization');
  });
});
