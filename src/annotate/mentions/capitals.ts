// Capitals that grammar, not a name, put there: the first word of a sentence or of a quotation ("Early in the
// campaign, …", "Reached by phone, …", "Pollsters say …"). One test for the capitalised spans (spans.ts) and for the
// token streams attribution reads (isNameTok), so a word that names no one in one stage names no one in the other.
import { baseForms, isInflectedVerb } from '../../lexicon/wordnet.ts';
import { isCap, type Tok } from '../quotes-tokens.ts';

/** What the article's own wording tells about its words' capitals. */
export interface Vocabulary {
  /** Words the article writes in lower case. */
  lower: Set<string>;
  /** Words (lower-cased) the article capitalises inside a sentence, after a word or a comma: names, there. */
  capitalisedInside: Set<string>;
}

export function articleVocabulary(text: string): Vocabulary {
  const lower = new Set(text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []);
  const capitalisedInside = new Set(
    (text.match(/(?<=[\p{L}\p{N},;] )\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '').toLowerCase()),
  );
  return { lower, capitalisedInside };
}

/**
 * Whether a single capitalised word that opens a clause is only capitalised by grammar: the article writes it in
 * lower case elsewhere, or it reads as a verb form or adverb (-ing, -ed, -ly), a pronoun with its verb ("I've"), or a
 * plural common noun ("Couriers"); unless the article also capitalises it inside a sentence, where only a name is.
 */
export function readsAsGrammaticalCapital(word: string, vocabulary: Vocabulary): boolean {
  const lower = word.toLowerCase();
  // "Powell's letter …" opening a sentence: the possessive of a name the article capitalises inside sentences.
  if (vocabulary.capitalisedInside.has(lower.replace(/['’]s$/u, ''))) return false;
  const plural = /\p{Ll}s$/u.test(word) && baseForms(lower, 'noun').some((b) => b !== lower);
  return vocabulary.lower.has(lower) || /\p{Ll}(?:ing|ly|ed)$/u.test(word) || /['’]\p{Ll}+$/u.test(word) || plural;
}

/** Tokens after which a word opens a clause: a sentence boundary, an opening mark, a colon or a dash. */
const OPENS_CLAUSE = new Set([':', '“', '"', '‘', '(', '—', '–']);

/**
 * Marks `grammaticalCapital` on a capitalised word that opens a clause on its own (the next word is not
 * capitalised) and reads as a grammatical capital: it is then no name for attribution.
 */
export function markGrammaticalCapitals(toks: Tok[], vocabulary: Vocabulary): Tok[] {
  return toks.map((t, i) => {
    if (t.kind !== 'word' || !isCap(t) || t.givenName || t.quotedName) return t;
    const prev = toks[i - 1];
    const opens = !prev || prev.kind === 'boundary' || (prev.kind === 'punct' && OPENS_CLAUSE.has(prev.bare));
    // Before another capital only a participle opening the clause ("Addressing Trump directly, Clinton said"):
    // "New York", "General Motors" keep their first word.
    if (isCap(toks[i + 1]) && !(opens && isOpeningParticiple(t.bare, vocabulary))) return t;
    return opens && readsAsGrammaticalCapital(t.bare, vocabulary) ? { ...t, grammaticalCapital: true } : t;
  });
}

/**
 * A present participle the article writes in lower case elsewhere or that WordNet reads only as a verb form
 * ("Addressing", "Citing"): never the first word of a name.
 */
function isOpeningParticiple(word: string, vocabulary: Vocabulary): boolean {
  const lower = word.toLowerCase();
  if (!/\p{Ll}ing$/u.test(word) || vocabulary.capitalisedInside.has(lower)) return false;
  return isInflectedVerb(lower) && baseForms(lower, 'noun').length === 0;
}
