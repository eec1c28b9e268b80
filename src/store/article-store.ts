// Articles that server managers add from Discord, one SQLite file for all servers. Every query names its guild:
// a server only ever reads or changes its own rows. Bundled articles are not stored here.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../article/model.ts';
import { cleanText } from '../article/clean.ts';
import { migrate } from './migrations.ts';

export interface ArticleMeta {
  articleId: string;
  title: string;
  /** URL or file name it came from. */
  source: string;
  published: string | null;
  /** Discord user id of the manager who added it. */
  addedBy: string;
  /** ISO 8601 instant. */
  addedAt: string;
  contentHash: string;
}

export interface AddInput {
  source: string;
  /** The plain article text, kept so the article can be annotated again when the annotators change. */
  text: string;
  doc: AnnotatedArticle;
  /** What made `doc` (pipeline-key.ts annotationKey): docs made under another key are annotated again when read. */
  annotationKey: string;
  title: string;
  published: string | null;
  addedBy: string;
  /** Most articles a guild may hold; the add that would go beyond it is refused. */
  maxPerGuild: number;
  /** Ids the new article must not take (the bundled articles'), so that ids stay unique in a combined library. */
  reservedIds?: ReadonlySet<string>;
}

export type AddResult =
  | { ok: true; articleId: string }
  | { ok: false; reason: 'duplicate'; existing: string }
  | { ok: false; reason: 'limit' };

export interface BadRow {
  guildId: string;
  articleId: string;
  error: string;
}

export interface StoreOptions {
  /**
   * FULL (default) fsyncs the WAL at every commit, so an add the bot has confirmed survives a power cut too.
   * Adds are rare and made by hand, so the cost (one fsync each) is invisible; NORMAL is safe against a crashed
   * process but may lose the last commits on power loss. Use NORMAL for bulk fills (benchmarks).
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a writer waits for another process's write lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/** The text as it is compared for duplicates: cleaned, NFC, runs of white space made one space. */
export function normaliseText(text: string): string {
  return cleanText(text).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the normalised text: the same article pasted twice, or re-fetched, hashes the same. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

const MAX_SLUG = 40;

/** A short id from a title: lower-case letters and digits (any script, accents dropped) joined by '-'. */
export function slugify(title: string): string {
  let s = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > MAX_SLUG) {
    s = s.slice(0, MAX_SLUG);
    // Cut at a word's end when one is not too far back, so that ids read as words.
    const cut = s.lastIndexOf('-');
    if (cut >= MAX_SLUG / 2) s = s.slice(0, cut);
    s = s.replace(/-+$/, '');
  }
  return s || 'article';
}

/** Enough of the shape to serve it; a damaged row fails here rather than deep inside a search. */
function looksAnnotated(doc: unknown): doc is AnnotatedArticle {
  const d = doc as Partial<AnnotatedArticle> | null;
  return (
    typeof d?.article?.text === 'string' &&
    typeof d.article.title === 'string' &&
    Array.isArray(d.article.paragraphs) &&
    Array.isArray(d.article.sentences) &&
    d.article.sentences.every((x) => typeof x?.text === 'string' && typeof x.n === 'number') &&
    [d.quotes, d.events, d.entities, d.numbers].every(Array.isArray)
  );
}

interface MetaRow {
  article_id: string;
  title: string;
  source: string;
  published: string | null;
  added_by: string;
  added_at: string;
  content_hash: string;
}

/** Annotates a stored article's text again, when its doc was made under a key other than `key`. */
export interface Reannotator {
  key: string;
  annotate: (text: string, articleId: string) => AnnotatedArticle;
}

/** A stored doc, parsed and checked; null (reported) when damaged. */
function parsed(
  row: { article_id: string; doc: string },
  onBadRow: ((bad: BadRow) => void) | undefined,
  guildId: string,
): AnnotatedArticle | null {
  let doc: unknown;
  try {
    doc = JSON.parse(row.doc);
  } catch (err) {
    onBadRow?.({ guildId, articleId: row.article_id, error: `doc is not JSON: ${String(err)}` });
    return null;
  }
  if (!looksAnnotated(doc)) {
    onBadRow?.({ guildId, articleId: row.article_id, error: 'doc is not an annotated article' });
    return null;
  }
  return doc;
}

export class ArticleStore {
  /** The connection itself, for maintenance and tests (integrity checks, backups). */
  readonly db: Database.Database;
  private readonly stmt;

  private constructor(db: Database.Database) {
    this.db = db;
    // Prepared once: preparing is the costly part of a small query.
    this.stmt = {
      count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles WHERE guild_id = ?'),
      byHash: db.prepare<[string, string], { article_id: string }>(
        'SELECT article_id FROM articles WHERE guild_id = ? AND content_hash = ?',
      ),
      idTaken: db.prepare<[string, string], { one: number }>(
        'SELECT 1 AS one FROM articles WHERE guild_id = ? AND article_id = ?',
      ),
      insert: db.prepare(
        `INSERT INTO articles (guild_id, article_id, source, content_hash, title, published, added_by, added_at, text, doc, annotation_key)
         VALUES (@guildId, @articleId, @source, @hash, @title, @published, @addedBy, @addedAt, @text, @doc, @annotationKey)`,
      ),
      remove: db.prepare<[string, string]>('DELETE FROM articles WHERE guild_id = ? AND article_id = ?'),
      clearDefault: db.prepare<[string, string]>(
        'UPDATE guild_settings SET default_article = NULL WHERE guild_id = ? AND default_article = ?',
      ),
      list: db.prepare<[string], MetaRow>(
        `SELECT article_id, title, source, published, added_by, added_at, content_hash
         FROM articles WHERE guild_id = ? ORDER BY added_at, id`,
      ),
      docs: db.prepare<[string], { article_id: string; doc: string; annotation_key: string }>(
        'SELECT article_id, doc, annotation_key FROM articles WHERE guild_id = ? ORDER BY added_at, id',
      ),
      text: db.prepare<[string, string], { text: string }>(
        'SELECT text FROM articles WHERE guild_id = ? AND article_id = ?',
      ),
      refresh: db.prepare<[string, string, string, string]>(
        'UPDATE articles SET doc = ?, annotation_key = ? WHERE guild_id = ? AND article_id = ?',
      ),
      setDefault: db.prepare<[string, string | null]>(
        `INSERT INTO guild_settings (guild_id, default_article) VALUES (?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET default_article = excluded.default_article`,
      ),
      getDefault: db.prepare<[string], { default_article: string | null }>(
        'SELECT default_article FROM guild_settings WHERE guild_id = ?',
      ),
      guilds: db.prepare<[], { guild_id: string }>('SELECT DISTINCT guild_id FROM articles ORDER BY guild_id'),
    };
  }

  /** Opens (creating it and its folder if needed) and migrates the store. ':memory:' gives a private store. */
  static open(path: string, opts: StoreOptions = {}): ArticleStore {
    const memory = path === ':memory:' || path === '';
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: opts.busyTimeoutMs ?? 5000 });
    try {
      // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${opts.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
      db.pragma('foreign_keys = ON');
      migrate(db);
      return new ArticleStore(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` in one transaction (adds inside it become savepoints): for bulk imports. */
  batch<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * Stores an article under a new id made from its title. The duplicate check, the limit check and the insert
   * are one IMMEDIATE transaction: the write lock is taken first, so two concurrent adds (even from two
   * processes) cannot both pass the checks. The stored doc's `article.id` is the new id.
   */
  add(guildId: string, input: AddInput): AddResult {
    const hash = contentHash(input.text);
    const run = this.db.transaction((): AddResult => {
      const existing = this.stmt.byHash.get(guildId, hash);
      if (existing) return { ok: false, reason: 'duplicate', existing: existing.article_id };
      if ((this.stmt.count.get(guildId)?.n ?? 0) >= input.maxPerGuild) return { ok: false, reason: 'limit' };
      const articleId = this.freeId(guildId, slugify(input.title), input.reservedIds);
      const doc: AnnotatedArticle = { ...input.doc, article: { ...input.doc.article, id: articleId } };
      this.stmt.insert.run({
        guildId,
        articleId,
        source: input.source,
        hash,
        title: input.title,
        published: input.published,
        addedBy: input.addedBy,
        addedAt: new Date().toISOString(),
        text: input.text,
        doc: JSON.stringify(doc),
        annotationKey: input.annotationKey,
      });
      return { ok: true, articleId };
    });
    return run.immediate();
  }

  /** `base`, else `base-2`, `base-3`…: the first id neither this guild nor `reserved` uses. */
  private freeId(guildId: string, base: string, reserved?: ReadonlySet<string>): string {
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!reserved?.has(id) && !this.stmt.idTaken.get(guildId, id)) return id;
    }
  }

  /** Deletes one of the guild's articles; a default that named it is cleared in the same transaction. */
  remove(guildId: string, articleId: string): boolean {
    return this.db
      .transaction(() => {
        if (this.stmt.remove.run(guildId, articleId).changes === 0) return false;
        this.stmt.clearDefault.run(guildId, articleId);
        return true;
      })
      .immediate();
  }

  /** The guild's articles without their text, oldest first. */
  list(guildId: string): ArticleMeta[] {
    return this.stmt.list.all(guildId).map((r) => ({
      articleId: r.article_id,
      title: r.title,
      source: r.source,
      published: r.published,
      addedBy: r.added_by,
      addedAt: r.added_at,
      contentHash: r.content_hash,
    }));
  }

  count(guildId: string): number {
    return this.stmt.count.get(guildId)?.n ?? 0;
  }

  /**
   * The guild's annotated articles, oldest first. A row whose JSON is damaged is left out and reported to
   * `onBadRow`: one bad row must not take a server's other articles down with it. With `current`, a row annotated
   * under another key (older annotators, another time zone) is annotated again from its stored text and saved.
   */
  docs(guildId: string, onBadRow?: (bad: BadRow) => void, current?: Reannotator): AnnotatedArticle[] {
    const out: AnnotatedArticle[] = [];
    for (const row of this.stmt.docs.all(guildId)) {
      const doc =
        current && row.annotation_key !== current.key
          ? this.reannotated(guildId, row, current, onBadRow)
          : parsed(row, onBadRow, guildId);
      if (!doc) continue;
      // The row's id is the one commands use, whatever the JSON says.
      if (doc.article.id !== row.article_id) doc.article.id = row.article_id;
      out.push(doc);
    }
    return out;
  }

  private reannotated(
    guildId: string,
    row: { article_id: string },
    current: Reannotator,
    onBadRow?: (bad: BadRow) => void,
  ): AnnotatedArticle | null {
    let doc: AnnotatedArticle;
    try {
      // The text only now: most reads find the doc current and never need it.
      const text = this.stmt.text.get(guildId, row.article_id)?.text ?? '';
      doc = current.annotate(text, row.article_id);
    } catch (err) {
      onBadRow?.({ guildId, articleId: row.article_id, error: `cannot be annotated again: ${String(err)}` });
      return null;
    }
    try {
      this.stmt.refresh.run(JSON.stringify(doc), current.key, guildId, row.article_id);
    } catch {
      // A read-only or busy file: the fresh doc is served all the same, and made again next time.
    }
    return doc;
  }

  /**
   * Sets (or with null clears) the article commands use when none is named. Not checked against the guild's
   * articles: it may name a bundled one, which only the caller knows.
   */
  setDefault(guildId: string, articleId: string | null): void {
    this.stmt.setDefault.run(guildId, articleId);
  }

  getDefault(guildId: string): string | null {
    return this.stmt.getDefault.get(guildId)?.default_article ?? null;
  }

  /** Every guild that has at least one article, sorted. */
  guildsWithArticles(): string[] {
    return this.stmt.guilds.all().map((r) => r.guild_id);
  }
}
