// How people type questions in chat, put right before a question is read: glued contractions ("whats"), misspelt
// question words ("wich", "hoe many") and chat spellings ("ppl").
import { isKnownWord } from '../lexicon/wordnet.ts';
import { STOP_WORDS } from './text.ts';

/** "whats", "whos", "hows": chat spelling of "what's", "who's", "how's". */
export const unglued = (question: string): string => question.replace(/\b(what|who|where|when|how)s\b/gi, '$1 is');

const ASKING_WORDS = ['what', 'which', 'when', 'where', 'who', 'why', 'how', 'much', 'many'];
const AUXILIARY = /^(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|many|much)$/i;

/** One edit apart: a letter added, dropped or changed, or two neighbours swapped ("wich", "mcuh", "whta"). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A misspelt question word ("wich stores", "how mcuh", "whn did") decides the kind of answer, so it is put right
 * when one question word alone is one edit away and the word is not English, or it opens the question before an
 * auxiliary ("wen did", "hoe many").
 */
export function mendQuestionWords(question: string): string {
  let first = true;
  return question.replace(/[\p{L}']+/gu, (word, offset: number) => {
    const opening = first;
    first = false;
    const lower = word.toLowerCase();
    // "were", "what's", "how's": words of their own, one edit from a question word.
    if (lower.length < 2 || ASKING_WORDS.includes(lower) || STOP_WORDS.has(lower) || lower.includes("'")) return word;
    let near = ASKING_WORDS.filter((w) => oneEditApart(lower, w));
    // "whn": a dropped letter (when) is likelier than a changed one (who).
    if (near.length > 1) near = near.filter((w) => w.length === lower.length + 1);
    if (near.length !== 1) return word;
    const next = /^\s+([\p{L}']+)/u.exec(question.slice(offset + word.length))?.[1] ?? '';
    const previous = /([\p{L}']+)\s+$/u.exec(question.slice(0, offset))?.[1]?.toLowerCase();
    const isMuchMany = near[0] === 'much' || near[0] === 'many';
    // "much" and "many" only after "how"; the other question words only where a question word may stand.
    if (isMuchMany ? previous !== 'how' : !opening && !/^(?:and|or|but|so)$/.test(previous ?? '')) return word;
    if (isKnownWord(lower) && !(opening && AUXILIARY.test(next)) && !isMuchMany) return word;
    return near[0] as string;
  });
}

/** Chat spellings with one meaning, written out before the question is read ("how many PPL came"). */
const CHAT: Record<string, string> = {
  ppl: 'people',
  r: 'are',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  abt: 'about',
  thru: 'through',
  tmrw: 'tomorrow',
  yday: 'yesterday',
  b4: 'before',
  rn: 'now',
  atm: 'now',
  rly: 'really',
};
export const chatWords = (question: string): string =>
  question
    .replace(/\b[\p{L}\d]+\b/gu, (w) => CHAT[w.toLowerCase()] ?? w)
    // "so far", "thus far": by now, no distance.
    .replace(/\b(?:so|thus) far\b/giu, 'now')
    // "who is in charge of the agency": who runs it, not a charge.
    .replace(/\bin charge of\b/giu, 'running')
    // "when did the inspection take place", "why did it close in the first place": idioms that add nothing.
    .replace(/\b(?:take|takes|took|taken|taking) place\b|\bin the first place\b/giu, '');
