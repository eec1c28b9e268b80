// Measures compromise (the NLP library issue 12 asked to weigh against our hand-built mentions stage) where both
// can be compared against gold: the named people who speak the corpus's quotes. For each train and dev article,
// whether each gold speaker's full name is among the people found, by our annotate() and by compromise's
// people() (a name of two words or more; a match if either ends the other). Not run in CI: it needs
//   npm i --no-save compromise@14.20.0 && npx tsx scripts/compare-compromise.ts
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { annotate } from '../src/annotate/annotate.ts';
import { parseArticle } from '../src/article/parse.ts';
import { splitFiles } from './splits.ts';
// A specifier in a variable: compromise is installed only for this measurement, so tsc must not resolve it.
const library = 'compromise';
const nlp = (await import(library)).default as (text: string) => { people(): { json(): { text: string }[] } };
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
for (const split of ['train', 'dev'] as const) {
  let total = 0,
    ours = 0,
    comp = 0,
    oursPeople = 0,
    compPeople = 0,
    oursT = 0,
    compT = 0;
  for (const f of splitFiles(split)) {
    const g = JSON.parse(readFileSync(f, 'utf8'));
    const text = readFileSync(resolve(dirname(f), g.article), 'utf8');
    const t0 = performance.now();
    const doc = annotate(parseArticle(text, 'a'));
    oursT += performance.now() - t0;
    const ourSet = new Set(doc.entities.filter((e) => e.kind === 'person').map((e) => fold(e.name)));
    const t1 = performance.now();
    const cp = nlp(text)
      .people()
      .json()
      .map((p) => fold(p.text));
    compT += performance.now() - t1;
    const compSet = new Set(cp.filter((s: string) => s.includes(' ')));
    oursPeople += ourSet.size;
    compPeople += compSet.size;
    const speakers = new Set<string>();
    for (const q of g.quotes ?? []) {
      const s = q.speaker?.[0];
      if (s && /^\p{Lu}\p{L}+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'-]+)+$/u.test(s)) speakers.add(fold(s));
    }
    for (const s of speakers) {
      total++;
      if (ourSet.has(s)) ours++;
      if (compSet.has(s) || [...compSet].some((c) => c.endsWith(s) || (s.endsWith(c) && c.includes(' ')))) comp++;
    }
  }
  console.log(
    `${split}: gold person speakers ${total}: ours found ${ours} (${((100 * ours) / total).toFixed(1)}%), compromise found ${comp} (${((100 * comp) / total).toFixed(1)}%)`,
  );
  console.log(
    `people listed: ours ${oursPeople}, compromise (two words or more) ${compPeople}; time ours (whole annotate) ${oursT.toFixed(0)} ms, compromise people() ${compT.toFixed(0)} ms`,
  );
}
