// Scale benchmark (`npm run bench -- --scale [--sizes 1,100,1000,10000]`): synthetic corpora of growing size; for
// each, index build time, index size on disk, RSS after load, start-up to ready and /ask p50/p99 across all articles.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheFile } from '../src/library.ts';
import { sourceArticles, writeCorpus } from './synth.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS: Record<number, string> = { 1000: 'p99 ≤ 5 ms, start-up ≤ 2 s', 10000: 'p99 ≤ 30 ms, RSS ≤ 1 GB' };

function probe(mode: 'build' | 'serve', dir: string): Record<string, number> {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/scale-probe.ts'), mode, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`scale probe ${mode} failed: ${r.stderr.trim().slice(-500)}`);
  return JSON.parse(line);
}

export function runScale(sizes: number[]): void {
  const sources = sourceArticles([join(ROOT, 'data/articles'), join(ROOT, 'test/articles')]);
  const rows: string[][] = [['articles', 'build', 'index on disk', 'RSS after load', 'start-up', '/ask p50', '/ask p99', 'target']];
  for (const n of sizes) {
    const root = join(tmpdir(), `article-bot-scale-${n}`);
    const dir = join(root, 'articles');
    writeCorpus(dir, n, sources);
    const build = probe('build', dir);
    const indexBytes = statSync(defaultCacheFile(dir)).size;
    const serve = probe('serve', dir);
    rows.push([
      String(n),
      `${(Number(build.buildMs) / 1000).toFixed(2)} s`,
      `${(indexBytes / 2 ** 20).toFixed(1)} MB`,
      `${Number(serve.rssMb).toFixed(0)} MB`,
      `${(Number(serve.readyMs) / 1000).toFixed(2)} s`,
      `${Number(serve.p50).toFixed(2)} ms`,
      `${Number(serve.p99).toFixed(2)} ms`,
      TARGETS[n] ?? '',
    ]);
    rmSync(root, { recursive: true, force: true });
    rmSync(defaultCacheFile(dir), { force: true });
    console.error(`scale: ${n} articles done`);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}
