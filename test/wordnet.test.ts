import { describe, expect, it } from 'vitest';
import {
  baseForms,
  DERIVED_WEIGHT,
  isEstablishmentNoun,
  isInflectedVerb,
  isKnownWord,
  isPersonNoun,
  NEIGHBOUR_WEIGHT,
  relatedWords,
  SYNONYM_WEIGHT,
  spellingOf,
} from '../src/lexicon/wordnet.ts';

const words = (w: string) => relatedWords(w).map((r) => r.word);

describe('WordNet related words', () => {
  it('finds base forms through morphy’s detachment rules', () => {
    expect(baseForms('spots', 'noun')).toContain('spot');
    expect(baseForms('postponed', 'verb')).toEqual(['postpone']);
    expect(baseForms('xqzzy', 'noun')).toEqual([]);
  });

  it('gives synonyms of common senses at the synonym weight', () => {
    expect(words('released')).toEqual(expect.arrayContaining(['free', 'liberate']));
    expect(words('swap')).toEqual(expect.arrayContaining(['trade', 'switch']));
    expect(relatedWords('postponed').find((r) => r.word === 'put off')?.weight).toBe(SYNONYM_WEIGHT);
  });

  it('gives one step up or down the noun hierarchy at a lower weight', () => {
    expect(relatedWords('penalty').find((r) => r.word === 'fine')?.weight).toBe(NEIGHBOUR_WEIGHT);
  });

  it('returns nothing for unknown words and never the word itself', () => {
    expect(relatedWords('qwertyuiop')).toEqual([]);
    expect(words('swap')).not.toContain('swap');
  });

  it('gives derivationally related forms of the word itself, with the relation and part of speech', () => {
    const death = relatedWords('died').find((r) => r.word === 'death');
    expect(death).toMatchObject({ weight: DERIVED_WEIGHT, relation: 'derived', pos: 'noun' });
    expect(relatedWords('penalty').find((r) => r.word === 'fine')?.relation).toBe('hyponym');
  });

  it('tells English words from names and typos', () => {
    expect(isKnownWord('spots')).toBe(true);
    expect(isKnownWord('symptons')).toBe(false);
  });

  it('corrects a misspelt English word to the likeliest word one edit away, and leaves names alone', () => {
    expect(spellingOf('happend')).toBe('happened');
    expect(spellingOf('holow')).toBe('hollow');
    expect(['close', 'closed']).toContain(spellingOf('closd'));
    expect(spellingOf('resarch')).toBe('research');
    expect(spellingOf('legislaton')).toBe('legislation');
    expect(spellingOf('spots')).toBeNull();
    expect(spellingOf('oyelaran')).toBeNull();
    expect(spellingOf('cat')).toBeNull();
  });
});

describe('isPersonNoun', () => {
  it('tells nouns for people ("striker", "owner") from nouns for things ("restaurant", "firm")', () => {
    expect(['striker', 'owner', 'novelist', 'spokeswoman'].every(isPersonNoun)).toBe(true);
    expect(['restaurant', 'firm', 'product', 'ferry'].some(isPersonNoun)).toBe(false);
  });
});

describe('places people run', () => {
  it('a facility or an establishment in its first sense is one; a machine, a sound or data is not', () => {
    for (const w of ['zoo', 'airport', 'store', 'school']) expect(isEstablishmentNoun(w)).toBe(true);
    for (const w of ['car', 'voice', 'data']) expect(isEstablishmentNoun(w)).toBe(false);
  });
});

describe('isInflectedVerb', () => {
  it('an inflected verb form, a doubled consonant undoubled; not a base form or a noun', () => {
    for (const w of ['blamed', 'hammered', 'attacks', 'stopped', 'planning']) expect(isInflectedVerb(w)).toBe(true);
    for (const w of ['stop', 'ambassador', 'bodyguards', 'the']) expect(isInflectedVerb(w)).toBe(false);
  });
});
