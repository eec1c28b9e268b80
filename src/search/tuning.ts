// The ranker's tuning constants, in one place: general values, not per article.
import type { Relation } from '../lexicon/wordnet.ts';

// ---------------------------------------------------------------------------------------------------------------
// Tuning constants (general, not per article).

/** A best hit scoring below this means the article does not answer: abstain. */
export const ABSTAIN_BELOW = 0.4;
/**
 * A best hit scoring below this is offered as the closest sentence, not as the answer: on the 14 development
 * sets, 42% of best hits scoring 0.40–0.55 answered the question, against 77% of those scoring more.
 */
export const TENTATIVE_BELOW = 0.55;
/** Other hits are returned while they keep this fraction of the best score. */
export const KEEP_RELATIVE = 0.5;
/** Weight of a match through a synonym, and through a typo correction at edit distance 1 and 2. */
export const SYNONYM_WEIGHT = 0.6;
export const FUZZY_WEIGHT = [1, 0.9, 0.75];
/** Weight of a match through WordNet, below the curated synonyms: same synset or derived form, then one step. */
export const WORDNET_WEIGHT: Record<Relation, number> = { synonym: 0.5, derived: 0.5, hypernym: 0.35, hyponym: 0.35 };
export const SYNONYM_DERIVED_WEIGHT = 0.4;
/** "how many X": a number right before X (within this many words) counts X. */
export const COUNT_REACH = 4;
/** Count questions: the sentence counts the asked noun, holds only other numbers, or none. */
export const COUNT_FIT = [1.25, 0.6, 0.2];
/** "who is X": the sentence introduces X with a role, names X with an apposition, or only names X. */
export const IDENTITY_FIT = [1.2, 1.1, 0.9];
/** "who is the governor of X": a person with the role near, another person, no person (see roleFit). */
export const ROLE_FIT = [1.2, 1, 0.6];
/** The focus noun matched below this weight (absent, or only through a WordNet neighbour) costs FOCUS_MISSING. */
export const FOCUS_FIRM = 0.5;
export const FOCUS_MISSING = 0.35;
/** A name in the question (capitalised past its first word, or an acronym) found nowhere in the articles. */
export const NAME_MISSING = 0.4;
/** A sentence without any of the names the question is about (see anchorTerms). */
export const ANCHOR_MISSING = 0.6;
/**
 * The words that decide the answer (the question's words beyond the names it is about: its predicate and what
 * it asks for) must mostly be in the sentence itself, exactly or through a close equivalence (weight ≥ KEY_FIRM):
 * a sentence holding less than KEY_SHARE of their weight so keeps KEY_MISSING of its score (inside the square
 * root of the calibrated score).
 */
export const KEY_FIRM = 0.6;
export const KEY_SHARE = 0.34;
export const KEY_MISSING = 0.7;
/** None of the key terms anywhere in the searched articles: every sentence keeps this share more. */
export const KEYS_ABSENT = 0.5;
/** A question word in at least this share of the searched sentences is what the article is about: not evidence. */
export const SUBJECT_SHARE = 0.15;
/** A question about what will happen, answered by a sentence with no sign of the future, keeps this share. */
export const TENSE_MISMATCH = 0.85;
/** "When will…" answered by a sentence with no word of the future: its dates are likely past ones. */
export const DATE_TENSE_MISMATCH = 0.6;

/** A detail sentence referring back takes this share of the fit of the sentence it refers to (see carryForward). */
export const CARRY = 0.9;
export const CARRY_SOURCES = 8;
/** Weight of a person's name or role matched where the sentence names them only in part ("Smith said"). */
export const COREFERENCE_WEIGHT = 0.8;
/** A sentence holding the question's words only in other forms ("vote" for "voted") keeps this share at worst. */
export const FORM_FIT = 0.9;
/** Headlines are compressed; a body sentence saying the same thing, even more loosely, is the better answer. */
export const HEADING_FACTOR = 0.5;
/** News puts the main facts first (inverted pyramid): the last paragraph keeps this share, the first all. */
export const LAST_PARAGRAPH_FACTOR = 0.97;
/** A question word found elsewhere in the sentence's paragraph (a quote's "the statement reads") counts a little. */
export const CONTEXT_WEIGHT = 0.3;
/** A sentence without the asked kind of answer (no date for "when") keeps this share of its score. */
export const WRONG_TYPE_FACTOR = 0.5;
/** "how much/how many" and a sentence with no figure at all: it can hardly say how much. */
export const NO_NUMBER_FACTOR = 0.5;
/** BM25 term-frequency saturation and length normalisation (sentences vary less than documents: small b). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.3;
/** The most one term can add to a sentence's coverage, however often it occurs. */
export const MAX_SATURATION = 1.2;
/** Only the best candidates by coverage are re-ranked by proximity and type. */
export const RERANK = 50;
/** Sentences whose answer features are kept for the next question. */
export const MAX_CACHED_DETAILS = 20_000;
/** Topic finders kept (one per article asked about). */
export const MAX_TOPIC_FINDERS = 256;
/**
 * The most of a typed value matched fuzzily against topics, which are a few words each: fuse.js's Bitap matches 32
 * characters in one pass and averages longer patterns over several (field notes), which only costs time here.
 */
export const MAX_TYPED_TOPIC = 32;

/** A question with no words of its own: the lead sentence offering what it asks scores this, before its fit. */
export const LEAD_BASE = 0.32;
/** …and each later body sentence this share of the one before. */
export const LEAD_DECAY = 0.9;

/** What a generic noun or light verb of the question weighs (see GENERIC and LIGHT_VERBS in words.ts). */
export const GENERIC_FACTOR = 0.5;

/** "which stores sold it": a sentence naming something the question does not name, or listing things, or neither. */
export const WHICH_FIT = [1.1, 0.9, 1.25];

/**
 * "what did the opposition say": when the article quotes someone the question names (by name or role: "the
 * opposition" → its leader), a sentence quoting them is what was said (SPEAKER_FIT[0]), and one saying nothing of
 * theirs is less likely to be ([1]). Questions naming no quoted speaker are left alone.
 */
export const SPEAKER_FIT = [1.2, 0.85];
