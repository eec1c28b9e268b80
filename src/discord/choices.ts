// Autocomplete suggestions shared by the commands: articles (value = id) and speakers, filtered by what is typed.
import Fuse from 'fuse.js';
import { resolveArticle } from '../answer/common.ts';
import { speakersOf } from '../answer/lists.ts';
import type { AnnotatedArticle } from '../article/model.ts';
import type { Library } from '../library.ts';

export interface Choice {
  name: string;
  value: string;
}

export const MAX_CHOICES = 25;

/** Items matching `typed`: all of them when nothing is typed, else substring matches first, then fuzzy ones. */
function filterTyped<T>(items: T[], typed: string, key: (t: T) => string[]): T[] {
  const needle = typed.trim().toLowerCase();
  if (!needle) return items;
  const direct = items.filter((i) => key(i).some((k) => k.toLowerCase().includes(needle)));
  const fuzzy = new Fuse(items, { keys: [{ name: 'k', getFn: (i) => key(i) }], threshold: 0.4, ignoreLocation: true })
    .search(needle)
    .map((r) => r.item);
  return [...new Set([...direct, ...fuzzy])];
}

/** Articles whose title or id matches what is typed; the name is the title, the value the article id. */
export function articleChoices(lib: Library, typed: string): Choice[] {
  return filterTyped(lib.docs, typed, (d) => [d.article.title, d.article.id])
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
  return filterTyped(speakersOf(doc), typed, (s) => [s])
    .slice(0, MAX_CHOICES)
    .map((s) => ({ name: s, value: s }));
}
