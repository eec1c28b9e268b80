// A question → what kind of answer it wants and which of its words to match.
import { isContent, normalize, QUESTION_WORDS, type Token, tokenize } from './text.ts';

/**
 * person: who/which organisation; date: when; place: where; number: how many/much, what percentage;
 * statement: what did X say/promise/call (a sentence with a quotation answers it best).
 */
export type AnswerType = 'person' | 'date' | 'place' | 'number' | 'statement';

const SPEECH_VERBS =
  'say|said|says|tell|told|promise|promised|pledge|pledged|vow|vowed|warn|warned|call|called|describe|described|announce|announced|claim|claimed|write|wrote|add|added|think|argue|argued|insist|insisted|accuse|accused';

const PLACE_NOUNS = 'country|countries|nation|nations|city|cities|place|places|region|town|village|island|state|area|continent';
const ORG_NOUNS = 'organi[sz]ations?|agency|agencies|company|companies|group|party|bank|newspaper|body|institution|firm|team|broadcaster|network|leader|leaders|official|officials|person|people';
const TIME_NOUNS = 'year|years|date|day|month|time|week|decade|century';
const NUMBER_NOUNS = 'percentage|percent|proportion|share|number|amount|rate|fraction|figure|total';

/** Rules in order: the first that matches the normalised question decides. */
const TYPE_RULES: [RegExp, AnswerType][] = [
  [/\bhow (?:many|much|long|old|far|big|large|high|low|fast|often)\b/, 'number'],
  [new RegExp(`\\b(?:what|which) (?:${NUMBER_NOUNS})\\b`), 'number'],
  [/\bwhen\b/, 'date'],
  [new RegExp(`\\b(?:what|which|in which|in what) (?:${TIME_NOUNS})\\b`), 'date'],
  [/\bwhere\b/, 'place'],
  [new RegExp(`\\b(?:what|which)(?: \\w+)? (?:${PLACE_NOUNS})\\b`), 'place'],
  [/\b(?:who|whom|whose)\b/, 'person'],
  [new RegExp(`\\b(?:what|which) (?:${ORG_NOUNS})\\b`), 'person'],
  [new RegExp(`^(?:what|how) (?:did|does|do|has|have|will|would) .+ (?:${SPEECH_VERBS})\\b`), 'statement'],
];

export function answerType(question: string): AnswerType | null {
  const q = normalize(question);
  for (const [re, type] of TYPE_RULES) if (re.test(q)) return type;
  return null;
}

/** Words that only say what kind of answer is wanted ("how MANY", "how LONG"), not what it is about. */
const TYPE_WORDS_AFTER_HOW = new Set(['many', 'much', 'long', 'old', 'far', 'often']);

export interface ParsedQuestion {
  type: AnswerType | null;
  /** Content tokens, in question order, duplicates removed. */
  tokens: Token[];
}

export function parseQuestion(question: string): ParsedQuestion {
  const all = tokenize(question);
  const tokens: Token[] = [];
  const seen = new Set<string>();
  all.forEach((t, i) => {
    if (QUESTION_WORDS.has(t.norm) && !t.acronym) return;
    if (i > 0 && all[i - 1]?.norm === 'how' && TYPE_WORDS_AFTER_HOW.has(t.norm)) return;
    if (!isContent(t) || seen.has(t.term)) return;
    seen.add(t.term);
    tokens.push(t);
  });
  return { type: answerType(question), tokens };
}
