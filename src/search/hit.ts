// Stage: short answer. A scored sentence as a hit: its short answer, bolded words, quote and event.
import type { AnnotatedArticle, DatedEvent, Quote, Sentence } from '../article/model.ts';
import { wantSpans } from './features.ts';
import { shortAnswer } from './short-answer.ts';
import { identityAnswer, linkedQuote, whichAnswer } from './fit.ts';
import type { UnitDetails } from './index.ts';
import type { AnswerType, Want } from './question.ts';

export interface SearchHit {
  article: string;
  sentence: number;
  paragraph: number;
  text: string;
  /** 0..1: how much of the question the sentence covers, adjusted for proximity and answer type. */
  score: number;
  short: string | null;
  /** Surface words of the sentence that matched, for bolding. */
  terms: string[];
  quote: Quote | null;
  event: DatedEvent | null;
}

export function toHit(
  doc: AnnotatedArticle,
  s: Sentence,
  { features, spans }: UnitDetails,
  positions: number[][],
  score: number,
  type: AnswerType | null,
  want: Want | null,
  questionWords: Set<string>,
  asksSubject: boolean,
  head?: string,
): SearchHit {
  const wanted = want ? wantSpans(want, features) : [];
  const matched = [...new Set(positions.flat())]
    .sort((a, b) => a - b)
    .flatMap((p) => (spans[p] ? [{ start: spans[p][0], end: spans[p][1] }] : []));
  return {
    article: doc.article.id,
    sentence: s.n,
    paragraph: s.paragraph,
    text: s.text,
    score: Math.round(score * 1000) / 1000,
    short:
      want === 'identity'
        ? identityAnswer(features, questionWords)
        : ((want === 'which' ? whichAnswer(features, questionWords, head) : null) ??
          shortAnswer(
            type,
            // "how much money did he take": a sum, not the sentence's other figures ("seven years").
            wanted.length ? { ...features, numbers: wanted } : features,
            questionWords,
            matched,
            { asksSubject, head, want },
          )),
    terms: [...new Set(matched.map((t) => s.text.slice(t.start, t.end)))],
    quote: linkedQuote(doc, s),
    event: doc.events.find((e) => e.sentence === s.n) ?? null,
  };
}
