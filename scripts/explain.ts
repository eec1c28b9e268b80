// Shows how the ranker scored a question's best candidates, before abstention: a tuning aid.
//   npx tsx scripts/explain.ts ARTICLE.txt "question" ["another question" …]
import { readFileSync } from 'node:fs';
import { annotate } from '../src/annotate/annotate.ts';
import { parseArticle } from '../src/article/parse.ts';
import { ABSTAIN_BELOW, buildSearchIndex, search } from '../src/search/search.ts';
import { parseQuestion } from '../src/search/question.ts';

const [file, ...questions] = process.argv.slice(2);
if (!file || !questions.length) {
  console.error('usage: tsx scripts/explain.ts ARTICLE.txt "question" …');
  process.exit(2);
}
const doc = annotate(parseArticle(readFileSync(file, 'utf8'), 'a'));
const index = buildSearchIndex([doc]);
const f = (x: number) => x.toFixed(2);
for (const q of questions) {
  const parsed = parseQuestion(q);
  console.log(
    `\n? ${q}   type=${parsed.type} want=${parsed.want} tense=${parsed.tense} focus=${parsed.focus.join(',')}`,
  );
  let shown = 0;
  search(index, q, {
    trace: (r) =>
      shown++ < 8 &&
      console.log(
        `  ${f(r.score)}${r.score < ABSTAIN_BELOW ? '✗' : ' '} base ${f(r.base)} fit ${f(r.typeFit)} held ${f(r.held)}  ${r.text.slice(0, 70)}  ${Object.entries(
          r.parts ?? {},
        )
          .filter(([k, v]) => v !== 1 && !['cov', 'near', 'heading', 'position'].includes(k))
          .map(([k, v]) => `${k}=${f(v)}`)
          .join(' ')}`,
      ),
  });
}
