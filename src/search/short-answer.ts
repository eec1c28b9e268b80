// The short answer: out of a sentence that answers, the words that answer ("Who?" → the name, "How many?" → the
// figure), picked among the sentence's features by the question's type.
import type { AnswerType, Want } from './question.ts';
import { candidates, inQuestion, type Mention, type SentenceFeatures } from './features.ts';
import { termOf } from './text.ts';

/**
 * The short answer: the candidate of the wanted type, not already in the question, nearest to where the
 * question's words matched (a person or organisation before a place for "who"; figures that share a word
 * with the question first for "how many").
 */
export function shortAnswer(
  type: AnswerType | null,
  f: SentenceFeatures,
  questionWords: Set<string>,
  matched: { start: number; end: number }[],
  asked: {
    /** "who did X": the subject is wanted, not an object after the verb. */
    asksSubject?: boolean;
    /** The term of the thing asked about ("how many SEATS"). */
    head?: string | undefined;
    want?: Want | null;
  } = {},
): string | null {
  const { asksSubject = false, head, want = null } = asked;
  if (!type || type === 'statement') return null;
  // "Who did X?" asks for the subject, which English puts before the verb: a name after all the matched words is
  // an object ("A fought B"), unless "by" marks it as the agent of a passive ("was designed by architect B").
  // A person whose role the question names ("who owns the club": "the club's owner, Raymond Ketteridge") is no object.
  const last = matched.reduce((a, m) => Math.max(a, m.start), -1);
  const isObject = (c: Mention) =>
    c.start > last &&
    !c.roleWords.some((w) => questionWords.has(w)) &&
    !/\bby\s+(?:[\p{L}][\p{L}.-]*\s+){0,3}$/u.test(f.text.slice(Math.max(0, c.start - 60), c.start));
  // A name the question's own words matched ("Who knocked them out of the Scottish Cup") is not who is asked for.
  const matchedIn = (c: Mention) => matched.some((m) => m.start >= c.start && m.start < c.end);
  const found = candidates(type, f).filter(
    (c) =>
      !inQuestion(c, questionWords) &&
      !(asksSubject && type === 'person' && last >= 0 && isObject(c)) &&
      // "who's the police chief": there the matched words are the title of the person asked for.
      !((type === 'person' || type === 'place') && want !== 'role' && matchedIn(c)),
  );
  if (!found.length) return null;
  // The gap between a candidate and the nearest matched word: "died on 14 March 1907" after "born in 1851 and".
  const distance = (c: Mention): number =>
    matched.length
      ? matched.reduce(
          (best, m) => Math.min(best, m.end <= c.start ? c.start - m.end : Math.max(0, m.start - c.end)),
          Number.POSITIVE_INFINITY,
        )
      : c.start;
  const cost = (c: Mention): number => {
    let cost = distance(c);
    if (type === 'person' && c.kind !== 'person' && c.kind !== 'organisation') cost += 40;
    // "Who is the finance minister?": the person whose role the question names.
    if (c.roleWords.some((w) => questionWords.has(w))) cost -= 500;
    // A figure of the thing asked about ("park and ride SPACES": "1,800 spaces") before one sharing another word.
    if (type === 'number' && c.words.some((w) => questionWords.has(w)))
      cost -= head && c.words.some((w) => termOf(w) === head) ? 1000 : 600;
    return cost;
  };
  const best = [...found].sort((a, b) => cost(a) - cost(b) || a.start - b.start)[0];
  if (!best) return null;
  if (type === 'number') return ranged(best, found, f.text).replace(/[\s,.;:]+$/, '');
  return coordinated(best, type === 'person' ? found : [], f.text).replace(/[\s,.;:]+$/, '');
}

/** "between £15 and £30", "$60 million to $70 million": a figure given as a range answers as the whole range. */
function ranged(best: Mention, others: Mention[], text: string): string {
  const opener = /\b(?:between|from)\s+$/i.exec(text.slice(Math.max(0, best.start - 10), best.start));
  const upper = others.find(
    (o) =>
      o.start >= best.end &&
      (opener ? /^\s*(?:and|to|-|–)\s*$/ : /^\s*(?:to|-|–)\s*$/).test(text.slice(best.end, o.start)),
  );
  const lower = others.find((o) => o.end <= best.start && /^\s*(?:to|-|–)\s*$/.test(text.slice(o.end, best.start)));
  // "between £15 and £30" keeps its "between"; "£15 and £30" alone would read as two prices.
  const start = lower?.start ?? (upper && opener ? best.start - opener[0].length : best.start);
  return text.slice(start, upper?.end ?? best.end);
}

/** Joined by "and" or a comma, names answer together: "Who welcomed it?" → "the United States and European Union". */
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/i;

export function coordinated(best: Mention, others: Mention[], text: string): string {
  let start = best.start;
  let end = best.end;
  for (let grown = true; grown; ) {
    grown = false;
    for (const o of others) {
      if (o.end <= start && COORDINATION.test(text.slice(o.end, start))) {
        start = o.start;
        grown = true;
      } else if (o.start >= end && COORDINATION.test(text.slice(end, o.start))) {
        end = o.end;
        grown = true;
      }
    }
  }
  return text.slice(start, end);
}
