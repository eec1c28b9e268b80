// Schema of the per-server article store, as numbered migrations. The version a file is at is kept in
// `PRAGMA user_version`, which SQLite stores in the file header and writes inside the same transaction.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3… in order; a file at user_version N has had migrations 1..N applied. */
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        guild_id     TEXT NOT NULL,
        article_id   TEXT NOT NULL,
        source       TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title        TEXT NOT NULL,
        published    TEXT NULL,
        added_by     TEXT NOT NULL,
        added_at     TEXT NOT NULL,
        text         TEXT NOT NULL,
        doc          TEXT NOT NULL,
        UNIQUE (guild_id, content_hash),
        UNIQUE (guild_id, article_id)
      );
      CREATE INDEX articles_guild ON articles (guild_id, added_at);
      CREATE TABLE guild_settings (
        guild_id        TEXT PRIMARY KEY,
        default_article TEXT NULL
      );
    `,
  },
  {
    // What made each stored doc (pipeline-key.ts): a doc made by older annotators is made again from its text.
    version: 2,
    sql: `ALTER TABLE articles ADD COLUMN annotation_key TEXT NOT NULL DEFAULT '';`,
  },
];

/** The schema version of this code: the last migration's. */
export const STORE_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Brings `db` up to the last migration. All pending migrations run in one IMMEDIATE transaction that also reads
 * the version, so two processes opening the same file at once never both apply one, and a failing migration
 * leaves the file as it was. Returns the versions applied (none when the file was already up to date).
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations: expected version ${i + 1}, found ${m.version}`);
  });
  const latest = migrations.length;
  return db
    .transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      // A file written by newer code: its tables may mean something this code does not know.
      if (current > latest) throw new Error(`article store is at schema ${current}; this code knows up to ${latest}`);
      const applied: number[] = [];
      for (const m of migrations.slice(current)) {
        db.exec(m.sql);
        applied.push(m.version);
      }
      // Integer from our own list, never user input: safe to interpolate (PRAGMA takes no parameters).
      if (applied.length > 0) db.pragma(`user_version = ${latest}`);
      return applied;
    })
    .immediate();
}
