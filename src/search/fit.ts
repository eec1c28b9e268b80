// Stage: features. How well a sentence offers the kind of answer asked for (a count, a role, a speaker…).
import type { AnnotatedArticle, Quote, Sentence } from '../article/model.ts';
import { COMMON } from './equivalences.ts';
import type { Mention, SentenceFeatures } from './features.ts';
import { coordinated } from './short-answer.ts';
import type { UnitDetails } from './index.ts';
import type { ParsedQuestion } from './question.ts';
import { normalize, STOP_WORDS, termOf, type Token } from './text.ts';
import { COUNT_FIT, COUNT_REACH, IDENTITY_FIT, ROLE_FIT, SPEAKER_FIT, WHICH_FIT } from './tuning.ts';
import { APPROXIMATORS, GENERIC, NUMBER_WORDS } from './words.ts';

/**
 * "how many X": COUNT_FIT[0] when a number counts X ("340 parking spaces"; for "how many people", any number of
 * things: "11 cyclists"), [1] for other numbers, [2] for none. Years, sums of money and clock times are not counts.
 */
export function countFit(text: string, details: UnitDetails, focus: Set<string>, generic: boolean): number {
  const t = details.tokens;
  const f = details.features;
  // "for four hours", "a 24-year-old": durations and ages measure, they count nothing.
  const notCount = [...f.money, ...f.clocks, ...f.dates, ...f.durations, ...f.ages];
  let numbers = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i] as Token;
    if (!/^\d/.test(w.norm) && !NUMBER_WORDS.has(w.norm)) continue;
    if (/^(?:1[89]|20)\d\d$/.test(w.norm) || notCount.some((m) => m.start <= w.start && w.end <= m.end)) continue;
    // "District 3", "Route 9", "Article 5": a number after a capitalised noun labels it, it counts nothing.
    // "About 300", "Nearly 40" open a sentence with a capital too: a common word is no label.
    const label = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, w.start - 20), w.start))?.[1]?.toLowerCase();
    if (label && !APPROXIMATORS.has(label) && !STOP_WORDS.has(label) && /^\d+$/.test(w.norm)) continue;
    numbers = true;
    // "four have been hospitalised", "two were killed": a number standing for people, right before their verb.
    const next = t[i + 1];
    if (
      generic &&
      next &&
      /^(?:have|had|has|were|are|was|remain|remained)$/.test(next.norm) &&
      !/[.,;:]/.test(text.slice(w.end, next.start))
    )
      return COUNT_FIT[0] as number;
    for (let j = i + 1; j <= i + COUNT_REACH && j < t.length; j++) {
      const x = t[j] as Token;
      // The counted noun follows in the same phrase: no punctuation between.
      if (/[.,;:!?"“”()]/.test(text.slice(w.end, x.start))) break;
      if (
        focus.has(x.term) ||
        (generic && j <= i + 2 && (GENERIC.has(x.term) || (/\p{Ll}s$/u.test(x.norm) && !STOP_WORDS.has(x.norm))))
      )
        return COUNT_FIT[0] as number;
      // "400 landlords who list …": the number counts the first plural noun after it, not a later word.
      if (/\p{Ll}s$/u.test(x.norm) && !STOP_WORDS.has(x.norm) && x.term !== x.norm) break;
    }
  }
  return (numbers ? COUNT_FIT[1] : COUNT_FIT[2]) as number;
}

/**
 * "who is X": the sentence that introduces X with a role ("said Dr. Jane Roe, director of …") beats one that
 * only names X ("Roe said …").
 */
export function identityFit(text: string, f: SentenceFeatures, questionWords: Set<string>): number {
  const named = f.mentions.filter((m) => m.words.length && m.words.some((w) => questionWords.has(w)));
  if (!named.length) return IDENTITY_FIT[2] as number;
  const words = new Set(normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []);
  const roleShown = named.some((m) => {
    const role = m.roleWords.filter((w) => !STOP_WORDS.has(w));
    return role.length > 0 && role.filter((w) => words.has(w)).length * 2 >= role.length;
  });
  if (roleShown) return IDENTITY_FIT[0] as number;
  // "Jane Roe, 41, a nurse", "Jane Roe, the minister", "Jane Roe, who".
  const appositive = named.some((m) =>
    /^,\s+(?:\d{1,3},\s+)?(?:a|an|the|who|whose|director|chief|head)\b/i.test(text.slice(m.end)),
  );
  return (appositive ? IDENTITY_FIT[1] : IDENTITY_FIT[2]) as number;
}

const LIST = /\p{L}, [\p{L}-]+(?: [\p{L}-]+)?,? (?:and|or) \p{L}/u;
/** The term of the lower-case word right after a mention ("the Northern Reach REGION"), kept per mention. */
const termAfter = new WeakMap<Mention, string>();
function nounAfter(f: SentenceFeatures, m: Mention): string {
  let term = termAfter.get(m);
  if (term === undefined) {
    term = termOf(/^\s+(\p{Ll}+)/u.exec(f.text.slice(m.end, m.end + 40))?.[1] ?? '');
    termAfter.set(m, term);
  }
  return term;
}
const isOfKind = (f: SentenceFeatures, m: Mention, questionWords: Set<string>, head: string | undefined): boolean =>
  !!head &&
  /^\p{Lu}/u.test(m.text) &&
  !m.words.every((w) => questionWords.has(w)) &&
  (termOf(m.words.at(-1) ?? '') === head || nounAfter(f, m) === head || m.roleWords.some((w) => termOf(w) === head));

/** The answer to "which schools": the names of that kind, with names joined to them ("A, B and C"). */
export function whichAnswer(f: SentenceFeatures, questionWords: Set<string>, head: string | undefined): string | null {
  const first = f.mentions.find((m) => isOfKind(f, m, questionWords, head));
  if (!first) return null;
  const names = f.mentions.filter((m) => /^\p{Lu}/u.test(m.text) && !m.words.every((w) => questionWords.has(w)));
  return coordinated(first, names, f.text);
}

/** The answer to "who is Jane Roe": the role the article gives the person the question names. */
export function identityAnswer(f: SentenceFeatures, questionWords: Set<string>): string | null {
  return (
    f.mentions.find((m) => m.kind === 'person' && m.role && m.words.some((w) => questionWords.has(w)))?.role ?? null
  );
}

export function whichFit(f: SentenceFeatures, questionWords: Set<string>, head: string | undefined): number {
  // "which schools": a name that ends in the noun asked about ("Westbrook Elementary School") is one of them, as
  // is one the noun follows ("the Northern Reach region"), or a person the noun titles ("Council member Tomás Reyes").
  if (f.mentions.some((m) => isOfKind(f, m, questionWords, head))) return WHICH_FIT[2] as number;
  if (LIST.test(f.text)) return WHICH_FIT[0] as number;
  // A single capitalised word opening the sentence is likely just its first word.
  const named = f.mentions.some(
    (m) =>
      /^\p{Lu}/u.test(m.text) && (m.start > 0 || m.words.length > 1) && !m.words.every((w) => questionWords.has(w)),
  );
  return (named ? WHICH_FIT[0] : WHICH_FIT[1]) as number;
}

/**
 * "who is the governor of the bank": ROLE_FIT[0] for a person the question does not name, introduced with the
 * role asked about ("Governor Helen Marsh"), [1] for another person, [2] for no person at all (the bank alone).
 */
export function roleFit(f: SentenceFeatures, questionWords: Set<string>, roleTerms: Set<string>): number {
  // Someone the question names even in part ("before Vosberg") is not who holds the role asked about.
  const people = f.mentions.filter((m) => m.kind === 'person' && !m.words.some((w) => questionWords.has(w)));
  if (!people.length) return ROLE_FIT[2] as number;
  const text = normalize(f.text);
  const roleNear = people.some((m) => {
    const near = text.slice(Math.max(0, m.start - 40), m.end + 60).match(/[\p{L}\p{N}]+/gu) ?? [];
    return m.roleWords.some((w) => roleTerms.has(termOf(w))) || near.some((w) => roleTerms.has(termOf(w)));
  });
  return (roleNear ? ROLE_FIT[0] : ROLE_FIT[1]) as number;
}

/**
 * The terms that name the role asked about ("who is the CEO of Acme": ceo, chief, executive): the question's
 * words and what its abbreviations stand for, without the names it gives (Acme is where, not what, the role is).
 */
export function roleTermsOf(parsed: ParsedQuestion, focus: Set<string>): Set<string> {
  const out = new Set(focus);
  parsed.tokens.forEach((t, i) => {
    if (!t.acronym && i > 0 && /^\p{Lu}/u.test(t.surface)) return;
    out.add(t.term);
    for (const a of COMMON) if (a.short === t.norm) for (const term of a.terms) out.add(term);
  });
  return out;
}

const named = (q: Quote, questionWords: Set<string>): boolean =>
  (normalize(`${q.speaker} ${q.role ?? ''}`).match(/[\p{L}\p{N}]+/gu) ?? []).some(
    (w) => !STOP_WORDS.has(w) && questionWords.has(w),
  );
export function saidBy(doc: AnnotatedArticle, s: Sentence, questionWords: Set<string>): number {
  if (!doc.quotes.some((q) => named(q, questionWords))) return 1;
  const quote = linkedQuote(doc, s);
  return (quote && named(quote, questionWords) ? SPEAKER_FIT[0] : SPEAKER_FIT[1]) as number;
}

/** The quote that starts in this sentence, else one that runs through it. */
export function linkedQuote(doc: AnnotatedArticle, s: Sentence): Quote | null {
  return (
    doc.quotes.find((q) => q.sentence === s.n) ?? doc.quotes.find((q) => q.start < s.end && q.end > s.start) ?? null
  );
}
