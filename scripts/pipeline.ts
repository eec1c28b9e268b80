// Preprocessing throughput against input size: parse + annotate of 0.25 to 4 MB of news-like text. Time per MB
// must stay flat as the input grows (linear time), or some stage has gone quadratic.
import { performance } from 'node:perf_hooks';
import { annotate } from '../src/annotate/annotate.ts';
import { parseArticle } from '../src/article/parse.ts';
import { sourceArticles, synthArticle } from './synth.ts';

export function runPipeline(): void {
  const sources = sourceArticles(['data/articles', 'test/articles']);
  const body = Array.from({ length: 400 }, (_, i) => synthArticle(sources, i).replace(/\n\n\S+ synth\d+$/, '')).join('\n\n');
  console.log(`${'input'.padEnd(10)}${'time'.padStart(10)}${'per MB'.padStart(12)}`);
  for (const mb of [0.25, 0.5, 1, 2, 4]) {
    const target = mb * 2 ** 20;
    const text = `${body.repeat(Math.ceil(target / body.length)).slice(0, target)}\n\n2024-01-10T10:00:00Z pipeline`;
    const t = performance.now();
    annotate(parseArticle(text, 'pipeline'));
    const s = (performance.now() - t) / 1000;
    console.log(`${`${mb} MB`.padEnd(10)}${`${s.toFixed(2)} s`.padStart(10)}${`${(s / mb).toFixed(2)} s`.padStart(12)}`);
  }
}
