// Scale probe of the per-server article store (not run by tests):
//   npx tsx scripts/store-scale.ts [--articles 20000] [--guilds 1000] [--keep]
// Fills a temporary store with synthetic copies of the bundled article spread over the guilds, then, in a fresh
// process so that memory is the bot's own and not the fill's, times opening it and getting guilds' libraries.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadArticleFile } from '../src/library.ts';
import { ArticleStore } from '../src/store/article-store.ts';
import { GuildLibraries } from '../src/store/guild-libraries.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLE = join(ROOT, 'data/articles/azerbaijan-armenia-prisoner-exchange.txt');

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
  /** get() of a cached guild: median over 1,000. */
  warmGetMs: number;
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Opens a filled store and times get(); meant for a fresh process (see runStoreScale). */
export function measureStore(path: string, guilds: number): Omit<StoreScaleFigures, 'articles' | 'fillMs' | 'dbMb'> {
  const rssBeforeOpenMb = mb(process.memoryUsage().rss);
  let t = performance.now();
  const store = ArticleStore.open(path);
  const openMs = performance.now() - t;
  const rssAfterOpenMb = mb(process.memoryUsage().rss);
  try {
    const libs = new GuildLibraries(store, {
      onBadRow: (bad) => {
        throw new Error(`damaged row in a synthetic store: ${bad.articleId}`);
      },
    });
    t = performance.now();
    if (!libs.get(guildId(0))) throw new Error('guild 0 has no articles');
    const firstGetMs = performance.now() - t;

    const cold: number[] = [];
    for (let g = 1; g < Math.min(guilds, 51); g++) {
      t = performance.now();
      libs.get(guildId(g));
      cold.push(performance.now() - t);
    }
    // The store's share of a cold get(): reading and parsing the rows, without building the index.
    const read: number[] = [];
    for (let g = 51; g < Math.min(guilds, 101); g++) {
      t = performance.now();
      store.docs(guildId(g));
      read.push(performance.now() - t);
    }
    const warm: number[] = [];
    for (let i = 0; i < 1000; i++) {
      t = performance.now();
      libs.get(guildId(i % Math.min(guilds, 51)));
      warm.push(performance.now() - t);
    }
    for (let g = 51; g < Math.min(guilds, 200); g++) libs.get(guildId(g));
    const stats = libs.stats();
    return {
      guilds,
      openMs,
      rssBeforeOpenMb,
      rssAfterOpenMb,
      firstGetMs,
      coldGetMs: { p50: median(cold), max: Math.max(0, ...cold) },
      docsReadMs: median(read),
      warmGetMs: median(warm),
      rssFullCacheMb: mb(process.memoryUsage().rss),
      cachedGuilds: stats.guilds,
      cachedDocs: stats.docs,
    };
  } finally {
    store.close();
  }
}

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
    const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
    const rows: [string, string][] = [
      ['articles / guilds', `${f.articles} / ${f.guilds}`],
      ['fill (batched, NORMAL)', ms(f.fillMs)],
      ['database file', `${f.dbMb.toFixed(1)} MB`],
      ['open', ms(f.openMs)],
      ['RSS before / after open', `${f.rssBeforeOpenMb.toFixed(0)} / ${f.rssAfterOpenMb.toFixed(0)} MB`],
      ['first get() in process', ms(f.firstGetMs)],
      ['cold get() p50 / max', `${ms(f.coldGetMs.p50)} / ${ms(f.coldGetMs.max)}`],
      ['of which store.docs() p50', ms(f.docsReadMs)],
      ['warm get() p50', `${(f.warmGetMs * 1000).toFixed(1)} µs`],
      [`RSS, ${f.cachedGuilds} guilds cached (${f.cachedDocs} articles)`, `${f.rssFullCacheMb.toFixed(0)} MB`],
    ];
    for (const [k, v] of rows) console.log(`${k.padEnd(44)} ${v}`);
    console.log(JSON.stringify(f));
  }
}
