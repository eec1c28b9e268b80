// The tense markers of a clause, found by word lists and a few patterns: auxiliaries, modals, the futurate present,
// past forms regular and irregular, and the participles and adjectives that look like them but carry no tense. The
// lists are grammar's (Quirk et al.'s futurate present, be-to and modal futures; English irregular verbs); dates-tense.ts
// decides which cue a date belongs to.

import { baseForms } from '../lexicon/wordnet.ts';
import type { Direction } from './dates-calendar.ts';

/** Auxiliaries, modals and the reporting verbs that news attaches a date to ("said on Monday"). */
const STRONG_FUTURE = /\b(?:will|won['’]t|shall|would|wouldn['’]t|going\s+to)\b|['’]ll\b/gi;
const STRONG_PAST = /\b(?:was|were|had|did|hadn['’]t|wasn['’]t|weren['’]t|didn['’]t|said|told|announced)\b/gi;

/**
 * A present copula before "expected", "due", "scheduled" looks ahead even without "to": "is not expected until
 * early September", "are scheduled for March"; so does "likely", a probability of what is to come ("a cut in June
 * is likely", "is now more likely than not"); so does a state or a deadline that lasts "until" or "through": "are
 * suspended until October 30", "have until the end of June", "is valid through Dec. 31".
 */
const PRESENT_EXPECTATION =
  /\b(?:is|are|isn['’]t|aren['’]t)\s+(?:(?:not|now|still|also|only|currently|widely|largely|no\s+longer|more|less|very|highly|increasingly)\s+){0,2}(?:expected|scheduled|slated|due|planned|set|likely|unlikely)\b|\b(?:is|are|remains?|has|have)\s+(?:[\p{L}-]+\s+){0,2}?(?:until|till|through)\b/giu;

/**
 * Explicit future markers: modals, "going to", scheduling words, and the verbs of beginning, ending and motion that
 * the simple present uses for what is scheduled ("opens on Friday", "heads to a vote on Wednesday", "goes before the
 * board in May", British "comes into force in April": Quirk et al., the futurate present). "could" looks ahead ("could make his debut on Saturday")
 * except as past ability or possibility: "could not be reached on Monday", "could have won".
 */
const FUTURE =
  /\b(?:could(?!\s+(?:not|never|have)\b)|should|might|can|cannot|must|needs?\s+to|set\s+(?:to|for)|(?:is|are|was|were)\s+due|(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?to\s+(?:be\s+)?(?=\p{L})|(?:scheduled|slated)|expected\s+(?:[\p{L}-]+\s+){0,5}?to\s+(?!have\b)|plans?\s+(?:to|a|an)|(?:is|are)\s+planning|planned\s+(?:to|for)|(?:targeted|earmarked|pencil+ed\s+in)\s+for|(?:postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|adjourned)\s+(?:until|till|to|for)|planning\s+to|(?:intends?|intended|intending|hopes?|hoped|hoping|aims?|aimed|aiming|expects?|expecting)\s+to|anticipates?|may|upcoming|coming|next|(?:begins|starts|opens|reopens?|ends|closes|kicks\s+off|takes\s+(?:place|effect|office)|goes\s+into\s+effect|comes\s+into\s+(?:force|effect)|enters\s+into\s+force|expires|resumes|arrives|visits|travels|premieres|debuts|airs|launches|hits\s+(?:\p{Ll}+\s+)?(?:theaters|theatres|cinemas|shelves|stores|newsstands)|heads\s+(?:to|for|into)|goes\s+(?:to|before)))\b|['’]ll\b/giu;

/**
 * An attempt under way toward a goal looks ahead in its own clause: "are working to reopen in May" (VerbNet's try-61
 * verbs in the progressive before "to"). Only there: the goal is this clause's, not a neighbour's.
 */
const ATTEMPT_UNDER_WAY =
  /\b(?:is|are|am|['’]re)\s+(?:working|trying|seeking|looking|aiming|hoping|striving|preparing)\s+to\b/gi;

/** Common irregular past forms (regular ones end in -ed); forms shared with the present ("cut", "hit") are left out. */
const IRREGULAR_PAST = [
  'ago', 'earlier', 'previously', 'yesterday',
  'went', 'came', 'took', 'made', 'gave', 'told', 'met', 'held', 'won', 'lost', 'fought', 'began', 'left', 'saw',
  'found', 'sent', 'brought', 'became', 'fell', 'rose', 'ran', 'spoke', 'wrote', 'broke', 'struck', 'led', 'knew',
  'thought', 'got', 'kept', 'paid', 'sold', 'bought', 'built', 'chose', 'drew', 'flew', 'shot', 'stood', 'threw',
  'said', 'felt', 'heard', 'meant', 'sought', 'taught', 'caught', 'fled', 'hid', 'bore', 'swore', 'tore', 'wore',
  'woke', 'drove', 'rode', 'sat', 'lay', 'slid', 'spent', 'lent', 'bent', 'dealt', 'arose', 'forgot', 'forgave',
  'undertook', 'overtook', 'withdrew', 'oversaw', 'foresaw',
];

/**
 * Verbs whose past form is their base form ("cut", "hit", "put"): past when they take an object right away and
 * nothing before them asks for a base form ("The bank cut its rate in August"; not "will cut", "to cut", "did not
 * cut"). A third-person present would be "cuts"; a noun ("a rate cut in August") takes no object.
 */
const SAME_FORM_PAST =
  /\b(?:cut|hit|put|set|let|shut|quit|spread|cost|hurt|split|beat|cast|upset|burst|shed)\s+(?=(?:its|the|a|an|his|her|their|our|my|this|that|these|those|some|all|more|nearly|almost|around|about|back|off|down|up|out)\b|[\d$£€])/gi;
const BASE_FORM_BEFORE =
  /(?:\b(?:to|will|would|shall|should|could|can|may|might|must|do|does|did|not|never|let|and|or|a|an|the|its|their|his|her|our|be|been|being|is|are)|n['’]t|['’]ll|['’]s)\s+(?:\w+ly\s+|also\s+|still\s+|not\s+)?$/i;

/** Words in -ed that are not past tense, or that announce something ("the scheduled vote"). */
const NOT_PAST_ED = new Set([
  'scheduled', 'slated', 'expected', 'planned', 'proposed', 'intended', 'anticipated', 'need', 'speed', 'seed',
  'indeed', 'red', 'bed', 'shed', 'feed', 'breed', 'creed', 'greed', 'deed', 'heed', 'weed', 'tweed', 'sacred',
  'naked', 'wicked', 'hatred', 'kindred', 'hundred', 'rugged', 'embed', 'exceed', 'proceed', 'succeed', 'unneeded',
]);

/** Past forms of verbs whose base begins with "un": the "un-" adjective rule in cuesIn must not take them. */
const UN_VERBS =
  /^un(?:veil|cover|leash|lock|load|seal|fold|earth|ravel|ravell|plugg|pack|wrapp|mask|tangl|derscor|derlin|derestimat|dermin|derperform|derpinn)ed$/i;

/** A past form: irregular, regular in -ed, or the present perfect. */
export const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST.join('|')})\\b|\\b[a-z]{2,}ed\\b|\\b(?:has|have)\\s+(?:been|\\w+ed)\\b`, 'g');

export interface Cue {
  at: number;
  tense: Direction;
  /**
   * A modal of possibility ("can", "could", "may", "might", "should", "must"): looks ahead, or states what is possible
   * now; or "would", the future of a past moment.
   */
  modal?: boolean;
  /** The cue holds only for its own clause. */
  local?: boolean;
}

/** A lower-case word other than "to" or "for" right after "scheduled"/"slated" (case-sensitive: see cuesIn). */
const SCHEDULED_NOUN_AFTER = /^\s+(?!to\b|for\b)\p{Ll}/u;

/** Modals that speak of possibility or obligation rather than of the future itself. */
const POSSIBILITY_MODAL = /^(?:can|cannot|could|may|might|must|should)$/i;

/** A past form inside an "if"/"unless" clause (no clause break since): "… if the council failed to …". */
const IN_CONDITION = /\b(?:if|unless)\s+[^,;:.!?]*$/i;
const HYPOTHETICAL = /\b(?:would|could|might)\b|['’]d\b/i;

/**
 * Words before a past form that make it a participle, an adjective or a base form, without tense of its own. Linking
 * verbs other than "be" (English grammar's copulas: remain, stay, become, get, seem) take a participle as their
 * complement: "will remain closed", "has stayed shut"; the tense is the copula's.
 */
const NO_TENSE_BEFORE_PARTICIPLE =
  /\b(?:to|be|been|being|is|are|isn['’]t|aren['’]t|a|an|the|its|their|his|her|our|this|that|these|those|remain|remains|stay|stays|become|becomes|get|gets|seem|seems)\s+(?:\p{L}+ly\s+)?$/iu;

/** What follows a verb rather than an adjective: a preposition, a determiner, a figure or the end of the clause. */
const VERB_OBJECT_AFTER =
  /^(?:\s*[,.;:]|\s+(?:in|on|at|by|for|to|from|with|after|before|during|since|until|last|earlier|its|their|his|her|the|a|an|this|that|our|\d))/i;

/** The futurate verbs in -s that are also plural nouns ("resumes", "ends", "visits", "closes"). */
const FUTURATE_S = /^(?:begins|starts|opens|reopens|ends|closes|expires|resumes|arrives|visits|travels|premieres|debuts|airs|launches)$/i;

/**
 * What opens a noun phrase, so that the word after it is a noun: a determiner or possessive, a preposition, or a
 * preposition and the gerund whose object it is ("of evaluating resumes"). A verb follows its subject instead.
 */
const NOUN_PHRASE_BEFORE =
  /(?:\b(?:the|a|an|its|their|his|her|our|my|your|these|those)|\w['’]s)\s+$|\b(?:of|for|with|without|about|by|on|in)\s+(?:\p{L}+ing\s+)?$/iu;

/**
 * A preposition takes a noun phrase, not a finite verb, so a past form right after one modifies the noun after it
 * ("members in affected areas", "for injured workers"): a participle used as an adjective (English grammar).
 */
const ADJECTIVE_SLOT_BEFORE = /\b(?:in|on|at|for|of|with|from|into|across|among|about|over|under|between|against)\s+$/i;

/**
 * "the civil service and related areas": after "and", a past form that WordNet also lists as an adjective, before a
 * word it knows only as a noun, is that noun's modifier (a noun phrase joined to a noun phrase), not a second verb.
 */
function adjectiveBeforeNoun(form: string, after: string): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  if (!next || !baseForms(form, 'adj').includes(form.toLowerCase())) return false;
  return baseForms(next, 'noun').length > 0 && baseForms(next, 'verb').length === 0;
}

/** Every tense marker in `text`, at its offset. */
export function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  // "would" is also the future seen from a past moment (reported speech shifts "will" back to "would": "had forecast
  // GDP would grow in July-September"), so it looks ahead no surer than a modal of possibility does.
  for (const m of text.matchAll(STRONG_FUTURE)) cues.push({ at: m.index, tense: 'future', modal: /^would/i.test(m[0]) });
  for (const m of text.matchAll(STRONG_PAST)) {
    // "could be announced", "will be told": a participle after "be" has no tense of its own, as below.
    if (/^(?:said|told|announced)$/i.test(m[0]) && /\b(?:be|been|being)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    cues.push({ at: m.index, tense: 'past' });
  }
  for (const m of text.matchAll(PRESENT_EXPECTATION)) cues.push({ at: m.index, tense: 'future' });
  for (const m of text.matchAll(ATTEMPT_UNDER_WAY)) cues.push({ at: m.index, tense: 'future', local: true });
  for (const m of text.matchAll(FUTURE)) {
    if (m[0] === 'May') continue; // the month
    // "evaluating resumes", "the ends", "of his visits": a plural noun, not the futurate present of the verb.
    if (FUTURATE_S.test(m[0]) && NOUN_PHRASE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "the scheduled vote", "slated players": a participle before a lower-case word modifies a noun and says nothing
    // of time; "scheduled to", "scheduled for" and "scheduled Jan. 30 elections" look ahead. Tested here, not in
    // FUTURE, whose case-insensitive flag would let \p{Ll} match capitals too.
    if (/^(?:scheduled|slated)$/i.test(m[0]) && SCHEDULED_NOUN_AFTER.test(text.slice(m.index + m[0].length))) continue;
    cues.push({ at: m.index, tense: 'future', modal: POSSIBILITY_MODAL.test(m[0]) });
  }
  for (const m of text.matchAll(SAME_FORM_PAST)) {
    if (!BASE_FORM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) cues.push({ at: m.index, tense: 'past' });
  }
  for (const m of text.matchAll(PAST)) {
    if (NOT_PAST_ED.has(m[0].toLowerCase())) continue;
    // "unaffected", "unprecedented", "unnamed": adjectives, never a verb in the past; but "unveiled", "uncovered"
    // are the past of verbs that begin with "un" (unveil, uncover), not "un-" before a participle.
    if (/^un\p{Ll}{3,}ed$/iu.test(m[0]) && !UN_VERBS.test(m[0])) continue;
    // "its long-delayed review", "a much-criticised plan": a compound adjective, not a verb.
    if (text[m.index - 1] === '-') continue;
    // "…, followed by a wider release", "…, led by the mayor": a participle opening a phrase after a comma, with
    // its agent, has no tense of its own (English grammar's reduced clauses).
    if (/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^\s+by\b/.test(text.slice(m.index + m[0].length)))
      continue;
    // "will shelve it if elected in November": a participle right after "if" or "once" is a passive condition with
    // its subject and "is" left out (English grammar's reduced adverbial clause), which looks ahead.
    if (/\b(?:if|unless|once)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) {
      cues.push({ at: m.index, tense: 'future', local: true });
      continue;
    }
    // "would resign if the government failed to act by the summer": a past form in a condition looks ahead.
    // Only a hypothesis does ("would … if", English grammar's second conditional): "if AMC saw record July
    // admissions, Cineworld needs to ask why" states a past fact.
    if (IN_CONDITION.test(text.slice(Math.max(0, m.index - 60), m.index)) && HYPOTHETICAL.test(text)) continue;
    // "will be held", "a revised estimate": participles and adjectives have no tense of their own. After "that" a
    // past form followed by a preposition, a determiner or a date is a relative clause's verb ("the talks that
    // collapsed in May", "the firm that bought its rival"), not an adjective before a noun ("that revised plan").
    const lead = text.slice(Math.max(0, m.index - 24), m.index);
    if (ADJECTIVE_SLOT_BEFORE.test(lead)) continue;
    if (/\b(?:and|or)\s+$/i.test(lead) && adjectiveBeforeNoun(m[0], text.slice(m.index + m[0].length))) continue;
    const relativeVerb = /\bthat\s+$/i.test(lead) && VERB_OBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (NO_TENSE_BEFORE_PARTICIPLE.test(lead) && !relativeVerb) continue;
    cues.push({ at: m.index, tense: 'past' });
  }
  // "were due to run on Saturday": the past copula opens a future-in-the-past, so the longer future cue found at the
  // same word prevails over the copula's own past.
  const futureAt = new Set(cues.filter((c) => c.tense === 'future').map((c) => c.at));
  return cues.filter((c) => c.tense !== 'past' || !futureAt.has(c.at));
}
