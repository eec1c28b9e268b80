// The mentions stage over one article, read once and shared by every annotator that needs it (quotes, entities):
// the quote pieces, each paragraph's token stream with quotes collapsed, and the registry of the people,
// organisations and documents the article introduces, with their roles and the short forms that refer to them.
import type { Article } from '../../article/model.ts';
import { isKnownWord, isProperName } from '../../lexicon/wordnet.ts';
import { findQuotePieces, type QuotePiece } from '../quotes-marks.ts';
import { paragraphTokens, type Tok, tokenize } from '../quotes-tokens.ts';
import { articleVocabulary, markGrammaticalCapitals, type Vocabulary } from './capitals.ts';
import { isGivenName, markGivenNames } from './given.ts';
import { PeopleRegistry, type PersonEntry } from './registry.ts';

export interface ArticleMentions {
  /** Quote pieces of each paragraph, by paragraph index. */
  byParagraph: QuotePiece[][];
  pieces: QuotePiece[];
  /** Each paragraph's tokens outside quotes, by paragraph index. */
  streams: Tok[][];
  registry: PeopleRegistry;
  /** How the article writes its words (lower case, capitalised inside a sentence). */
  vocabulary: Vocabulary;
  /** The first person the headline names whom the body introduces in full: the story's protagonist. */
  protagonist: PersonEntry | null;
}

const cache = new WeakMap<Article, ArticleMentions>();

/** A bracketed insertion inside a quote: "[House Minority Leader Nancy Pelosi]". */
const INSERTION = /\[([^\]\n]{3,120})\]/g;

/** Reads the article's mentions once; later calls for the same article share the result. */
export function mentionsOf(article: Article): ArticleMentions {
  const known = cache.get(article);
  if (known) return known;
  const pieces = findQuotePieces(article.paragraphs);
  const byParagraph: QuotePiece[][] = article.paragraphs.map(() => []);
  for (const p of pieces) byParagraph[p.paragraph - 1]?.push(p);
  const vocabulary = articleVocabulary(article.text);
  const streams = article.paragraphs.map((_, i) =>
    markGrammaticalCapitals(markGivenNames(paragraphTokens(article, i, byParagraph[i] ?? [])), vocabulary),
  );
  const registry = registryOf(article, streams, byParagraph, []);
  // "Boris Johnson’s flat" in the headline and only "Johnson" in the body: the headline gave the full name (news
  // style names the person in full once; a headline may be that once), so it is read first, as an introduction.
  const named = headlineNames(article, registry);
  const final = named.length ? registryOf(article, streams, byParagraph, named) : registry;
  const out = {
    byParagraph,
    pieces,
    streams,
    registry: final,
    vocabulary,
    protagonist: headlinePerson(article, final),
  };
  cache.set(article, out);
  return out;
}

/** The registry of the body's streams (and of `introductions`, read before them), in article order. */
function registryOf(
  article: Article,
  streams: readonly Tok[][],
  byParagraph: readonly QuotePiece[][],
  introductions: readonly Tok[][],
): PeopleRegistry {
  const registry = new PeopleRegistry(article.published?.instant.slice(0, 10) ?? null);
  for (const toks of introductions) registry.addStream(article.text, toks);
  streams.forEach((s, i) => {
    const p = article.paragraphs[i];
    // A heading introduces no one: the story's body names each person in full at first reference (AP style), and a
    // heading's capitals may be headline style ("Quiet Praise for Harbour Wives", "Gay Voters Split on Bill").
    if (p?.kind !== 'heading') registry.addStream(article.text, s);
    // "I've talked with [House Minority Leader Nancy Pelosi]": square brackets inside a quote hold the reporter's
    // words, not the speaker's (AP style's insertion), and may introduce a person the story names only there.
    for (const q of byParagraph[i] ?? []) {
      for (const m of article.text.slice(q.innerStart, q.innerEnd).matchAll(INSERTION)) {
        const from = q.innerStart + m.index + 1;
        registry.addStream(article.text, tokenize(article.text, from, from + (m[1] as string).length));
      }
    }
  });
  return registry;
}

/**
 * Full names in the headline ("Boris Johnson’s") whose surname the body uses alone while introducing nobody by it:
 * each as the tokens of its own span. A given name from the name lists opens it, so that headline-style capitals
 * ("Gay Voters Split") are no name.
 */
function headlineNames(article: Article, registry: PeopleRegistry): Tok[][] {
  const heading = article.paragraphs[0];
  if (heading?.kind !== 'heading') return [];
  const headline = article.text.slice(heading.start, heading.end);
  const body = article.text.slice(heading.end);
  const out: Tok[][] = [];
  // Two names exactly ("Kim Jong Un" is three), the surname used alone in the body, after no other capital.
  for (const m of headline.matchAll(
    /(?<!\p{Lu}\p{L}*\s)\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?=['’]s\b|[^\p{L}'’]|$)(?!\s+\p{Lu})/gu,
  )) {
    const [given, surname] = [m[1] as string, m[2] as string];
    const common = isKnownWord(surname.toLowerCase()) && !isProperName(surname);
    if (!isGivenName(given.toLowerCase()) || isGivenName(surname.toLowerCase()) || common) continue;
    const alone = new RegExp(`(?<!\\p{Lu}\\p{L}*\\s)\\b${surname}\\b`, 'u');
    if (registry.lookup(surname, article.text.length) || !alone.test(body)) continue;
    const from = heading.start + m.index;
    out.push(tokenize(article.text, from, from + m[0].length));
  }
  return out;
}

/**
 * The first person the headline names whom the body names in full: by that full name, or by a given name or surname
 * that is no common English word (headline style capitalises words: "Social Security Formula Weighed").
 */
function headlinePerson(article: Article, registry: PeopleRegistry): PersonEntry | null {
  const heading = article.paragraphs[0];
  if (heading?.kind !== 'heading') return null;
  const headline = article.text.slice(heading.start, heading.end);
  for (const m of headline.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
    const p = registry.lookup(m[0], article.text.length);
    if (!p?.name.includes(' ') || !p.name.split(' ').includes(m[0])) continue;
    if (headline.includes(p.name) || !isKnownWord(m[0].toLowerCase()) || isProperName(m[0])) return p;
  }
  return null;
}
