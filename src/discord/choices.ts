// Autocomplete suggestions shared by the commands: articles (value = id) and speakers, filtered by what is typed.
import Fuse from 'fuse.js';
import { articleFinder, resolveArticle } from '../answer/common.ts';
import { speakersOf } from '../answer/lists.ts';
import type { AnnotatedArticle } from '../article/model.ts';
import type { Library } from '../library.ts';

export interface Choice {
  name: string;
  value: string;
}

export const MAX_CHOICES = 25;

/**
 * The most of a typed value that is matched. A choice's name and value are at most 100 characters, so nothing
 * longer can match one better; a longer value (a pasted page) would only make the fuzzy match slow.
 */
export const MAX_TYPED = 100;

/** What is matched of a typed value. */
export const needleOf = (typed: string) => typed.slice(0, MAX_TYPED).trim().toLowerCase();

/** Items matching `typed`: all of them when nothing is typed, else substring matches first, then fuzzy ones. */
function filterTyped<T>(items: T[], typed: string, key: (t: T) => string[], fuse: () => Fuse<T>): T[] {
  const needle = needleOf(typed);
  if (!needle) return items;
  const direct = items.filter((i) => key(i).some((k) => k.toLowerCase().includes(needle)));
  // fuse.js's Bitap matches 32 characters in one pass and averages longer patterns over several (field notes):
  // the fuzzy match reads the start of what is typed, the substring match above all of it.
  const fuzzy = fuse()
    .search(needle.slice(0, 32), { limit: MAX_CHOICES })
    .map((r) => r.item);
  return [...new Set([...direct, ...fuzzy])];
}

const articleKey = (d: AnnotatedArticle) => [d.article.title, d.article.id];

/** Articles whose title or id matches what is typed; the name is the title, the value the article id. */
export function articleChoices(lib: Library, typed: string): Choice[] {
  return filterTyped(lib.docs, typed, articleKey, () => articleFinder(lib))
    .slice(0, MAX_CHOICES)
    .map((d) => ({ name: d.article.title, value: d.article.id }));
}

/** The article an option names, or null when the option is empty (the default article then applies). */
export function namedArticle(lib: Library, value: string | null | undefined): AnnotatedArticle | null {
  return value?.trim() ? resolveArticle(lib, value) : null;
}

/** Speakers of the article (the named one, else the default) matching what is typed. */
export function speakerChoices(lib: Library, article: string | null | undefined, typed: string): Choice[] {
  const doc = namedArticle(lib, article) ?? lib.byId.get(lib.defaultId);
  if (!doc) return [];
  const speakers = speakersOf(doc);
  const key = (s: string) => [s];
  return filterTyped(speakers, typed, key, () => new Fuse(speakers, { threshold: 0.4, ignoreLocation: true }))
    .slice(0, MAX_CHOICES)
    .map((s) => ({ name: s, value: s }));
}
