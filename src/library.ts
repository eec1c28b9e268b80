// The served articles: read from disk, annotated, indexed, with a cache under data/index/ keyed by content hash
// so that an unchanged article is never preprocessed twice.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type AnnotateOptions, annotate } from './annotate/annotate.ts';
import { decodeArticleBytes } from './article/decode.ts';
import type { AnnotatedArticle } from './article/model.ts';
import { parseArticle } from './article/parse.ts';
import { isAnnotatedArticle } from './article/schema.ts';
import { displayPath, type Logger } from './log.ts';
import { annotationKey } from './pipeline-key.ts';
import { buildSearchIndex, restoreIndex, type SearchIndex, serializeIndex } from './search/search.ts';

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
/** Kernel and device file systems: never an article, and /proc/self/environ would hold the bot's token. */
const SYSTEM_DIRS = ['/proc/', '/sys/', '/dev/'];

/**
 * The real path of an article file, checked: a regular file whose real path (symbolic links followed) lies inside
 * `root`, the articles folder's real path. A link out of the folder could serve any file of the host as an
 * article, and `/about` or the cache would then show it.
 */
function safeArticlePath(path: string, root: string | null): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    throw new ArticleError(`${displayPath(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (SYSTEM_DIRS.some((d) => `${real}/`.startsWith(d)))
    throw new ArticleError(`${displayPath(path)}: not an article file`);
  if (root && !real.startsWith(root.endsWith(sep) ? root : root + sep))
    throw new ArticleError(`${displayPath(path)}: links outside the articles folder are not followed`);
  return real;
}

/** The text of an article file, decoded (see decode.ts); ArticleError names why a file cannot be served. */
function readArticleText(path: string, root: string | null = null): string {
  let buf: Buffer;
  try {
    const real = safeArticlePath(path, root);
    const st = statSync(real);
    if (!st.isFile()) throw new ArticleError(`${displayPath(path)}: not a file`);
    if (st.size > MAX_ARTICLE_BYTES) throw new ArticleError(`${displayPath(path)}: too large (${st.size} bytes)`);
    buf = readFileSync(real);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(`${displayPath(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const decoded = decodeArticleBytes(buf);
  if (!decoded.ok) throw new ArticleError(`${displayPath(path)}: ${decoded.reason}`);
  return decoded.text;
}

export function articleIdFromPath(path: string): string {
  return basename(path).replace(/\.(?:txt|md|html?)$/i, '');
}

/** Reads and annotates one article file. Throws ArticleError when it cannot be served. */
export function loadArticleFile(path: string, opts: AnnotateOptions = {}): AnnotatedArticle {
  const text = readArticleText(path);
  const article = parseArticle(text, articleIdFromPath(path));
  if (article.sentences.length === 0) throw new ArticleError(`${displayPath(path)}: no article text in it`);
  return annotate(article, opts);
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

/** What a saved index holds; read back through `cacheSchema`, and rebuilt whenever it does not match. */
const cacheSchema = z.object({
  schema: z.string(),
  /** One entry per article file (an array: ids such as `__proto__` are data, never object keys). */
  articles: z.array(z.object({ id: z.string(), hash: z.string(), doc: z.unknown() })),
  /** Hash of the article set the search index was built from. */
  indexKey: z.string(),
  index: z.unknown(),
});
type CacheFile = z.infer<typeof cacheSchema>;
type CacheEntry = { hash: string; doc: AnnotatedArticle };

export interface LoadStats {
  articles: number;
  reused: number;
  annotated: number;
  skipped: { file: string; reason: string }[];
  indexRebuilt: boolean;
  /** Why the index could not be saved, when it could not (it is then served from memory). */
  saveError: string | null;
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

function readCache(path: string, schema: string, log?: Logger): CacheFile | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null; // no cache yet: built below
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    log?.warn({ path: displayPath(path), err: String(err) }, 'index file is corrupt: rebuilding');
    return null;
  }
  const found = (json as { schema?: unknown } | null)?.schema;
  if (found !== schema) {
    log?.info(
      { path: displayPath(path), found, want: schema },
      'index schema or article time zone changed: rebuilding',
    );
    return null;
  }
  const cache = cacheSchema.safeParse(json);
  if (!cache.success) {
    log?.warn({ path: displayPath(path) }, 'index file is damaged: rebuilding');
    return null;
  }
  return cache.data;
}

/** Write-then-rename leftovers (`<cache>.<pid>.tmp`) of a process killed while saving: removed at the next start. */
function removeStaleTemps(cacheFile: string): void {
  const dir = dirname(cacheFile);
  const prefix = `${basename(cacheFile)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp') || name === `${prefix}${process.pid}.tmp`) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Another process may be removing it too.
    }
  }
}

/**
 * Loads every `.txt` article in `dir`, reusing cached annotations of unchanged files and the cached search
 * index when the article set is unchanged. Files that cannot be served are skipped with a log line.
 */
export function loadLibraryDir(
  dir: string,
  opts: { cacheFile?: string; defaultId?: string; log?: Logger; writeCache?: boolean; timeZone?: string } = {},
): { library: Library; stats: LoadStats } {
  const timeZone = opts.timeZone ?? 'UTC';
  // Made by this code, with dates in this time zone (pipeline-key.ts): else rebuilt.
  const schema = annotationKey(timeZone);
  let files: string[];
  let root: string;
  try {
    root = realpathSync(dir);
    files = readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.txt'))
      .sort();
  } catch (err) {
    throw new ArticleError(
      `${displayPath(dir)}: cannot read the articles folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
  const cacheFile = opts.cacheFile ?? defaultCacheFile(dir);
  removeStaleTemps(cacheFile);
  const cache = readCache(cacheFile, schema, opts.log);
  const cached = new Map((cache?.articles ?? []).map((e) => [e.id, e]));
  const stats: LoadStats = { articles: 0, reused: 0, annotated: 0, skipped: [], indexRebuilt: false, saveError: null };
  const entries = new Map<string, CacheEntry>();
  const docs: AnnotatedArticle[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const id = articleIdFromPath(file);
    try {
      const text = readArticleText(path, root);
      const hash = sha(text);
      const hit = cached.get(id);
      let doc: AnnotatedArticle;
      if (hit && hit.hash === hash && isAnnotatedArticle(hit.doc) && hit.doc.article.id === id) {
        doc = hit.doc;
        stats.reused++;
      } else {
        const article = parseArticle(text, id);
        if (article.sentences.length === 0) throw new ArticleError(`${displayPath(path)}: no article text in it`);
        doc = annotate(article, { timeZone });
        stats.annotated++;
      }
      entries.set(id, { hash, doc });
      docs.push(doc);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      stats.skipped.push({ file: displayPath(path), reason });
      opts.log?.warn({ file: displayPath(path), reason }, 'article skipped');
    }
  }
  stats.articles = docs.length;
  if (docs.length === 0) throw new ArticleError(`${displayPath(dir)}: no readable articles in it`);
  if (opts.defaultId && !entries.has(opts.defaultId))
    throw new ArticleError(
      `DEFAULT_ARTICLE "${opts.defaultId}" names no served article (served: ${[...entries.keys()].slice(0, 5).join(', ')}${entries.size > 5 ? ', …' : ''})`,
    );

  const indexKey = sha([...entries].map(([id, e]) => `${id}:${e.hash}`).join('\n'));
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

  const changed = !cache || stats.annotated > 0 || stats.indexRebuilt || cache.articles.length !== docs.length;
  if (changed && opts.writeCache !== false) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const out: CacheFile = {
        schema,
        articles: [...entries].map(([id, e]) => ({ id, ...e })),
        indexKey,
        index: serializeIndex(index),
      };
      // Write then rename, so that a crash never leaves a half-written index behind.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(out));
      renameSync(tmp, cacheFile);
    } catch (err) {
      stats.saveError = (err as NodeJS.ErrnoException).code ?? String(err);
      opts.log?.warn(
        { cacheFile: displayPath(cacheFile), err: stats.saveError },
        'could not save the index; serving from memory',
      );
    }
  }
  return { library, stats };
}
