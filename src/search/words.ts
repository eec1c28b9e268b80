// Word lists and patterns the ranker reads questions and sentences with.
import { SPEECH_VERBS } from './question.ts';
import { termOf } from './text.ts';

export const FUTURE =
  /\b(?:will|would|could|may|might|shall|plans to|planned|planning|expected|expects|next|upcoming|later|set to|due to|due (?:on|in|by)|going to|scheduled|intends?|aims? to|hopes? to|soon|from now|to be)\b|['’]ll\b/i;

/** A sentence that refers back to the one before: "The 24-year-old …", "He …", "Harlow said the delay …". */
export const ANAPHOR =
  /^[“"]?(?:he|she|they|it|this|that|these|those|the|its|his|her|their)\b|\bsaid (?:the|this|that|it|he|she|they)\b|\bsuch\b/i;

export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens'.split(
    ' ',
  ),
);

export const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`);

/** Words that say what kind of answer is wanted ("which YEAR", "what CAUSED"), not what it is about. */
export const TYPE_TERMS = new Set(
  'year date day month time percentage percent proportion share number amount figure total cause reason most'
    .split(' ')
    .map((w) => termOf(w)),
);

/** Nouns that say little about what is meant ("people", "things"): they weigh half as much in a question. */
export const GENERIC = new Set(['person', 'man', 'woman', 'individu', 'thing', 'stuff']);
/** Light verbs: "BROUGHT the lawsuit", "SENT out on loan" say little beyond their object; weighed like GENERIC. */
export const LIGHT_VERBS = new Set(
  ['bring', 'take', 'put', 'go', 'come', 'keep', 'send', 'happen', 'occur', 'give', 'become'].map((w) => termOf(w)),
);

/**
 * English prepositions that are not stop words (the closed class of the Penn Treebank's IN tag, as Wiktionary's
 * "English prepositions" lists them): they are matched, since "voted AGAINST" differs from "voted", but a sentence
 * that does not write one ("voted no") may still say the same thing.
 */
export const PREPOSITIONS = new Set(
  'against despite toward towards near beyond within behind beside besides inside outside upon throughout amid amidst underneath beneath unlike'.split(
    ' ',
  ),
);

/** Words that hedge a figure ("about 300", "nearly 40"): a capital on them is the sentence's, not a label's. */
export const APPROXIMATORS = new Set('around nearly almost roughly approximately exactly fewer less least'.split(' '));
