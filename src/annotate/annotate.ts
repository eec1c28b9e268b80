// Article → AnnotatedArticle: runs every annotator once, in one place.
import type { AnnotatedArticle, Article } from '../article/model.ts';
import { findDates } from './dates.ts';
import { findEntities } from './entities.ts';
import { findNumbers } from './numbers.ts';
import { findQuotes } from './quotes.ts';

export function annotate(article: Article): AnnotatedArticle {
  return {
    article,
    quotes: findQuotes(article),
    events: findDates(article),
    entities: findEntities(article),
    numbers: findNumbers(article),
  };
}
