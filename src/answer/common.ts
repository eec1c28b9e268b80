// Helpers shared by the answer builders: which article a command means, citations, highlighting.
import Fuse from 'fuse.js';
import type { AnnotatedArticle, Quote } from '../article/model.ts';
import type { Library } from '../library.ts';
import { formatInstant } from '../reply/dates.ts';
import type { RichText } from '../reply/model.ts';

/** Finds the article a user named (id or title, typos tolerated); the default one when no name is given. */
export function resolveArticle(lib: Library, name: string | null | undefined): AnnotatedArticle | null {
  if (!name?.trim()) return lib.byId.get(lib.defaultId) ?? null;
  const exact = lib.byId.get(name.trim());
  if (exact) return exact;
  // No id or title is longer than a Discord choice (100 characters): a longer name matches nothing better.
  const wanted = name.trim().slice(0, MAX_NAME);
  const needle = wanted.toLowerCase();
  const byTitle = lib.docs.find((d) => d.article.title.toLowerCase() === needle);
  if (byTitle) return byTitle;
  return articleFinder(lib).search(wanted, { limit: 1 })[0]?.item ?? null;
}

const MAX_NAME = 100;
/** Each library's fuzzy finder of article names, built once: commands and autocomplete share it. */
const finders = new WeakMap<Library, Fuse<AnnotatedArticle>>();

/** The fuzzy finder of a library's articles by title or id (typos tolerated). */
export function articleFinder(lib: Library): Fuse<AnnotatedArticle> {
  let fuse = finders.get(lib);
  if (!fuse) {
    fuse = new Fuse(lib.docs, { keys: ['article.title', 'article.id'], threshold: 0.4, ignoreLocation: true });
    finders.set(lib, fuse);
  }
  return fuse;
}

/** "¶5", or "¶5 · Title" when several articles are served and the reader must know which. */
export function cite(lib: Library, doc: AnnotatedArticle, paragraph: number): string {
  return lib.docs.length > 1 ? `¶${paragraph} · ${doc.article.title}` : `¶${paragraph}`;
}

/** "CNN · Fri 8 Dec 2023" from what the article says of itself. */
export function footerOf(doc: AnnotatedArticle): string | null {
  const parts = [doc.article.source, doc.article.published ? formatInstant(doc.article.published.instant) : null];
  const text = parts.filter(Boolean).join(' · ');
  return text || null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence as spans, with every whole-word occurrence of `terms` strong. */
export function highlight(text: string, terms: string[]): RichText {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ text }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const spans: RichText = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) spans.push({ text: text.slice(last, at) });
    spans.push({ text: m[0], strong: true });
    last = at + m[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}

/** A quote as shown on its own: without the comma that led into its attribution in the article ("…,” she said). */
export const shownQuote = (q: Pick<Quote, 'text'>): string => q.text.replace(/\s*,$/, '');

export function quoteNote(q: Quote): RichText {
  return [{ text: `“${shownQuote(q)}” — ` }, { text: q.speaker, strong: true }];
}
