// /ask: the best sentences for a question, with the short answer and linked quote or date.
import type { Library } from '../library.ts';
import { formatDate } from '../reply/dates.ts';
import { emptyReply, plain, type Reply, type ReplyItem } from '../reply/model.ts';
import { type SearchHit, search, suggestTopics, TENTATIVE_BELOW } from '../search/search.ts';
import { cite, footerOf, highlight, quoteNote, resolveArticle } from './common.ts';

/** Questions longer than this are cut before searching: no real question needs more. */
export const MAX_QUESTION_LENGTH = 300;

/** Sentences shown in one reply: the best and up to two more. */
const SHOWN = 3;

export interface AskResult {
  question: string;
  hits: SearchHit[];
  reply: Reply;
}

function itemOf(lib: Library, hit: SearchHit, label: string | null): ReplyItem {
  const doc = lib.byId.get(hit.article);
  const note = hit.quote
    ? quoteNote(hit.quote)
    : hit.event
      ? [{ text: `${formatDate(hit.event.date)} (“${hit.event.expression}”)` }]
      : null;
  return {
    label,
    body: highlight(hit.text, hit.terms),
    cite: doc ? cite(lib, doc, hit.paragraph) : `¶${hit.paragraph}`,
    note,
  };
}

/**
 * What the user asked, without chat syntax: mentions (@everyone, <@123>, <#5>, <@&7>), custom emoji, timestamps,
 * markdown marks and control characters carry no meaning for the article and would only dilute the match.
 */
export function questionText(raw: string): string {
  return raw
    .replace(/<a?:(\w+):\d+>/g, ' $1 ')
    .replace(/<(?:@[!&]?|#)\d+>|<t:\d+(?::\w)?>|@(?:everyone|here)\b/g, ' ')
    .replace(/\|\|[^|]*\|\|/g, ' ')
    .replace(/[*_~`|>#]+/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}

/** Answers a question about one article (named) or, when none is named and several are served, all of them. */
export function ask(lib: Library, rawQuestion: string, opts: { article?: string | null; limit?: number } = {}): AskResult {
  const question = questionText(rawQuestion);
  if (!question) {
    return { question, hits: [], reply: emptyReply('error', 'Ask me something', 'Type a question after /ask, e.g. /ask who said what?') };
  }
  const doc = opts.article ? resolveArticle(lib, opts.article) : null;
  if (opts.article && !doc) {
    return { question, hits: [], reply: emptyReply('error', 'No such article', `I don't serve an article called “${opts.article}”. Try /articles.`) };
  }
  const scope = doc?.article.id ?? (lib.docs.length === 1 ? lib.defaultId : undefined);
  const hits = search(lib.index, question, { article: scope, limit: opts.limit ?? 5 });
  const about = doc ?? lib.byId.get(scope ?? lib.defaultId);
  if (hits.length === 0) {
    const reply = emptyReply(
      'empty',
      'The article doesn’t cover that',
      `I found nothing in ${about && scope ? `“${about.article.title}”` : 'the articles'} that answers this question.`,
    );
    reply.suggestions = suggestTopics(lib.index, { article: scope, limit: 3 });
    return { question, hits, reply };
  }
  const best = hits[0] as SearchHit;
  const bestDoc = lib.byId.get(best.article);
  // A weak best hit is as often wrong as right: show where the article comes closest, without a short answer
  // that would read as a fact.
  const tentative = best.score < TENTATIVE_BELOW;
  const reply: Reply = {
    tone: 'answer',
    title: tentative ? null : best.short,
    intro: tentative ? plain('The article may not answer this directly. The closest it comes:') : null,
    groups: [
      {
        heading: null,
        items: hits.slice(0, SHOWN).map((h, i) => itemOf(lib, h, i ? null : tentative ? 'Closest match' : 'Best match')),
      },
    ],
    suggestions: [],
    footer: bestDoc ? footerOf(bestDoc) : null,
    pager: null,
  };
  return { question, hits, reply };
}

/**
 * Runs one throw-away question so that lazily loaded parts (the WordNet index, compiled code paths) are ready
 * before the first user asks: the first real answer then takes as long as any other.
 */
export function warmUp(lib: Library): void {
  ask(lib, 'who said what happened and when was it decided');
  // The topic finder that autocomplete searches is built here, not on the first key press.
  suggestTopics(lib.index, { typed: 'warm', limit: 1 });
}
