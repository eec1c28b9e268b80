// A process adding articles to the store is killed with SIGKILL: the file it leaves must pass integrity_check and
// hold every add it committed, each row whole, and nothing of the add it was in the middle of.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.ts';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { type AddInput, ArticleStore } from '../src/store/article-store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// The writer: `loop` adds (one transaction each) until killed; `hold` makes 30 adds, then stops inside a batch of
// 20 more, after SQLite has spilled that batch's pages to the WAL (a small page cache forces the spill).
const WRITER = `import { readFileSync } from 'node:fs';
const [mode, modulePath, inputFile, dbFile] = process.argv.slice(2);
const { ArticleStore } = await import(modulePath);
const base = JSON.parse(readFileSync(inputFile, 'utf8'));
const store = ArticleStore.open(dbFile);
const add = (i) => {
  const r = store.add('g' + (i % 3), { ...base, text: base.text + ' Copy ' + i + '.', maxPerGuild: 1e9 });
  if (!r.ok) throw new Error('add refused: ' + r.reason);
};
// A pipe is written synchronously on Linux: a line printed means its add was committed.
if (mode === 'loop') {
  for (let i = 0; i < 100000; i++) { add(i); process.stdout.write('added ' + i + '\\n'); }
} else {
  store.db.pragma('cache_size = -256');
  for (let i = 0; i < 30; i++) add(i);
  store.batch(() => {
    for (let i = 30; i < 50; i++) add(i);
    process.stdout.write('holding\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  });
}
`;

/** Starts the writer and SIGKILLs it once `ready` says its output so far is enough; returns that output. */
async function killWhen(
  mode: 'loop' | 'hold',
  ready: (out: string) => boolean,
): Promise<{ dbFile: string; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'store-crash-'));
  dirs.push(dir);
  const dbFile = join(dir, 'store.db');
  const inputFile = join(dir, 'input.json');
  const text = 'Quay repairs\n\nThe quay reopened on 3 March 2024, the harbour board said.';
  const base: Omit<AddInput, 'maxPerGuild'> = {
    source: 'quay.txt',
    // A long text makes each add write many pages, so the kill can land inside one.
    text: text + ' Filler sentence for the crash test.'.repeat(2000),
    doc: annotate(parseArticle(text, 'quay')),
    annotationKey: 'key',
    title: 'Quay repairs',
    published: null,
    addedBy: 'user-1',
  };
  writeFileSync(inputFile, JSON.stringify(base));
  writeFileSync(join(dir, 'writer.mjs'), WRITER);
  const modulePath = pathToFileURL(join(process.cwd(), 'src/store/article-store.ts')).href;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(dir, 'writer.mjs'), mode, modulePath, inputFile, dbFile],
    {
      cwd: process.cwd(),
      stdio: 'pipe',
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => {
    err += c;
  });
  const exit = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (c) => {
      out += c;
      if (ready(out) && child.kill('SIGKILL')) done();
    });
    child.on('exit', () => fail(new Error(`writer ended before it was killed: ${err}`)));
  });
  expect(await exit).toBe('SIGKILL');
  return { dbFile, out };
}

/** WAL frames written after the last commit frame: pages of a transaction that never committed. */
function uncommittedWalFrames(dbFile: string): number {
  const wal = readFileSync(`${dbFile}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const salt = wal.readUInt32BE(16);
  let frames = 0;
  let lastCommit = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length && wal.readUInt32BE(at + 8) === salt; at += 24 + pageSize) {
    frames++;
    if (wal.readUInt32BE(at + 4) !== 0) lastCommit = frames; // a commit frame records the database size
  }
  return frames - lastCommit;
}

/** Checks the file as the bot would find it at its next start; returns the number of articles. */
function checkStore(dbFile: string): number {
  const raw = new Database(dbFile);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
  const s = ArticleStore.open(dbFile);
  try {
    const rows = s.db.prepare('SELECT article_id, text, doc FROM articles').all() as {
      article_id: string;
      text: string;
      doc: string;
    }[];
    for (const r of rows) {
      expect(r.text.length).toBeGreaterThan(0);
      expect((JSON.parse(r.doc) as AnnotatedArticle).article.id).toBe(r.article_id);
    }
    const guilds = s.guildsWithArticles();
    expect(guilds.reduce((n, g) => n + s.count(g), 0)).toBe(rows.length);
    for (const g of guilds) expect(s.docs(g, (bad) => expect.fail(bad.error)).length).toBe(s.count(g));
    return rows.length;
  } finally {
    s.close();
  }
}

describe('a writer killed with SIGKILL', () => {
  it('while adding in a loop leaves a sound file with every add it reported', async () => {
    const lines = (out: string) => out.split('\n').filter((l) => l.startsWith('added ')).length;
    const { dbFile, out } = await killWhen('loop', (o) => lines(o) >= 40);
    const reported = lines(out);
    const stored = checkStore(dbFile);
    // One more may have committed before its line was printed.
    expect(stored).toBeGreaterThanOrEqual(reported);
    expect(stored).toBeLessThanOrEqual(reported + 1);
  });

  it('inside an uncommitted transaction whose pages reached the WAL keeps exactly the committed adds', async () => {
    const { dbFile } = await killWhen('hold', (o) => o.includes('holding'));
    expect(uncommittedWalFrames(dbFile)).toBeGreaterThan(100); // the scenario really happened
    expect(checkStore(dbFile)).toBe(30);
  });
});
