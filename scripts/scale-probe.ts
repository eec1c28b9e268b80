// One measurement of the scale benchmark, in its own process so that memory and start-up are the bot's own:
//   tsx scripts/scale-probe.ts build DIR   → {"buildMs"}            (no cache: annotate and index everything)
//   tsx scripts/scale-probe.ts serve DIR   → {"readyMs","rssMb","p50","p99","queries"}  (from the saved index)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ask } from '../src/answer/ask.ts';
import { loadLibraryDir } from '../src/library.ts';
import { createLogger } from '../src/log.ts';

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'build' && mode !== 'serve')) throw new Error('usage: scale-probe build|serve DIR');
const log = createLogger('silent');

if (mode === 'build') {
  const t = performance.now();
  loadLibraryDir(dir, { log });
  console.log(JSON.stringify({ buildMs: performance.now() - t }));
} else {
  const { library } = loadLibraryDir(dir, { log });
  // Time since this process started: what a user waits for after `npm start`, tsx's start-up included.
  const readyMs = performance.now();
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const gold = JSON.parse(readFileSync(new URL('../test/bundled/article-000.gold.json', import.meta.url), 'utf8'));
  const extra = JSON.parse(readFileSync(new URL('../test/questions/bundled-paraphrases.json', import.meta.url), 'utf8'));
  const questions: string[] = [...gold.questions, ...extra.questions].map((q: { q: string }) => q.q);
  // Steady state, as in a bot that has been up a while: V8 needs seconds to finish optimising (see bench.ts).
  const until = performance.now() + 2000;
  for (let i = 0; i < 1 || performance.now() < until; i++) for (const q of questions) ask(library, q);
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const q of questions) {
      const t = performance.now();
      ask(library, q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  console.log(JSON.stringify({ readyMs, rssMb, p50: pct(0.5), p99: pct(0.99), queries: times.length }));
}
