// The /ask ranker. Sentences are the units of answer. A question is matched through an inverted index of
// stemmed terms (plus abbreviation aliases), widened by synonyms and by typo correction against the index
// vocabulary, scored as IDF-weighted coverage of the question (BM25 term saturation), then re-ranked by how
// close together the words are and whether the sentence holds the kind of answer asked for.
//
// This file is the orchestrator; the stages live beside it: question.ts (question analysis) → expand.ts (typos,
// other forms, equivalences; equivalences.ts) → retrieve.ts (candidates from the inverted index, index.ts) →
// match.ts, fit.ts, features.ts (features of a sentence) → score.ts and search() below (the hand-set factors) →
// learned.ts (the factors and other signals as features; a learned model orders the candidates and gives the
// probability that the best answers, below model.json's threshold: abstain) → hit.ts (short answer); lead.ts
// answers questions with no words of their own. Tuning constants are in tuning.ts, word lists in words.ts.
import { queryTerms, unitCount } from './expand.ts';
import { offersType, offersWant } from './features.ts';
import { countFit, identityFit, roleFit, roleTermsOf, saidBy, whichFit } from './fit.ts';
import { type SearchHit, toHit } from './hit.ts';
import type { SearchIndex } from './index.ts';
import { type Candidate, type FactorRow, featuresOf, rankByModel, type ScorerModel } from './learned.ts';
import { leadAnswers } from './lead.ts';
import {
  anchorTerms,
  detailsOf,
  firmShare,
  focusTerms,
  holdsAny,
  keyTerms,
  located,
  matchPositions,
  variantOwners,
} from './match.ts';
import { parseQuestion } from './question.ts';
import { gather, type Scope } from './retrieve.ts';
import { carryForward, datesAhead, positionPrior, proximity } from './score.ts';
import {
  ABSTAIN_BELOW,
  ANCHOR_MISSING,
  DATE_TENSE_MISMATCH,
  FOCUS_FIRM,
  FOCUS_MISSING,
  FORM_FIT,
  HEADING_FACTOR,
  KEEP_RELATIVE,
  KEY_MISSING,
  KEY_SHARE,
  KEYS_ABSENT,
  NAME_MISSING,
  NO_NUMBER_FACTOR,
  TENSE_MISMATCH,
  WRONG_TYPE_FACTOR,
} from './tuning.ts';
import { FUTURE, GENERIC, LIGHT_VERBS } from './words.ts';
import MODEL from './model.json' with { type: 'json' };

export type { SearchHit } from './hit.ts';
export { buildSearchIndex, type SearchIndex } from './index.ts';
export { INDEX_SCHEMA_VERSION, restoreIndex, serializeIndex } from './serialize.ts';
export { suggestTopics } from './topics.ts';
export { ABSTAIN_BELOW, TENTATIVE_BELOW } from './tuning.ts';

/** One candidate's scoring factors, for tuning tools (scripts/explain.ts) and the learned scorer. */
export type TraceRow = FactorRow;

/** The committed learned scorer (npm run train writes it), or null to rank by the hand-set factors alone. */
export const SERVING_SCORER: ScorerModel | null = MODEL as ScorerModel;

export interface SearchOptions {
  /** Search one article (its id); all indexed articles when absent. */
  article?: string;
  limit?: number;
  /** Receives every scored candidate, best first by the hand-set score, before abstention. */
  trace?: (row: TraceRow) => void;
  /** How candidates are ordered: SERVING_SCORER unless given; null for the hand-set score alone. */
  scorer?: ScorerModel | null;
}

/** Finds the sentences that answer a question, best first; [] when the indexed articles do not answer it. */
export function search(index: SearchIndex, question: string, opts: SearchOptions = {}): SearchHit[] {
  const scorer = opts.scorer === undefined ? SERVING_SCORER : opts.scorer;
  const limit = opts.limit ?? 5;
  const doc = opts.article === undefined ? null : (index.docNumber.get(opts.article) ?? -1);
  if (doc === -1 || limit <= 0) return [];
  const parsed = parseQuestion(question);
  // "how long did he get", "when did it happen": only pronouns and light words; the article's subject is meant.
  if (parsed.tokens.every((t) => LIGHT_VERBS.has(t.term) || GENERIC.has(t.term)))
    return doc === null && index.docs.length !== 1 ? [] : leadAnswers(index, parsed, doc ?? 0, limit);
  const query = queryTerms(index, parsed.tokens);
  const scope: Scope =
    doc === null
      ? { from: 0, to: unitCount(index), all: true }
      : { from: index.docStart[doc] as number, to: index.docStart[doc + 1] as number, all: false };
  // How much of the question the searched articles hold at all: mostly absent words mean "not answered here".
  const { best: pre, held } = gather(index, query, scope);

  const questionWords = new Set(parsed.tokens.map((t) => t.norm));
  const owners = variantOwners(query);
  const focus = focusTerms(index, parsed, query);
  const generic = parsed.focus.some((f) => GENERIC.has(f));
  // The thing asked for ("the POPULATION of Athens", "his weekly WAGES") missing from the articles, or only
  // loosely related to a word of theirs: the question is likely about something they do not say.
  const head = query.find((q) => q.token.term === parsed.focus.at(-1));
  // A generic head ("how many PEOPLE") names no particular thing: any count of persons answers it.
  const focusFit =
    head && !GENERIC.has(head.token.term) && Math.max(0, ...head.variants.map((v) => v.weight)) < FOCUS_FIRM
      ? FOCUS_MISSING
      : 1;
  const keys = keyTerms(index, parsed, query, scope);
  const anchors = anchorTerms(index, query, scope);
  // Not one of the deciding words is in the articles, even through a close equivalent ("who FOUNDED the firm" of
  // an article that never says): whatever else matches, they likely do not say.
  const keysAbsentFit = keys.asked && !keys.heldAny ? KEYS_ABSENT : 1;
  const roleTerms = roleTermsOf(parsed, focus);
  // A name the question gives ("the house price in LONDON") that the articles never write: they are about
  // something else, whatever else matches.
  const nameFit = query.some(
    (q, i) => !q.variants.length && (q.token.acronym || (i > 0 && /^\p{Lu}/u.test(q.token.surface))),
  )
    ? NAME_MISSING
    : 1;
  const score = (unit: number, cov: number) => {
    const { doc, sentence } = located(index, unit);
    // "what did the opposition say": the speaker is the evidence, the quote need not repeat the question's words.
    const speakerFit = parsed.type === 'statement' ? saidBy(doc, sentence, questionWords) : 1;
    const keyFit = speakerFit <= 1 && keys.total && firmShare(index, unit, query, keys) < KEY_SHARE ? KEY_MISSING : 1;
    const anchorFit = anchors.size && !holdsAny(index, unit, anchors) ? ANCHOR_MISSING : 1;
    const details = detailsOf(index, unit);
    // "who VOTED against it": a sentence with the word as asked ("voted") over one with another form ("the vote").
    let same = 0;
    let stemOnly = 0;
    for (const t of parsed.tokens) {
      const forms = details.tokens.filter((w) => w.term === t.term);
      if (!forms.length) continue;
      if (forms.some((w) => w.norm === t.norm)) same++;
      else stemOnly++;
    }
    const formFit = same + stemOnly ? FORM_FIT + ((1 - FORM_FIT) * same) / (same + stemOnly) : 1;
    const wantFit =
      parsed.want === 'identity'
        ? identityFit(sentence.text, details.features, questionWords)
        : parsed.want === 'role'
          ? roleFit(details.features, questionWords, roleTerms)
          : parsed.want === 'which'
            ? whichFit(details.features, questionWords, parsed.focus.at(-1))
            : parsed.want
              ? offersWant(parsed.want, details.features)
              : 1;
    // "a decades-long conflict" answers "how long" with no digit: the finer kind found is the figure.
    const typeFit =
      parsed.want === 'count'
        ? countFit(sentence.text, details, focus, generic)
        : (!parsed.type || (parsed.type === 'number' && wantFit > 1)
            ? 1
            : Math.max(
                parsed.type === 'number' ? NO_NUMBER_FACTOR : WRONG_TYPE_FACTOR,
                offersType(parsed.type, details.features, questionWords),
              )) * wantFit;
    const tenseFit =
      parsed.tense === 'future' && !FUTURE.test(sentence.text) && !datesAhead(doc, sentence)
        ? parsed.type === 'date'
          ? DATE_TENSE_MISMATCH
          : TENSE_MISMATCH
        : 1;
    const heading = doc.article.paragraphs[sentence.paragraph - 1]?.kind === 'heading';
    /** Everything but the answer type: how well the sentence holds the question. */
    const near = proximity(index, unit, owners, query.length);
    const position = positionPrior(doc, sentence);
    const base = Math.min(1, cov) * near * (heading ? HEADING_FACTOR : 1) * position;
    const fit = typeFit * tenseFit * focusFit * keyFit * nameFit * anchorFit * keysAbsentFit * formFit * speakerFit;
    // Calibrated: the sentence's fit and the articles' share of the question; both must be about half or more.
    return {
      unit,
      doc,
      sentence,
      details,
      base,
      typeFit: fit,
      // The factors one by one, for scripts/explain.ts; not built unless asked for.
      parts:
        opts.trace || scorer
          ? {
              cov: Math.min(1, cov),
              near,
              heading: heading ? 1 : 0,
              position,
              typeFit,
              tenseFit,
              focusFit,
              keyFit,
              nameFit,
              anchorFit,
              keysAbsentFit,
              formFit,
              speakerFit,
              // Question words found in the sentence as asked / only through their stem, and the question's length.
              same,
              stemOnly,
              words: parsed.tokens.length,
            }
          : undefined,
      score: Math.min(1, Math.sqrt(base * fit * held)),
    };
  };
  const ranked = pre.map(({ unit, cov }) => score(unit, cov));
  if (parsed.want && parsed.want !== 'identity' && parsed.want !== 'role') carryForward(index, ranked, score, held);
  ranked.sort((a, b) => b.score - a.score || a.unit - b.unit);

  const best = ranked[0]?.score ?? 0;
  const asRow = (r: (typeof ranked)[number]): TraceRow => ({
    unit: r.unit,
    text: r.sentence.text,
    base: r.base,
    typeFit: r.typeFit,
    held,
    score: r.score,
    parts: r.parts,
  });
  if (opts.trace) for (const r of ranked) opts.trace(asRow(r));
  if (best < ABSTAIN_BELOW) return [];
  let chosen = ranked.filter((r) => r.score >= best * KEEP_RELATIVE);
  if (scorer) {
    // The learned scorer orders the candidates; which are shown and whether to answer at all stay the hand-set
    // score's (its gate does not yet abstain better: README, "Measuring it").
    const byUnit = new Map(ranked.map((r) => [r.unit, r]));
    chosen = rankByModel(scorer.rank, featuresOf(index, question, ranked.map(asRow), doc, scorer.candidates, parsed))
      .map((c) => byUnit.get(c.unit) as (typeof ranked)[number])
      .filter((r, i) => i === 0 || r.score >= best * KEEP_RELATIVE);
  }
  return chosen.slice(0, limit).map((r) =>
    toHit(
      r.doc,
      r.sentence,
      r.details,
      matchPositions(index, r.unit, owners, query.length),
      r.score,
      parsed.type,
      parsed.want,
      questionWords,
      parsed.asksSubject,
      // A few key words name their thing last ("park and ride SPACES").
      parsed.focus.at(-1) ?? parsed.tokens.at(-1)?.term,
    ),
  );
}

/**
 * The candidates the learned scorer sees for a question (before abstention), each with its feature vector
 * (FEATURE_NAMES): the hand-set ranker's best `limit` and plain BM25's top 5. [] when the question takes none.
 */
export function candidateFeatures(
  index: SearchIndex,
  question: string,
  opts: { article?: string; limit?: number } = {},
): Candidate[] {
  const rows: TraceRow[] = [];
  search(index, question, { article: opts.article, trace: (r) => rows.push(r), scorer: null });
  const doc = opts.article === undefined ? null : (index.docNumber.get(opts.article) ?? -1);
  return featuresOf(index, question, rows, doc, opts.limit ?? 20);
}
