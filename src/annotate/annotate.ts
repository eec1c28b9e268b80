// Article → AnnotatedArticle: runs every annotator once, in one place.
import type { AnnotatedArticle, Article } from '../article/model.ts';
import { type DateOptions, findDates } from './dates.ts';
import { findEntities } from './entities.ts';
import { findNumbers } from './numbers.ts';
import { findQuotes } from './quotes.ts';

/** Settings of the annotators: the time zone the articles are written in (ARTICLE_TIMEZONE) for their dates. */
export type AnnotateOptions = DateOptions;

export function annotate(article: Article, opts: AnnotateOptions = {}): AnnotatedArticle {
  return {
    article,
    quotes: findQuotes(article),
    events: findDates(article, opts),
    entities: findEntities(article),
    numbers: findNumbers(article),
  };
}
