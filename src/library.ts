// The served articles: read from disk, annotated, indexed, with a cache under data/index/ keyed by content hash
// so that an unchanged article is never preprocessed twice.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from './annotate/annotate.ts';
import type { AnnotatedArticle } from './article/model.ts';
import { parseArticle } from './article/parse.ts';
import type { Logger } from './log.ts';
import { buildSearchIndex, INDEX_SCHEMA_VERSION, restoreIndex, type SearchIndex, serializeIndex } from './search/search.ts';

/** Bump when the Article model or an annotator changes what it produces. */
export const ANNOTATION_SCHEMA_VERSION = 19;
const SCHEMA = `${ANNOTATION_SCHEMA_VERSION}.${INDEX_SCHEMA_VERSION}`;

export interface Library {
  docs: AnnotatedArticle[];
  byId: Map<string, AnnotatedArticle>;
  index: SearchIndex;
  /** The article a command is about when none is named. */
  defaultId: string;
}

/** An article that cannot be served: unreadable, empty or not text. The message names the problem. */
export class ArticleError extends Error {}

/** Longest article we accept; beyond it the file is almost certainly not an article. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

function readArticleText(path: string): string {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ArticleError(`${path}: not a file`);
    if (st.size > MAX_ARTICLE_BYTES) throw new ArticleError(`${path}: too large (${st.size} bytes)`);
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const text = buf.toString('utf8');
  // NUL bytes or mostly replacement characters: a binary file, not an article.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what marks a binary file
  const bad = (text.match(/[\u0000\uFFFD]/g) ?? []).length;
  if (bad > 0 && bad > text.length / 100) throw new ArticleError(`${path}: not a text file`);
  return text;
}

export function articleIdFromPath(path: string): string {
  return basename(path).replace(/\.txt$/i, '');
}

/** Reads and annotates one article file. Throws ArticleError when it cannot be served. */
export function loadArticleFile(path: string): AnnotatedArticle {
  const text = readArticleText(path);
  const article = parseArticle(text, articleIdFromPath(path));
  if (article.sentences.length === 0) throw new ArticleError(`${path}: no article text in it`);
  return annotate(article);
}

/** The served articles with their index (built here unless a restored one is given); the default is checked. */
export function libraryOf(docs: AnnotatedArticle[], defaultId?: string, index?: SearchIndex): Library {
  if (docs.length === 0) throw new ArticleError('no articles to serve');
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  return {
    docs,
    byId,
    index: index ?? buildSearchIndex(docs),
    defaultId: defaultId && byId.has(defaultId) ? defaultId : (docs[0] as AnnotatedArticle).article.id,
  };
}

interface CacheFile {
  schema: string;
  articles: Record<string, { hash: string; doc: AnnotatedArticle }>;
  /** Hash of the article set the search index was built from. */
  indexKey: string;
  index: unknown;
}

/** A cached entry whose hash matches but whose content was damaged is redone rather than trusted. */
function looksAnnotated(doc: unknown): doc is AnnotatedArticle {
  const d = doc as Partial<AnnotatedArticle> | null;
  return (
    typeof d?.article?.id === 'string' &&
    typeof d.article.text === 'string' &&
    Array.isArray(d.article.paragraphs) &&
    Array.isArray(d.article.sentences) &&
    d.article.sentences.every((x) => typeof x?.text === 'string' && typeof x.n === 'number') &&
    [d.quotes, d.events, d.entities, d.numbers].every(Array.isArray)
  );
}

export interface LoadStats {
  articles: number;
  reused: number;
  annotated: number;
  skipped: { file: string; reason: string }[];
  indexRebuilt: boolean;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** Where the project keeps saved indexes: `data/index/`, whatever the working directory. */
const INDEX_DIR = fileURLToPath(new URL('../data/index/', import.meta.url));

/**
 * The saved index of an articles folder: `data/index/<folder name>-<hash of its path>.json`, so that serving any
 * folder (`--data DIR`) never writes into it and two folders of the same name never share an index.
 */
export function defaultCacheFile(dir: string): string {
  const abs = resolve(dir);
  return join(INDEX_DIR, `${basename(abs)}-${sha(abs).slice(0, 8)}.json`);
}


function readCache(path: string, log?: Logger): CacheFile | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null; // no cache yet: built below
  }
  try {
    const cache = JSON.parse(raw) as CacheFile;
    if (cache.schema !== SCHEMA || typeof cache.articles !== 'object' || cache.articles === null) {
      log?.info({ path, found: cache.schema, want: SCHEMA }, 'index schema changed: rebuilding');
      return null;
    }
    return cache;
  } catch (err) {
    log?.warn({ path, err: String(err) }, 'index file is corrupt: rebuilding');
    return null;
  }
}

/**
 * Loads every `.txt` article in `dir`, reusing cached annotations of unchanged files and the cached search
 * index when the article set is unchanged. Files that cannot be served are skipped with a log line.
 */
export function loadLibraryDir(
  dir: string,
  opts: { cacheFile?: string; defaultId?: string; log?: Logger; writeCache?: boolean } = {},
): { library: Library; stats: LoadStats } {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.txt'))
      .sort();
  } catch (err) {
    throw new ArticleError(`${dir}: cannot read the articles folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const cacheFile = opts.cacheFile ?? defaultCacheFile(dir);
  const cache = readCache(cacheFile, opts.log);
  const stats: LoadStats = { articles: 0, reused: 0, annotated: 0, skipped: [], indexRebuilt: false };
  const entries: CacheFile['articles'] = {};
  const docs: AnnotatedArticle[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const id = articleIdFromPath(file);
    try {
      const text = readArticleText(path);
      const hash = sha(text);
      const cached = cache?.articles[id];
      let doc: AnnotatedArticle;
      if (cached && cached.hash === hash && looksAnnotated(cached.doc)) {
        doc = cached.doc;
        stats.reused++;
      } else {
        const article = parseArticle(text, id);
        if (article.sentences.length === 0) throw new ArticleError(`${path}: no article text in it`);
        doc = annotate(article);
        stats.annotated++;
      }
      entries[id] = { hash, doc };
      docs.push(doc);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      stats.skipped.push({ file: path, reason });
      opts.log?.warn({ file: path, reason }, 'article skipped');
    }
  }
  stats.articles = docs.length;
  if (docs.length === 0) throw new ArticleError(`${dir}: no readable articles in it`);

  const indexKey = sha(Object.entries(entries).map(([id, e]) => `${id}:${e.hash}`).join('\n'));
  let index: SearchIndex | null = null;
  if (cache && cache.indexKey === indexKey) {
    try {
      index = restoreIndex(cache.index, docs);
    } catch (err) {
      opts.log?.warn({ err: String(err) }, 'search index is corrupt: rebuilding');
    }
  }
  if (!index) {
    index = buildSearchIndex(docs);
    stats.indexRebuilt = true;
  }
  const library = libraryOf(docs, opts.defaultId, index);

  const changed = !cache || stats.annotated > 0 || stats.indexRebuilt || Object.keys(cache.articles).length !== docs.length;
  if (changed && opts.writeCache !== false) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const out: CacheFile = { schema: SCHEMA, articles: entries, indexKey, index: serializeIndex(index) };
      // Write then rename, so that a crash never leaves a half-written index behind.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(out));
      renameSync(tmp, cacheFile);
    } catch (err) {
      opts.log?.warn({ cacheFile, err: String(err) }, 'could not save the index; serving from memory');
    }
  }
  return { library, stats };
}
