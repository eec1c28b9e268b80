// Relatives: the kinship nouns that introduce a person by relation to another ("his wife Fran", "Druyun's daughter,
// Heather,") and the sex each tells (words.ts FEMALE_KIN, MALE_KIN).
import type { Gender } from './phrase.ts';
import { isComma, type Tok } from '../quotes-tokens.ts';
import { FEMALE_KIN, MALE_KIN } from './words.ts';

/** The sex a kinship noun tells ("wife" → f, "cousin" → null); `undefined` for a word that is no kinship noun. */
export function kinGender(word: string): Gender | undefined {
  if (FEMALE_KIN.has(word)) return 'f';
  if (MALE_KIN.has(word)) return 'm';
  return word === 'cousin' ? null : undefined;
}

/** "his wife Fran", "Hal's son Jason": a possessive, a kinship noun, then the name at `i`. */
export function kinBefore(toks: readonly Tok[], i: number): boolean {
  const noun = toks[i - 1];
  const owner = toks[i - 2];
  if (!noun || !owner || kinGender(noun.lower) === undefined) return false;
  return ['his', 'her', 'their'].includes(owner.lower) || /['’]s$/.test(owner.lower);
}

/** ", NAME" after a relation noun and its possessor ("Druyun's daughter, Heather"): the relative in apposition. */
export const kinAppositive = (toks: readonly Tok[], i: number): boolean =>
  isComma(toks[i - 1]) && kinBefore(toks, i - 1);
