// Limits benchmark (`npm run bench -- --limits`, and a section of the default run): the cost of a request at the
// edges a hostile or careless user reaches, which must stay bounded:
// - /ask on a 1 MB article that is one line with no sentence end;
// - autocomplete of a 3,000-character typed value with 1,000 articles served.
// Whole-request timings through the same functions the commands call (no Discord round trip).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ask } from '../src/answer/ask.ts';
import { articleChoices } from '../src/discord/choices.ts';
import { libraryOf, loadArticleFile } from '../src/library.ts';
import { suggestTopics } from '../src/search/search.ts';
import { prng, sourceArticles, synthArticle } from './synth.ts';

/** The p-th percentile of a sample (nearest rank). */
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function timed(n: number, f: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f(i);
    out.push(performance.now() - t);
  }
  return out;
}

const QUESTIONS = [
  'who released the prisoners',
  'when did the talks start',
  'how many people were there',
  'what did the minister say',
  'where is it',
];

/** One line of about 1 MB of the source articles' words, no full stop anywhere. */
function oneLineArticle(sources: string[]): string {
  const words = sources.join(' ').replace(/[.!?]/g, ' ').split(/\s+/).filter(Boolean);
  const rand = prng(7);
  const out: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    const w = words[Math.floor(rand() * words.length)] as string;
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ');
}

export function runLimits(): void {
  const sources = sourceArticles(['data/articles', 'test/articles']);
  const dir = mkdtempSync(join(tmpdir(), 'limits-'));
  try {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, oneLineArticle(sources));
    let t = performance.now();
    const big = libraryOf([loadArticleFile(file)]);
    const prep = performance.now() - t;
    // The bot warms its answering path at start (lexicon, compiled code): do the same on another article.
    ask(
      libraryOf([
        loadArticleFile('data/articles/' + readdirSync('data/articles').filter((f) => f.endsWith('.txt'))[0]),
      ]),
      'who said it',
    );
    const [first = 0, ...askTimes] = timed(21, (i) => ask(big, QUESTIONS[i % QUESTIONS.length] as string));
    console.log(
      `/ask on a 1 MB one-line article: preprocessing ${ms(prep)}; first question ${ms(first)} (derives the article's answer features once), the next 20 p50 ${ms(pct(askTimes, 50))}, p99 ${ms(pct(askTimes, 99))}`,
    );

    t = performance.now();
    const many = libraryOf(
      Array.from({ length: 1000 }, (_, i) => {
        const f = join(dir, `a${i}.txt`);
        writeFileSync(f, synthArticle(sources, i));
        return loadArticleFile(f);
      }),
    );
    const build = performance.now() - t;
    const typed = (i: number) => 'prisoner exchange talks '.repeat(125).slice(i % 7, 3000);
    // The bot builds the topic finder when it starts (warmUp), not on a user's key press.
    t = performance.now();
    suggestTopics(many.index, { typed: 'warm', limit: 25 });
    const finder = performance.now() - t;
    const acArticle = timed(50, (i) => articleChoices(many, typed(i)));
    const acTopic = timed(50, (i) => suggestTopics(many.index, { typed: typed(i), limit: 25 }));
    const acShort = timed(50, (i) => articleChoices(many, ['pri', 'talk', 'ex', 'agree', 'minis'][i % 5] as string));
    console.log(
      `autocomplete at 1,000 articles (built in ${ms(build)}, topic finder ${ms(finder)} at start): 3,000-character value, article p50 ${ms(pct(acArticle, 50))} p99 ${ms(pct(acArticle, 99))}, topic p50 ${ms(pct(acTopic, 50))} p99 ${ms(pct(acTopic, 99))}; short value, article p99 ${ms(pct(acShort, 99))}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The first answer after start against the later ones, dispatch to callback through the fake Discord on 127.0.0.1
 * (the real discord.js client): the bot warms its answering path before it logs in, so the first user waits no
 * longer than the others.
 */
export async function runFirstAnswer(): Promise<void> {
  const { startHarness } = await import('../test/fake-discord/harness.ts');
  const harness = await startHarness({ logLevel: 'fatal', cooldownSeconds: 0 });
  try {
    const { fake } = harness;
    const times: number[] = [];
    for (let i = 0; i < 101; i++) {
      const user = fake.user(String(900000000000000000n + BigInt(i)), `b${i}`);
      const t = performance.now();
      const { id } = fake.slash('ask', { question: QUESTIONS[i % QUESTIONS.length] as string }, user);
      await fake.waitForCallback(id);
      times.push(performance.now() - t);
    }
    const [first = 0, ...rest] = times;
    console.log(
      `/ask through the fake Discord (dispatch to callback): the first after start ${ms(first)}, the next 100 p50 ${ms(pct(rest, 50))}, p99 ${ms(pct(rest, 99))}`,
    );
  } finally {
    await harness.stop();
  }
}
