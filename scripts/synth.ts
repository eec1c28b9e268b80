// Deterministic synthetic corpora for the scale benchmark: articles made from the bundled and test articles with
// paragraphs and sentences shuffled and proper names renamed, so that the vocabulary grows as real news does.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'shi', 'dar', 'bel', 'un', 'or', 'zan', 'pe', 'qui', 'sor', 'ma', 'lin', 'gro', 'he', 'tas'];

function coinName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

export function sourceArticles(dirs: string[]): string[] {
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(d, f), 'utf8')),
  );
}

/** Article `i` of the corpus: a source article with shuffled paragraphs, renamed names and its own date. */
export function synthArticle(sources: string[], i: number): string {
  const rand = prng(i + 1);
  const src = sources[i % sources.length] as string;
  const blocks = src.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  const last = blocks.at(-1) ?? '';
  const body = /^\d{4}-\d{2}-\d{2}T/.test(last) ? blocks.slice(0, -1) : blocks;
  // Capitalised words that are not sentence-initial are (mostly) names: rename each consistently in this article.
  const names = new Map<string, string>();
  const rename = (text: string) =>
    text.replace(/(?<=[a-z,;] )[A-Z][a-z]{2,}/g, (w) => {
      if (!names.has(w)) names.set(w, rand() < 0.5 ? coinName(rand) : w);
      return names.get(w) as string;
    });
  const lead = body.slice(0, 1);
  const rest = shuffle(body.slice(1), rand);
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${[...lead, ...rest].map(rename).join('\n\n')}\n\n${day} synth${i}`;
}

/** Writes `count` synthetic articles into `dir` (emptied first). */
export function writeCorpus(dir: string, count: number, sources: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `synth-${String(i).padStart(5, '0')}.txt`), synthArticle(sources, i));
}
