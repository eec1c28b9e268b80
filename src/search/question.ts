// A question → what kind of answer it wants and which of its words to match.
import { ROLE_NOUNS } from '../annotate/mentions/words.ts';
import { baseForms, isKnownWord, isPersonNoun, spellingOf } from '../lexicon/wordnet.ts';
import { phrasalVerb } from './equivalences.ts';
import { chatWords, mendQuestionWords, unglued } from './question-spelling.ts';
import { baseForm, isContent, normalize, QUESTION_WORDS, type Token, termOf, tokenize } from './text.ts';

/**
 * person: who/which organisation; date: when; place: where; number: how many/much, what percentage;
 * statement: what did X say/promise/call (a sentence with a quotation answers it best).
 */
export type AnswerType = 'person' | 'date' | 'place' | 'number' | 'statement';

export const SPEECH_VERBS =
  'say|said|says|tell|told|promise|promised|pledge|pledged|vow|vowed|warn|warned|call|called|describe|described|announce|announced|claim|claimed|write|wrote|add|added|think|argue|argued|insist|insisted|accuse|accused';

const PLACE_NOUNS =
  'country|countries|nation|nations|city|cities|place|places|region|town|village|island|state|area|continent';
const ORG_NOUNS =
  'organi[sz]ations?|agency|agencies|company|companies|group|party|bank|newspaper|body|institution|firm|team|broadcaster|network|leader|leaders|official|officials|person|people';
const TIME_NOUNS = 'year|years|date|day|month|time|week|decade|century';
const NUMBER_NOUNS = 'percentage|percent|proportion|share|number|amount|rate|fraction|figure|total';

/** Rules in order: the first that matches the normalised question decides. */
/**
 * "when", "where", "who" ask only where a question word stands: first, after a preposition ("to whom", "since
 * when", "tell me who"), after a clause of its own ("and when …") or last ("the vote is when?"); in "what are
 * they offering customers who were affected" it is a relative pronoun.
 */
const ASKS = '(?:^(?:\\w+ ){0,2}|[,;] |\\b(?:and|or|but|so) )';
const TYPE_RULES: [RegExp, AnswerType][] = [
  [/\bhow (?:many|much|long|old|far|big|large|high|low|fast|often|hot|cold|warm|wide|tall|deep|heavy)\b/, 'number'],
  [new RegExp(`\\b(?:what|which) (?:${NUMBER_NOUNS})\\b`), 'number'],
  [new RegExp(`${ASKS}when\\b|\\bwhen\\W*$`), 'date'],
  [new RegExp(`\\b(?:what|which|in which|in what) (?:${TIME_NOUNS})\\b`), 'date'],
  [new RegExp(`${ASKS}where\\b|\\bwhere\\W*$`), 'place'],
  [new RegExp(`\\b(?:what|which)(?: \\w+)? (?:${PLACE_NOUNS})\\b`), 'place'],
  [new RegExp(`${ASKS}(?:who|whom|whose)\\b|\\b(?:who|whom)\\W*$`), 'person'],
  [new RegExp(`\\b(?:what|which) (?:${ORG_NOUNS})\\b`), 'person'],
  [new RegExp(`^(?:what|how) (?:did|does|do|has|have|will|would) .+ (?:${SPEECH_VERBS})\\b`), 'statement'],
];

export function answerType(question: string): AnswerType | null {
  const q = normalize(question);
  for (const [re, type] of TYPE_RULES) if (re.test(q)) return type;
  return null;
}

/** Words that only say what kind of answer is wanted ("how MANY", "how LONG"), not what it is about. */
const TYPE_WORDS_AFTER_HOW = new Set([
  'many',
  'much',
  'long',
  'old',
  'far',
  'often',
  'big',
  'large',
  'hot',
  'cold',
  'warm',
  'wide',
  'tall',
  'deep',
  'heavy',
]);

/**
 * A finer kind of answer than the type: money (how much … cost/pay), an age (how old), a duration (how long), a
 * reason (why), a count of the focus noun (how many X), a clock time (what time), and who someone is (who is X).
 */
export type Want =
  | 'money'
  | 'age'
  | 'duration'
  | 'reason'
  | 'count'
  | 'clock'
  | 'identity'
  | 'role'
  | 'name'
  | 'which'
  | 'measure'
  | 'percent'
  | 'change'
  | 'start'
  | 'tally'
  | 'advice';

export interface ParsedQuestion {
  type: AnswerType | null;
  want: Want | null;
  /** Content tokens, in question order, duplicates removed. */
  tokens: Token[];
  /** Terms of the noun asked about ("how many PARKING SPOTS", "what are his weekly WAGES"), head last. */
  focus: string[];
  /** The question asks about what will happen ("when will…", "what is next"), or what did happen. */
  tense: 'future' | 'past' | null;
  /** "Who <verb>…?": the answer is the verb's subject ("who fought the war"), not its object ("who did they meet"). */
  asksSubject: boolean;
}

// "who got sent out on loan" is passive: whoever was sent may stand anywhere in the sentence.
const SUBJECT_WHO =
  /^who (?!(?:did|does|do|will|would|should|can|could|is|are|was|were|has|have|had|am)\b|(?:got|gets|get) (?!out\b)\w+(?:ed|en|t)\b)/;
const ENDS_WITH_PREPOSITION = /\b(?:with|to|for|against|from|about|at|by|of|on|in)\W*$/;

const MONEY_WORDS =
  /\b(?:cost|costs|costing|pay|pays|paid|payed|paying|spend|spends|spent|spending|price|priced|worth|fee|fees|charge|charged|earn|earns|earned|raise|raised|fund|funded|funding|money|sell|sold|buy|bought|fine|fined|budget|salary|wages?)\b/;

/** The words a question opens with; without one, a question is a few key words. */
const QUESTION_START = /^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/;

const MONEY_NOUNS = new Set(['money', 'cash', 'dollars']);

/** "what is the NOUN (of/at/in …)": the noun phrase a what-is question names. */
const WHAT_IS_NOUN =
  /^what(?:['’]?s| is| was| are| were)? (?!(?:did|does|do|will|would|can|could|should|has|have|had)\b)(?:the |its |their |his |her )?([\p{L}-]+(?: [\p{L}-]+){0,2}?)(?: (?:of|for|at|in|on|to|per|last|this|next|now)\b.*)?\W*$/u;

/** Finer kinds of answer that are figures. */
const FIGURE_WANTS = new Set<Want>(['money', 'percent', 'change', 'tally', 'measure', 'age', 'count']);

/** Nouns that, in a few key words without a question word, name the kind of answer wanted; first match wins. */
// Source: money and figure nouns of the dev sets' key-word questions (02db4f1); one-question ones kept only if WordNet 3.1 files them under payment/sum or measure.
const KEYWORD_KINDS: [RegExp, AnswerType, Want | null][] = [
  [
    /\b(?:cost|costs|price|fee|fees|fare|fares|fine|fines|ransom|bribes?|compensation|restitution|reward|revenue|profits?|savings|budget|salary|salaries|wages?|funding|payout|payoff|amount|value)\b/,
    'number',
    'money',
  ],
  [/\b(?:rate|percentage|proportion)\b/, 'number', 'percent'],
  [/\b(?:date|deadline)\b/, 'date', null],
  [
    /\b(?:number|numbers|count|total|figures?|size|capacity|turnout|attendance|signatures|temperature)\b/,
    'number',
    null,
  ],
];
const MODAL_ADJECTIVES = new Set(['supposed', 'meant', 'due', 'scheduled', 'expected', 'set', 'likely']);

/** Rules for the finer kind, in order, on the normalised question. */
const WANT_RULES: [RegExp, Want][] = [
  [/\bhow old\b|\bwhat age\b|\bage of\b/, 'age'],
  [/\bhow long\b(?! (?:is|was|will be) the (?:road|bridge|route|river|lane|track|wall|line))/, 'duration'],
  [
    /\bwhy\b|\bhow come\b|\bwhat (?:caused|led to|prompted|triggered|is the reason|was the reason)\b|\breason\b/,
    'reason',
  ],
  // "what was the satellite supposed to do", "what is the fund for", "what will the money be used for": a purpose,
  // told the way reasons are ("designed to", "to help", "in order to").
  [
    /\b(?:supposed|meant|designed|intended) to do\b|\bused for\b|\bpurpose of\b|^what (?:is|was|are|were|s) (?:the |this |that |it )?\w+(?: \w+)? for\W*$/,
    'reason',
  ],
  // "what should residents do", "what can customers do": what people are told to do.
  [/^what (?:should|can|could|must|do|does) (?:\w+ ){1,6}do\b|\bwhat to do\b|\badvi[cs]e\b/, 'advice'],
  [/\bwhat time\b/, 'clock'],
  // "what share of the vote", "what is the jobless rate": a percentage.
  [
    /\b(?:what|which)(?: is| was| are| were)?(?: the| its| their)?(?: \w+)? (?:percentage|proportion|share|rate)\b(?! (?:price|decision|cut|hike|rise))|\bpercentage\b/,
    'percent',
  ],
  [/\bname of\b|\bwhat(?: is|'s| was) (?:his|her|their|the) name\b/, 'name'],
  [/\bhow many\b/, 'count'],
  // "what was the vote count", "the final vote on the budget": the tally ("31 to 18", "7-2", "688 in favour").
  [
    /\bvote (?:count|tally|result|split|margin|breakdown)\b|\bfinal vote\b|\b(?:result|outcome|margin|tally) of the vote\b/,
    'tally',
  ],
  // "when does the ban start": the date something begins, told as "from April 17", "starting in May".
  // Only of what is to come: a past beginning is told otherwise ("broke out on Aug. 8").
  [
    /^when (?:does|do|is|are|will|would|should)\b.*\b(?:start|begin|kick off|commence|take effect|come into force|come into effect|launch)\b/,
    'start',
  ],
  // "who is THE governor of the bank": a person holding a role, not who a named person is.
  [/^(?:who is|who's|whos|who was|who are) (?:the|a|an)\b/, 'role'],
  [/^(?:who is|who's|whos|who was|who are)\b/, 'identity'],
  // "how big is the fire", "how hot did it get": a measurement with its unit ("41,000 acres", "40C").
  [/\bhow (?:big|large|hot|cold|warm|wide|tall|deep|heavy|far)\b(?! (?:a|an)\b)|\bhow much does .* weigh\b/, 'measure'],
];

/** Words that only say the answer is an opinion or reaction ("what do they THINK", "mayor REACTION"). */
const OPINION_WORDS = new Set([
  'think',
  'thinks',
  'thought',
  'feel',
  'feels',
  'felt',
  'reaction',
  'reactions',
  'react',
  'reacted',
  'respond',
  'responded',
  'response',
  'view',
  'views',
  'opinion',
  'opinions',
  'stance',
]);

/** Auxiliaries and articles that may stand between a question word and its focus noun ("what ARE THE wages"). */
const FOCUS_SKIP = new Set(['is', 'are', 'was', 'were', 'the', 'a', 'an', 's', 'his', 'her', 'its', 'their', 'of']);

/** Is the word a noun (or could be one)? Unknown words (names, typos) count as nouns. */
const nounLike = (norm: string): boolean => !isKnownWord(norm) || baseForms(norm, 'noun').length > 0;

/** The focus: content words right after "how many/much", "what/which", or "what is the", up to a non-noun. */
function focusOf(all: Token[]): string[] {
  const at = all.findIndex((t) => ['what', 'which', 'how', 'whats'].includes(t.norm));
  if (at < 0) return [];
  let i = at + 1;
  if (all[at]?.norm === 'how') {
    if (!['many', 'much'].includes(all[i]?.norm ?? '')) return [];
    i++;
    // "how much IS the plan going to cost": a verb first; what follows is the subject, not what is measured.
    if (/^(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could)$/.test(all[i]?.norm ?? '')) return [];
  }
  while (i < all.length && FOCUS_SKIP.has(all[i]?.norm ?? '')) i++;
  const out: string[] = [];
  for (; i < all.length; i++) {
    const t = all[i] as Token;
    // "Okafor's wages": the possessor is not the focus.
    if (/['’]s$/.test(t.surface)) continue;
    if (!isContent(t) || !nounLike(t.norm)) break;
    out.push(t.term);
    // "how many council MEMBERS support…": a plural ends the noun phrase; the next word is its verb.
    // ("news" is no plural: WordNet's base of it is itself.)
    if (t.term !== t.norm && /[^s]s$/.test(t.norm) && baseForms(t.norm, 'noun').some((b) => b !== t.norm)) break;
  }
  // "what is the name OF the judge": the focus is "name"; a following "of" phrase is about what it belongs to.
  return out.slice(0, 4);
}

const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'over', 'in', 'on', 'away', 'through']);

/** "shown up" → "show up", "found out" → "find out": a verb and its particle that WordNet lists as one verb. */
function phrasalLemma(verb: string, particle: string | undefined): string | undefined {
  if (!particle || !PARTICLES.has(particle)) return undefined;
  for (const base of new Set([baseForm(verb), ...baseForms(verb, 'verb')]))
    if (baseForms(`${base} ${particle}`, 'verb')[0] === `${base}_${particle}`) return `${base} ${particle}`;
  return undefined;
}

export function parseQuestion(raw: string): ParsedQuestion {
  const question = unglued(mendQuestionWords(chatWords(raw)));
  const q = normalize(question);
  const all = tokenize(question);
  const tokens: Token[] = [];
  const seen = new Set<string>();
  let type = answerType(question);
  let want: Want | null = null;
  for (const [re, w] of WANT_RULES) {
    if (re.test(q)) {
      want = w;
      break;
    }
  }
  if (!want && /\bhow much\b/.test(q) && MONEY_WORDS.test(q)) want = 'money';
  // "new ferry cost", "refund amount", "jobless rate", "hearing date", "stadium capacity": a few key words,
  // asked without a question word, that name the kind of figure wanted.
  // "what was revenue last quarter", "whats the level at alqueva": the thing named after "what is" says it too.
  const named = WHAT_IS_NOUN.exec(q)?.[1];
  if (!want && !type && (named || !QUESTION_START.test(q))) {
    // "compensaton for fishermen": else the kind noun read through its likeliest spelling.
    const text = named ?? q;
    const kindOf = (t: string) => KEYWORD_KINDS.find(([re]) => re.test(t));
    const kind = kindOf(text) ?? kindOf(text.replace(/\p{L}+/gu, (w) => spellingOf(w) ?? w));
    // Asked with "what is", only the type: the finer kind would lift a sentence the question's other words miss.
    if (kind) [, type, want] = named ? [kind[0], kind[1], null] : kind;
    // A share price is news when it moves: a change in money or percent.
    if (want === 'money' && /\b(?:share|stock)s? prices?\b/.test(q)) want = 'change';
  }
  // "how much did the share price drop": the size of a change, in money or as a percentage.
  if (
    (want === 'money' || (!want && /\bhow much\b/.test(q))) &&
    !/\b(?:money|cash|dollars)\b/.test(q) &&
    /\b(?:drop|dropped|fall|fell|fallen|rise|rose|risen|increase|increased|decrease|decreased|climb|climbed|jump|jumped|slump|slumped|plunge|plunged|grow|grew|shrink|shrank)\b/.test(
      q,
    )
  )
    want = 'change';
  // "who is buying the club", "who was leading": a verb, so the subject of it is asked, not who someone is.
  const after = /^who(?:['’]?s| is| was| are| were) (\w+)/.exec(q)?.[1] ?? '';
  const progressive =
    /ing$/.test(after) &&
    (baseForms(after, 'verb').length > 0 || baseForms(after.slice(0, -3).replace(/(.)\1$/, '$1'), 'verb').length > 0);
  if ((want === 'identity' || want === 'role') && progressive) want = null;
  // "who was ceo before her", "who is mayor now": a role without its article is still a role.
  // "who is Halcyon's CEO": a role after a possessive is a role too.
  const possessedRole = /^\S+ \S+ \S+['’]s? (?:\p{L}+ )?(\p{L}+)\W*$/u.exec(q)?.[1] ?? '';
  if (want === 'identity' && (ROLE_NOUNS.has(q.split(' ')[2]?.replace(/s$/, '') ?? '') || ROLE_NOUNS.has(possessedRole)))
    want = 'role';
  if ((want === 'identity' || want === 'role') && type !== 'person') want = null;
  // "who's behind the hack", "who is in charge": a preposition, so who is responsible is asked, not who X is.
  if (want === 'identity' && /^(?:behind|in|at|on|for|against|with|after|to)$/.test(after)) want = null;
  if (want === 'name') type = 'person';
  // "what is the jobless rate", "what was the vote count": a figure is asked, though not with "how much".
  if (!type && want && FIGURE_WANTS.has(want)) type = 'number';
  // "what are owners supposed to do": what people should do is advice, not the purpose a thing serves.
  const doer = /\b(\w+) (?:supposed|meant) to do\b/.exec(q)?.[1];
  if (want === 'reason' && doer && (/^(?:i|we|you|they|he|she|people)$/.test(doer) || isPersonNoun(doer)))
    want = 'advice';
  // "which stores sold it", "which flavours are recalled": one of several named things is wanted.
  if (!want && (!type || type === 'place') && /^which \w/.test(q)) want = 'which';
  let skip = -1;
  all.forEach((t, i) => {
    if (i === skip) return;
    if (QUESTION_WORDS.has(t.norm) && !t.acronym) return;
    // "the NAME of the judge": the word only says a name is wanted.
    if (want === 'name' && t.norm === 'name') return;
    // "what TIME did it leave": the word only says a clock time is wanted.
    if (want === 'clock' && t.norm === 'time') return;
    // "the vote COUNT", "the FINAL vote": the words only say a tally is wanted.
    if (want === 'tally' && /^(?:count|tally|result|final|split|margin|breakdown|outcome)$/.test(t.norm)) return;
    // "what SHARE of the vote": the word only says a percentage is wanted.
    if (want === 'percent' && /^(?:share|percentage|proportion|percent)$/.test(t.norm)) return;
    // "when does the ban START": the verb only says the date of a beginning is wanted.
    if (want === 'start' && /^(?:start|starts|begin|begins|commence)$/.test(t.norm)) return;
    if (i > 0 && all[i - 1]?.norm === 'how' && TYPE_WORDS_AFTER_HOW.has(t.norm)) return;
    // "what does CLPS STAND for": the article spells the abbreviation out; it does not say "stand".
    if (/^stands?$/.test(t.norm) && all[i + 1]?.norm === 'for') return;
    // "how much MONEY": the word only says a sum is wanted.
    if (want === 'money' && MONEY_NOUNS.has(t.norm)) return;
    // "is SUPPOSED to", "is DUE to": only says what is expected.
    if (MODAL_ADJECTIVES.has(t.norm) && all[i + 1]?.norm === 'to') return;
    // An opinion word says what kind of answer is wanted: a statement.
    if (OPINION_WORDS.has(t.norm) && type === null) type = 'statement';
    if (OPINION_WORDS.has(t.norm) && type === 'statement') return;
    // "pushed back" asks about "postponed": the phrasal verb stands for its one-word verb.
    const verb = phrasalVerb(t.term, all[i + 1]?.norm);
    if (verb) {
      skip = i + 1;
      const term = termOf(verb);
      if (seen.has(term)) return;
      seen.add(term);
      tokens.push({ ...t, norm: verb, term, end: all[i + 1]?.end ?? t.end });
      return;
    }
    if (!isContent(t) || seen.has(t.term)) return;
    seen.add(t.term);
    const phrase = phrasalLemma(t.norm, all[i + 1]?.norm);
    tokens.push(phrase ? { ...t, phrase } : t);
  });
  const tense =
    /\b(?:will|going to|gonna|next|upcoming|plan to|plans to|(?<!\b(?:was|were)\b[\w ]{0,30})(?:supposed|meant|scheduled|expected) to)\b/.test(q) ||
    // "when does the ban start", "when is the vote": a date asked in the present is a scheduled one.
    /^when (?:does|do|is|are)\b/.test(q)
      ? 'future'
      : /^(?:\w+ )?(?:did|was|were|had)\b/.test(q)
        ? 'past'
        : null;
  const asksSubject = (SUBJECT_WHO.test(q) || progressive) && !ENDS_WITH_PREPOSITION.test(q);
  return { type, want, tokens, focus: focusOf(all), tense, asksSubject };
}
