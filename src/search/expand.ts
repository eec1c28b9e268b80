// Stage: expansion. The question's words and what may stand for them in the articles: typo corrections,
// other forms, synonyms, WordNet relatives; and how rare each is (IDF).
import { baseForms, isKnownWord, relatedWords, spellingOf } from '../lexicon/wordnet.ts';
import { SHORTHAND, synonymsOf } from './equivalences.ts';
import type { SearchIndex } from './index.ts';
import { baseForm, STOP_WORDS, termOf, type Token } from './text.ts';
import { FUZZY_WEIGHT, GENERIC_FACTOR, SYNONYM_DERIVED_WEIGHT, SYNONYM_WEIGHT, WORDNET_WEIGHT } from './tuning.ts';
import { GENERIC, LIGHT_VERBS, PREPOSITIONS } from './words.ts';

// ---------------------------------------------------------------------------------------------------------------
// Query.

export interface Variant {
  /** Term id. */
  term: number;
  weight: number;
}

export interface QueryTerm {
  token: Token;
  variants: Variant[];
  /** IDF of what it can match; the highest IDF when nothing in the index matches it. */
  importance: number;
}

export const unitCount = (index: SearchIndex): number => index.unitDoc.length;

function idf(index: SearchIndex, df: number): number {
  const n = unitCount(index);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export const dfOf = (index: SearchIndex, term: string): number => {
  const id = index.termId.get(term);
  return id === undefined ? 0 : (index.postings.start[id + 1] as number) - (index.postings.start[id] as number);
};

/** Two neighbouring letters swapped, exactly ("cabels" / "cables", "dose" / "does"): the commonest typo. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Typo corrections from the vocabulary: same first letter, the smallest edit distance found. Words of 5–6
 * letters allow one edit or a swap of neighbours, longer words two edits; shorter words are not corrected.
 */
function corrections(index: SearchIndex, word: string): { term: string; weight: number }[] {
  if (word.length < 5 || /\d/.test(word)) return [];
  const found = [...index.vocabulary.fuzzyGet(word, 2)]
    .filter(([w, [, d]]) => w[0] === word[0] && (d <= 1 || word.length >= 7 || isSwap(word, w)))
    .map(([, [term, d]]) => ({ term, d }));
  const best = Math.min(...found.map((f) => f.d));
  const terms = new Set(found.filter((f) => f.d === best).map((f) => f.term));
  return [...terms].map((term) => ({ term, weight: FUZZY_WEIGHT[best] ?? 0 }));
}

/** A word's WordNet relatives as matching terms with their weights, best first; kept per word. */
const relatedCache = new Map<string, { term: string; weight: number }[]>();
function relatedTerms(word: string): { term: string; weight: number }[] {
  let out = relatedCache.get(word);
  if (!out) {
    const best = new Map<string, number>();
    // The word as asked first ("died" is a verb, not the noun "die"), else its irregular base ("brought").
    const related = relatedWords(word);
    for (const r of related.length ? related : relatedWords(baseForm(word))) {
      // One word only: a multi-word lemma ("put off") has no single term to match.
      if (r.word.includes(' ') || r.word.includes('-')) continue;
      // Down the hierarchy only for nouns ("penalty" ~ "fine"): a verb's hyponyms are manners of it ("push" ~ "drive").
      if (r.relation === 'hyponym' && r.pos !== 'noun') continue;
      const term = termOf(r.word);
      const weight = WORDNET_WEIGHT[r.relation];
      if ((best.get(term) ?? 0) < weight) best.set(term, weight);
      // "sick" ~ "ill" ~ "illness": a synonym's derived forms, one step further, weigh less.
      if (r.relation !== 'synonym') continue;
      for (const d of relatedWords(r.word)) {
        if (d.relation !== 'derived' || d.word.includes(' ') || d.word.includes('-')) continue;
        const dt = termOf(d.word);
        if ((best.get(dt) ?? 0) < SYNONYM_DERIVED_WEIGHT) best.set(dt, SYNONYM_DERIVED_WEIGHT);
      }
    }
    out = [...best].map(([term, weight]) => ({ term, weight }));
    if (relatedCache.size > 50_000) relatedCache.clear();
    relatedCache.set(word, out);
  }
  return out;
}

/**
 * The other degrees of an adjective: low → lower, lowest; shorter → short, shortest; big → bigger; easy → easier.
 * Only for one-syllable-style adjectives WordNet knows, whose degrees are made with -er and -est.
 */
function gradedForms(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const base = baseForms(word, 'adj').at(-1);
  if (!base) return [];
  const stem = /[^aeiou][aeiou][bdgmnpt]$/.test(base)
    ? base + base.at(-1)
    : base.endsWith('e')
      ? base.slice(0, -1)
      : base.endsWith('y')
        ? `${base.slice(0, -1)}i`
        : base;
  return [base, `${stem}er`, `${stem}est`].filter((f) => f !== word);
}

/** A word of English (not a name or a typo): never "corrected" into another word of the article. */
export const isEnglish = (word: string): boolean => baseForm(word) !== word || isKnownWord(word);

export function queryTerms(index: SearchIndex, tokens: Token[]): QueryTerm[] {
  return tokens.map((asked) => {
    let token = asked;
    const variants: { term: string; weight: number }[] = [];
    const full = SHORTHAND[token.norm];
    if (dfOf(index, token.term) > 0) variants.push({ term: token.term, weight: 1 });
    else if (full && dfOf(index, termOf(full)) > 0) variants.push({ term: termOf(full), weight: 1 });
    else if (/in$/.test(token.norm) && !isEnglish(token.norm) && isEnglish(`${token.norm}g`)) {
      // "breakin", "goin": the dropped g of chat spelling.
      const term = termOf(`${token.norm}g`);
      if (dfOf(index, term) > 0) variants.push({ term, weight: 1 });
      else token = { ...token, norm: `${token.norm}g`, term };
    } else if (!token.acronym && !isEnglish(token.norm)) variants.push(...corrections(index, token.norm));
    // "happend", "holow": a misspelt English word the articles do not hold stands for the word it misspells, with
    // that word's synonyms and relatives. Names (capitalised) are left as they are.
    const correctable = !token.acronym && !/^\p{Lu}/u.test(token.surface) && !isEnglish(token.norm);
    const spelt = !variants.length && correctable ? spellingOf(token.norm) : null;
    if (spelt) {
      token = { ...token, norm: spelt, term: termOf(spelt) };
      if (dfOf(index, token.term) > 0) variants.push({ term: token.term, weight: FUZZY_WEIGHT[1] as number });
    }
    for (const base of variants.length ? variants.map((v) => v.term) : [token.term]) {
      for (const s of synonymsOf(base)) {
        if (dfOf(index, s) > 0 && !variants.some((v) => v.term === s))
          variants.push({ term: s, weight: SYNONYM_WEIGHT });
      }
    }
    // "how low" ~ "lowest", "big" ~ "bigger": an adjective's comparative and superlative are the same word.
    for (const form of gradedForms(token.norm)) {
      const term = termOf(form);
      if (dfOf(index, term) > 0 && !variants.some((v) => v.term === term)) variants.push({ term, weight: 1 });
    }
    // "start again" ~ "restart", "open" ~ "reopen": the verb with its prefix of repetition is the same act.
    const again = termOf(`re${token.norm}`);
    if (
      token.norm.length >= 3 &&
      isKnownWord(`re${token.norm}`) &&
      dfOf(index, again) > 0 &&
      !variants.some((v) => v.term === again)
    )
      variants.push({ term: again, weight: SYNONYM_WEIGHT });
    // "dose" for "does", "untill": a word not in the articles that is a stop word with two letters swapped or a
    // letter doubled, or that was mended into one, is that word.
    if (
      !variants.length &&
      (STOP_WORDS.has(token.norm.replace(/(.)\1/g, '$1')) || [...STOP_WORDS].some((w) => isSwap(token.norm, w)))
    )
      return { token, variants: [], importance: 0 };
    // A preposition the articles never write says little about whether they answer ("voted no" for "voted
    // against"): it weighs like a light word.
    const light =
      GENERIC.has(token.term) || LIGHT_VERBS.has(token.term) || (!variants.length && PREPOSITIONS.has(token.norm));
    // "find out" ~ "discover", "show up" ~ "register": the phrasal verb's relatives first, even of a light verb.
    const related = [...(token.phrase ? relatedTerms(token.phrase) : []), ...(light ? [] : relatedTerms(token.norm))];
    if (!token.acronym) {
      for (const r of related) {
        if (dfOf(index, r.term) > 0 && !variants.some((v) => v.term === r.term)) variants.push(r);
      }
    }
    // The word's own rarity when it is in the index; else the rarest of what stands for it.
    const exact = variants.find((v) => v.weight === 1);
    const present = (exact ? [exact] : variants).map((v) => idf(index, dfOf(index, v.term)));
    // A word found nowhere weighs as much as the rarest word that is found: enough for a question made mostly
    // of absent words to fall below the abstention threshold, not so much that one paraphrased word sinks it.
    return {
      token,
      variants: variants.map((v) => ({ term: index.termId.get(v.term) as number, weight: v.weight })),
      importance: (present.length ? Math.max(...present) : idf(index, 1)) * (light ? GENERIC_FACTOR : 1),
    };
  });
}
