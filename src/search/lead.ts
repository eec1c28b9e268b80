// Stage: lead answers, for questions with no words of their own.
import { MAX_WANT_FIT, offersType, offersWant } from './features.ts';
import { type SearchHit, toHit } from './hit.ts';
import type { SearchIndex } from './index.ts';
import { detailsOf, located } from './match.ts';
import type { ParsedQuestion } from './question.ts';
import { ABSTAIN_BELOW, LEAD_BASE, LEAD_DECAY } from './tuning.ts';

/**
 * "how long did he get", "when was she fired": a question whose only words are pronouns asks about the person or
 * thing the article is about, which news names in its lead. The first body sentences that hold the kind of answer
 * asked for answer it, the lead best; past the first few, nothing does.
 */
export function leadAnswers(index: SearchIndex, parsed: ParsedQuestion, doc: number, limit: number): SearchHit[] {
  const { type, want } = parsed;
  const finer = want && want !== 'count' && want !== 'identity' && want !== 'role' && want !== 'which' ? want : null;
  if (!type && !finer) return [];
  const none = new Set<string>();
  const hits: { unit: number; score: number }[] = [];
  let body = 0;
  for (let unit = index.docStart[doc] as number; unit < (index.docStart[doc + 1] as number); unit++) {
    // Past the sentence where even the best fit decays under the abstention cut, none can answer: stop there, so
    // that the cost does not grow with the article (a 1 MB article has thousands of sentences).
    if (Math.sqrt(LEAD_BASE * LEAD_DECAY ** body * MAX_WANT_FIT) < ABSTAIN_BELOW) break;
    const { doc: d, sentence } = located(index, unit);
    if (d.article.paragraphs[sentence.paragraph - 1]?.kind === 'heading') continue;
    const f = detailsOf(index, unit).features;
    const fit = finer ? offersWant(finer, f) : 1;
    const decay = LEAD_DECAY ** body++;
    if (fit >= 1 && (!type || offersType(type, f, none) >= 1))
      hits.push({ unit, score: Math.sqrt(LEAD_BASE * decay * fit) });
  }
  return hits
    .filter((h) => h.score >= ABSTAIN_BELOW)
    .slice(0, limit)
    .map((h) => {
      const { doc: d, sentence } = located(index, h.unit);
      return toHit(d, sentence, detailsOf(index, h.unit), [], h.score, type, want, none, false);
    });
}
