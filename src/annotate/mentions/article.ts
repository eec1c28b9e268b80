// The mentions stage over one article, read once and shared by every annotator that needs it (quotes, entities):
// the quote pieces, each paragraph's token stream with quotes collapsed, and the registry of the people,
// organisations and documents the article introduces, with their roles and the short forms that refer to them.
import type { Article } from '../../article/model.ts';
import { findQuotePieces, type QuotePiece } from '../quotes-marks.ts';
import { paragraphTokens, type Tok } from '../quotes-tokens.ts';
import { PeopleRegistry } from './registry.ts';

export interface ArticleMentions {
  /** Quote pieces of each paragraph, by paragraph index. */
  byParagraph: QuotePiece[][];
  pieces: QuotePiece[];
  /** Each paragraph's tokens outside quotes, by paragraph index. */
  streams: Tok[][];
  registry: PeopleRegistry;
}

const cache = new WeakMap<Article, ArticleMentions>();

/** Reads the article's mentions once; later calls for the same article share the result. */
export function mentionsOf(article: Article): ArticleMentions {
  const known = cache.get(article);
  if (known) return known;
  const pieces = findQuotePieces(article.paragraphs);
  const byParagraph: QuotePiece[][] = article.paragraphs.map(() => []);
  for (const p of pieces) byParagraph[p.paragraph - 1]?.push(p);
  const streams = article.paragraphs.map((_, i) => paragraphTokens(article, i, byParagraph[i] ?? []));
  const registry = new PeopleRegistry();
  streams.forEach((s, i) => {
    const p = article.paragraphs[i];
    // A heading in Title Case capitalises every word, so its capitals tell no names ("Quiet Praise for Harbour Wives").
    if (p?.kind !== 'heading' || !isTitleCase(p.text)) registry.addStream(article.text, s);
  });
  const out = { byParagraph, pieces, streams, registry };
  cache.set(article, out);
  return out;
}

/** Every word of four letters or more capitalised (headline style), with at least three such words. */
function isTitleCase(text: string): boolean {
  const long = text.match(/[\p{L}'’-]{4,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}
