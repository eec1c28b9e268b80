// The per-server article store: schema migrations, adds and their limits, isolation between servers, damaged rows,
// reopening and the per-guild LRU of search indexes. A writer killed mid-add: store-crash.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.ts';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { type AddInput, ArticleStore, contentHash, slugify } from '../src/store/article-store.ts';
import { GuildLibraries } from '../src/store/guild-libraries.ts';
import { MIGRATIONS, migrate, STORE_SCHEMA_VERSION } from '../src/store/migrations.ts';

const dirs: string[] = [];
const stores: ArticleStore[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'store-'));
  dirs.push(d);
  return d;
}
function open(path = ':memory:'): ArticleStore {
  const s = ArticleStore.open(path);
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A made-up article, annotated as the bot would, as a manager's add would pass it. */
function input(title: string, body: string, extra: Partial<AddInput> = {}): AddInput {
  const text = `${title}\n\n${body}\n\nThe harbour board said on 3 March 2024 that "the work will finish in June," according to chair Lena Ortiz.`;
  const doc = annotate(parseArticle(text, 'upload'));
  return {
    source: 'https://example.test/a',
    text,
    doc,
    annotationKey: 'key-now',
    title,
    published: null,
    addedBy: 'user-1',
    maxPerGuild: 50,
    ...extra,
  };
}
const numbered = (i: number) =>
  input(`Ferry route ${i} reopens`, `The ferry route number ${i} reopened after repairs.`);

describe('migrations', () => {
  it('applies the schema once and leaves a reopened file as it is', () => {
    const path = join(tempDir(), 'nested', 'store.db');
    const a = ArticleStore.open(path);
    expect(a.db.pragma('user_version', { simple: true })).toBe(STORE_SCHEMA_VERSION);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(a.add('g1', numbered(1)).ok).toBe(true);
    expect(migrate(a.db)).toEqual([]); // nothing pending
    a.close();
    const b = open(path);
    expect(b.db.pragma('user_version', { simple: true })).toBe(STORE_SCHEMA_VERSION);
    expect(b.count('g1')).toBe(1);
  });

  it('refuses a file from newer code and rolls back a failing migration', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, sql: 'CREATE TABLE extra (x); THIS IS NOT SQL;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(STORE_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/schema 99/);
    db.close();
  });
});

describe('ArticleStore', () => {
  it('adds, lists, sets a default and removes', () => {
    const s = open();
    const first = s.add('g1', input('Harbour Bridge Closes for Repairs!', 'The bridge closed on Monday.'));
    expect(first).toEqual({ ok: true, articleId: 'harbour-bridge-closes-for-repairs' });
    const second = s.add('g1', input('Harbour Bridge Closes for Repairs!', 'A different report on the bridge.'));
    expect(second).toEqual({ ok: true, articleId: 'harbour-bridge-closes-for-repairs-2' });
    const third = s.add('g1', input('Harbour bridge closes for repairs', 'A third report, on the tolls.'));
    expect(third).toEqual({ ok: true, articleId: 'harbour-bridge-closes-for-repairs-3' });

    const list = s.list('g1');
    expect(list.map((m) => m.articleId)).toEqual([
      'harbour-bridge-closes-for-repairs',
      'harbour-bridge-closes-for-repairs-2',
      'harbour-bridge-closes-for-repairs-3',
    ]);
    expect(list[0]).toMatchObject({ title: 'Harbour Bridge Closes for Repairs!', addedBy: 'user-1', published: null });
    expect(list[0]).not.toHaveProperty('text');
    expect(s.count('g1')).toBe(3);
    // The stored doc carries the store's id, whatever id it was annotated under.
    expect(s.docs('g1').map((d) => d.article.id)).toEqual(list.map((m) => m.articleId));

    expect(s.getDefault('g1')).toBeNull();
    s.setDefault('g1', 'harbour-bridge-closes-for-repairs-2');
    expect(s.getDefault('g1')).toBe('harbour-bridge-closes-for-repairs-2');
    expect(s.remove('g1', 'harbour-bridge-closes-for-repairs')).toBe(true);
    expect(s.getDefault('g1')).toBe('harbour-bridge-closes-for-repairs-2'); // pointed elsewhere: kept
    expect(s.remove('g1', 'harbour-bridge-closes-for-repairs-2')).toBe(true);
    expect(s.getDefault('g1')).toBeNull(); // pointed at the removed article: cleared
    expect(s.remove('g1', 'harbour-bridge-closes-for-repairs-2')).toBe(false);
    expect(s.count('g1')).toBe(1);
    s.setDefault('g1', 'bundled-article');
    s.setDefault('g1', null);
    expect(s.getDefault('g1')).toBeNull();
  });

  it('makes ids from titles in any script and avoids reserved ids', () => {
    expect(slugify('  Crème brûlée: Paris café wins “best” award  ')).toBe('creme-brulee-paris-cafe-wins-best-award');
    expect(slugify('Αθήνα: νέο μετρό')).toBe('αθηνα-νεο-μετρο');
    expect(slugify('!!!')).toBe('article');
    expect(slugify(`${'a'.repeat(30)} ${'b'.repeat(30)}`)).toBe('a'.repeat(30));
    const s = open();
    const r = s.add('g1', input('Bundled', 'Body.', { reservedIds: new Set(['bundled', 'bundled-2']) }));
    expect(r).toEqual({ ok: true, articleId: 'bundled-3' });
  });

  it('refuses the same content twice in a guild, even re-spaced, and names the existing article', () => {
    const s = open();
    const a = input('Tram fares rise', 'Fares rise by ten cents.');
    expect(s.add('g1', a).ok).toBe(true);
    const respaced = { ...a, text: `\uFEFF  ${a.text.replace(/ /g, '  ').replace(/\n/g, '\r\n')}  `, title: 'Other' };
    expect(contentHash(respaced.text)).toBe(contentHash(a.text));
    expect(s.add('g1', respaced)).toEqual({ ok: false, reason: 'duplicate', existing: 'tram-fares-rise' });
    expect(s.count('g1')).toBe(1);
    expect(s.add('g2', a).ok).toBe(true); // another guild may hold it too
  });

  it('refuses the 51st article with maxPerGuild 50 and stores nothing of it', () => {
    const s = open();
    for (let i = 1; i <= 50; i++) expect(s.add('g1', numbered(i)).ok).toBe(true);
    const extra = numbered(51);
    expect(s.add('g1', extra)).toEqual({ ok: false, reason: 'limit' });
    expect(s.count('g1')).toBe(50);
    const rows = s.db.prepare('SELECT count(*) AS n FROM articles WHERE content_hash = ?').get(contentHash(extra.text));
    expect(rows).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 50 });
    // The limit is per guild, and a removal makes room again.
    expect(s.add('g2', extra).ok).toBe(true);
    expect(s.remove('g1', s.list('g1')[0]?.articleId ?? '')).toBe(true);
    expect(s.add('g1', extra).ok).toBe(true);
  });

  it('keeps each guild to its own articles and settings', () => {
    const s = open();
    s.add('g1', input('Library extends hours', 'The library opens late.'));
    s.add('g2', input('Library extends hours', 'A different library, same headline.'));
    s.add('g2', input('Market moves indoors', 'The market moved.'));
    s.setDefault('g1', 'library-extends-hours');
    expect(s.list('g1').map((m) => m.articleId)).toEqual(['library-extends-hours']);
    expect(s.list('g2').map((m) => m.articleId)).toEqual(['library-extends-hours', 'market-moves-indoors']);
    expect(s.docs('g1').map((d) => d.article.text)).toEqual([expect.stringContaining('The library opens late.')]);
    expect(s.remove('g1', 'market-moves-indoors')).toBe(false);
    expect(s.remove('g2', 'library-extends-hours')).toBe(true);
    expect(s.count('g1')).toBe(1);
    expect(s.getDefault('g1')).toBe('library-extends-hours'); // g2's removal leaves g1's default alone
    expect(s.getDefault('g2')).toBeNull();
    expect(s.list('g3')).toEqual([]);
    expect(s.guildsWithArticles()).toEqual(['g1', 'g2']);
  });

  it('skips a damaged row, reports it, and serves the rest', () => {
    const s = open();
    s.add('g1', input('Pier reopens', 'The pier reopened.'));
    s.add('g1', input('Pool closes', 'The pool closed.'));
    s.add('g1', input('Park expands', 'The park grew.'));
    s.db.prepare("UPDATE articles SET doc = substr(doc, 1, 40) WHERE article_id = 'pier-reopens'").run();
    s.db.prepare("UPDATE articles SET doc = '{\"article\":{}}' WHERE article_id = 'pool-closes'").run();
    const bad: string[] = [];
    const docs = s.docs('g1', (b) => bad.push(`${b.guildId}/${b.articleId}`));
    expect(docs.map((d) => d.article.id)).toEqual(['park-expands']);
    expect(bad).toEqual(['g1/pier-reopens', 'g1/pool-closes']);
    expect(() => s.docs('g1')).not.toThrow();
  });

  it('keeps everything across a close and reopen of a file', () => {
    const path = join(tempDir(), 'store.db');
    const a = ArticleStore.open(path);
    a.add('g1', input('Council votes on budget', 'The council voted.', { published: '2024-03-14T10:00:00Z' }));
    a.add('g2', input('School roof repaired', 'The roof was repaired.'));
    a.setDefault('g1', 'council-votes-on-budget');
    const before = { list: a.list('g1'), docs: a.docs('g1') };
    a.close();
    const b = open(path);
    expect(b.list('g1')).toEqual(before.list);
    expect(b.docs('g1')).toEqual(before.docs);
    expect(b.list('g1')[0]?.published).toBe('2024-03-14T10:00:00Z');
    expect(b.getDefault('g1')).toBe('council-votes-on-budget');
    expect(b.guildsWithArticles()).toEqual(['g1', 'g2']);
  });
});

describe('GuildLibraries', () => {
  it('builds on first use, evicts the least recently used guild and rebuilds it when asked again', () => {
    const s = open();
    for (const g of ['a', 'b', 'c']) s.add(g, input(`News for ${g}`, `Only guild ${g} sees this.`));
    const libs = new GuildLibraries(s, { maxGuilds: 2 });
    const a = libs.get('a');
    expect(a?.docs.map((d) => d.article.id)).toEqual(['news-for-a']);
    expect(a?.index.docs).toBe(a?.docs);
    libs.get('b');
    expect(libs.get('a')).toBe(a); // warm: the same object
    libs.get('c'); // b is the least recently used
    expect([libs.has('a'), libs.has('b'), libs.has('c')]).toEqual([true, false, true]);
    expect(libs.stats()).toMatchObject({ guilds: 2, hits: 1, builds: 3, evictions: 1 });
    expect(libs.get('b')?.docs[0]?.article.id).toBe('news-for-b');
    expect(libs.stats()).toMatchObject({ guilds: 2, builds: 4, evictions: 2 });
    expect(libs.get('nobody')).toBeNull();
  });

  it('bounds the articles held, and rebuilds a guild after invalidate', () => {
    const s = open();
    for (let i = 1; i <= 3; i++) s.add('big', numbered(i));
    s.add('small', numbered(9));
    const libs = new GuildLibraries(s, { maxDocs: 3 });
    libs.get('big');
    libs.get('small'); // 4 articles held > 3: big goes
    expect([libs.has('big'), libs.has('small')]).toEqual([false, true]);
    expect(libs.stats().docs).toBe(1);

    const before = libs.get('small');
    s.add('small', numbered(10));
    expect(libs.get('small')).toBe(before); // stale until told
    libs.invalidate('small');
    expect(libs.get('small')?.docs.map((d) => d.article.id)).toEqual([
      'ferry-route-9-reopens',
      'ferry-route-10-reopens',
    ]);
  });

  it('takes a build function, e.g. to put bundled articles in front', () => {
    const s = open();
    s.add('g1', input('Own article', 'Its own text.'));
    const bundled = { article: { id: 'bundled' } } as AnnotatedArticle;
    const libs = new GuildLibraries(s, {
      build: (docs, guildId) => ({ guildId, ids: [bundled, ...docs].map((d) => d.article.id) }),
    });
    expect(libs.get('g1')).toEqual({ guildId: 'g1', ids: ['bundled', 'own-article'] });
  });
});

describe('stored articles made by older annotators', () => {
  const annotateAgain = (key: string) => {
    const calls: string[] = [];
    return {
      calls,
      current: {
        key,
        annotate: (text: string, id: string) => {
          calls.push(id);
          return annotate(parseArticle(text, id));
        },
      },
    };
  };

  it('are annotated again from their text once, and saved under the new key', () => {
    const s = open();
    const added = s.add('g1', input('Quay Works Begin', 'Work on the quay began on Monday.'));
    if (!added.ok) throw new Error('add failed');
    const same = annotateAgain('key-now');
    expect(s.docs('g1', undefined, same.current)).toHaveLength(1);
    expect(same.calls).toEqual([]); // made under the current key: read as stored
    const newer = annotateAgain('key-next');
    const docs = s.docs('g1', undefined, newer.current);
    expect(newer.calls).toEqual([added.articleId]);
    expect(docs[0]?.article.id).toBe(added.articleId);
    expect(docs[0]?.quotes.map((q) => q.speaker)).toEqual(['Lena Ortiz']);
    s.docs('g1', undefined, newer.current);
    expect(newer.calls).toHaveLength(1); // saved: not made a third time
  });

  it('a file from before the key column: its rows are annotated again', () => {
    const path = join(tempDir(), 'old.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 1));
    const old = input('Quay Works Begin', 'Work on the quay began on Monday.');
    db.prepare(
      `INSERT INTO articles (guild_id, article_id, source, content_hash, title, published, added_by, added_at, text, doc)
       VALUES ('g1', 'quay', 's', 'h', 't', NULL, 'u', '2026-01-01T00:00:00Z', ?, ?)`,
    ).run(old.text, JSON.stringify(old.doc));
    db.close();
    const s = open(path);
    const again = annotateAgain('key-now');
    expect(s.docs('g1', undefined, again.current)).toHaveLength(1);
    expect(again.calls).toEqual(['quay']);
  });

  it('one that cannot be annotated again is left out and reported, the others served', () => {
    const s = open();
    s.add('g1', input('Quay Works Begin', 'Work on the quay began on Monday.'));
    s.add('g1', input('Ferry Fares Rise', 'Ferry fares rose on Tuesday.'));
    const bad: string[] = [];
    const docs = s.docs('g1', (b) => bad.push(b.error), {
      key: 'key-next',
      annotate: (text, id) => {
        if (id.startsWith('quay')) throw new Error('annotator failed');
        return annotate(parseArticle(text, id));
      },
    });
    expect(docs.map((d) => d.article.title)).toEqual(['Ferry Fares Rise']);
    expect(bad).toEqual([expect.stringMatching(/cannot be annotated again/)]);
  });
});
