// Scale probe of the per-server article store (not run by tests):
//   npx tsx scripts/store-scale.ts [--articles 20000] [--guilds 1000] [--keep]
// Fills a temporary store with synthetic copies of the bundled article spread over the guilds, then, in a fresh
// process so that memory is the bot's own and not the fill's, times opening it and getting guilds' libraries.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ask } from '../src/answer/ask.ts';
import { Catalog } from '../src/catalog.ts';
import { ingestArticle } from '../src/ingest/ingest.ts';
import { buildSearchIndex } from '../src/search/search.ts';
import { pct } from './limits.ts';
import { loadArticleFile, loadLibraryDir } from '../src/library.ts';
import { ArticleStore } from '../src/store/article-store.ts';
import { annotationKey } from '../src/pipeline-key.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLED = join(ROOT, 'data/articles');
/** The first bundled article: copied, with a new hash each time, to fill the store. */
const ARTICLE = join(
  BUNDLED,
  readdirSync(BUNDLED)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0] as string,
);

export interface StoreScaleFigures {
  articles: number;
  guilds: number;
  fillMs: number;
  /** The database file after close (the WAL is checkpointed into it). */
  dbMb: number;
  /** Measured in a fresh process: */
  openMs: number;
  rssBeforeOpenMb: number;
  rssAfterOpenMb: number;
  /** The first get() in the process: reading, parsing and indexing one guild's articles, plus first-use costs. */
  firstGetMs: number;
  /** get() of guilds not yet cached once the process is warm: median and worst over up to 50 guilds. */
  coldGetMs: { p50: number; max: number };
  /** store.docs() alone for an uncached guild (median): the rest of a cold get() is building the index. */
  docsReadMs: number;
  /** /ask to a server already asked about: median and 99th percentile over 1,000. */
  warmGetMs: number;
  warmP99Ms: number;
  /** After get() of as many guilds as the cache holds by default (200), and the articles they hold. */
  rssFullCacheMb: number;
  cachedGuilds: number;
  cachedDocs: number;
}

const guildId = (g: number) => `guild-${String(g).padStart(6, '0')}`;

/** Adds `articles` synthetic articles over `guilds` guilds: one real annotated article, each copy a new hash. */
export function fillStore(path: string, articles: number, guilds: number): number {
  const doc = loadArticleFile(ARTICLE);
  const store = ArticleStore.open(path, { synchronous: 'NORMAL' });
  const t = performance.now();
  try {
    const perBatch = 1000; // one commit per thousand adds: a fill, not the bot's one-at-a-time adds
    for (let start = 0; start < articles; start += perBatch) {
      store.batch(() => {
        for (let i = start; i < Math.min(articles, start + perBatch); i++) {
          const r = store.add(guildId(i % guilds), {
            source: `synthetic-${i}.txt`,
            text: `${doc.article.text}\n\nSynthetic copy ${i}.`,
            doc,
            annotationKey: annotationKey(undefined),
            title: `${doc.article.title} ${i % 7}`,
            published: doc.article.published?.instant ?? null,
            addedBy: 'scale-probe',
            maxPerGuild: Number.MAX_SAFE_INTEGER,
          });
          if (!r.ok) throw new Error(`synthetic add ${i} refused: ${r.reason}`);
        }
      });
    }
  } finally {
    store.close();
  }
  return performance.now() - t;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/** Opens a filled store and times get(); meant for a fresh process (see runStoreScale). */
export function measureStore(path: string, guilds: number): Omit<StoreScaleFigures, 'articles' | 'fillMs' | 'dbMb'> {
  const rssBeforeOpenMb = mb(process.memoryUsage().rss);
  // Start-up as the bot does it: the bundled library, then the store and the catalog (nothing of a server is read
  // until it is asked about).
  let t = performance.now();
  const bundled = loadLibraryDir(BUNDLED, { writeCache: false }).library;
  const store = ArticleStore.open(path);
  const catalog = new Catalog(bundled, { store, maxPerGuild: 50 });
  const openMs = performance.now() - t;
  const rssAfterOpenMb = mb(process.memoryUsage().rss);
  const question = (i: number) => QUESTIONS[i % QUESTIONS.length] as string;
  try {
    t = performance.now();
    ask(catalog.forGuild(guildId(0)), question(0));
    const firstGetMs = performance.now() - t;
    // A server's first question after start: its library is read, parsed and indexed, then searched.
    const cold: number[] = [];
    for (let g = 1; g < Math.min(guilds, 51); g++) {
      t = performance.now();
      ask(catalog.forGuild(guildId(g)), question(g));
      cold.push(performance.now() - t);
    }
    const read: number[] = [];
    for (let g = 51; g < Math.min(guilds, 101); g++) {
      t = performance.now();
      store.docs(guildId(g));
      read.push(performance.now() - t);
    }
    // Questions to servers already asked about.
    const warm: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const g = i % Math.min(guilds, 51);
      t = performance.now();
      ask(catalog.forGuild(guildId(g)), question(i));
      warm.push(performance.now() - t);
    }
    for (let g = 51; g < Math.min(guilds, 200); g++) catalog.forGuild(guildId(g));
    return {
      guilds,
      openMs,
      rssBeforeOpenMb,
      rssAfterOpenMb,
      firstGetMs,
      coldGetMs: { p50: pct(cold, 50), max: Math.max(0, ...cold) },
      docsReadMs: pct(read, 50),
      warmGetMs: pct(warm, 50),
      warmP99Ms: pct(warm, 99),
      rssFullCacheMb: mb(process.memoryUsage().rss),
      cachedGuilds: Math.min(guilds, 200),
      cachedDocs: 0,
    };
  } finally {
    store.close();
  }
}

const QUESTIONS = ['who released the prisoners', 'when was it agreed', 'what did the president say', 'how many people'];

/** Fills a temporary store, measures it in a child process, removes it (unless `keep`) and returns the figures. */
export function runStoreScale(opts: { articles?: number; guilds?: number; keep?: boolean } = {}): StoreScaleFigures {
  const articles = opts.articles ?? 20_000;
  const guilds = Math.min(opts.guilds ?? 1_000, articles);
  const dir = mkdtempSync(join(tmpdir(), 'store-scale-'));
  const path = join(dir, 'articles.db');
  try {
    const fillMs = fillStore(path, articles, guilds);
    const dbMb = mb(statSync(path).size);
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [fileURLToPath(import.meta.url), '--measure', path, String(guilds)],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    if (r.status !== 0 || !line.startsWith('{'))
      throw new Error(`store measure failed: ${r.stderr.trim().slice(-500)}`);
    return { articles, fillMs, dbMb, ...JSON.parse(line) };
  } finally {
    if (opts.keep) console.error(`kept ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function arg(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : undefined;
  if (v !== undefined && !(Number.isInteger(v) && v > 0)) throw new Error(`${name} wants a positive integer`);
  return v;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    console.log(JSON.stringify(measureStore(args[1] ?? '', Number(args[2]))));
  } else {
    const f = runStoreScale({
      articles: arg(args, '--articles'),
      guilds: arg(args, '--guilds'),
      keep: args.includes('--keep'),
    });
    printStoreScale(f);
    console.log(JSON.stringify(f));
  }
}

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

export function printStoreScale(f: StoreScaleFigures): void {
  const rows: [string, string][] = [
    ['stored articles / servers', `${f.articles} / ${f.guilds}`],
    ['fill (batched)', ms(f.fillMs)],
    ['database file', `${f.dbMb.toFixed(1)} MB`],
    ['start-up (bundled library, store, catalog)', ms(f.openMs)],
    ['RSS before / after start-up', `${f.rssBeforeOpenMb.toFixed(0)} / ${f.rssAfterOpenMb.toFixed(0)} MB`],
    ['first /ask in the process', ms(f.firstGetMs)],
    ["a server's first /ask (builds its library) p50 / max", `${ms(f.coldGetMs.p50)} / ${ms(f.coldGetMs.max)}`],
    ['of which reading its rows, p50', ms(f.docsReadMs)],
    ['/ask to a server already asked, p50 / p99', `${ms(f.warmGetMs)} / ${ms(f.warmP99Ms)}`],
    [`RSS with ${f.cachedGuilds} servers' libraries built`, `${f.rssFullCacheMb.toFixed(0)} MB`],
  ];
  for (const [k, v] of rows) console.log(`  ${k.padEnd(52)} ${v}`);
}

/** Extraction, parsing, annotation and indexing of each real article in test/ (corpus texts and saved pages). */
export async function runIngestTimes(): Promise<void> {
  const files = [
    ...['a', 'b', 'c', 'd'].flatMap((g) => {
      const dir = join(ROOT, 'test/corpus', g, 'articles');
      return readdirSync(dir).map((f) => join(dir, f));
    }),
    ...readdirSync(join(ROOT, 'test/fixtures/pages'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(ROOT, 'test/fixtures/pages', f)),
  ];
  const times: number[] = [];
  for (const [i, path] of files.entries()) {
    const t = performance.now();
    const got = await ingestArticle({ kind: 'file', path });
    buildSearchIndex([got.doc]);
    // The first includes loading the lexicon and compiling: reported apart.
    if (i > 0) times.push(performance.now() - t);
  }
  console.log(
    `  extraction + annotation + indexing, ${files.length} real articles (${files.length - 2} texts, 2 pages): p50 ${ms(pct(times, 50))}, p99 ${ms(pct(times, 99))}`,
  );
}
