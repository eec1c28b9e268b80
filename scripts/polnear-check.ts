// Quote speakers against PolNeAR (networkdynamics/PolNeAR: 2016 US election news with hand-annotated attributions),
// an error-analysis corpus kept outside the repo. Counts the direct quotes whose annotated source is written as a
// name ("Trump", "Rep. Ed Royce, the chairman …"), not a pronoun or a description, and whether our speaker holds one
// of that source's name words. A lenient check: it says where attribution fails, it is no score of record.
//
//   git clone https://github.com/networkdynamics/PolNeAR && npx tsx scripts/polnear-check.ts PolNeAR/data/train 300 -v
//
// DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (the first annotator's file of each article is read).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../src/annotate/quotes.ts';
import { parseArticle } from '../src/article/parse.ts';

const PRONOUN = /^(?:he|she|they|we|i|you|it|him|her|them|his|their|who|which|that)$/i;
/** Words of a source phrase that name no one: titles, parties, places' first words. */
const NOT_NAME =
  /^(?:The|A|An|Republican|Democratic|Democrat|President|Former|Sen|Senator|Rep|Gov|Governor|Mr|Mrs|Ms|Dr|US|New|South|North|West|East|Secretary|State|House|Senate|GOP|Party)\.?$/;

interface Span {
  text: string;
}

function spansOf(ann: string): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t\w+ \d+ \d+(?:;\d+ \d+)*\t(.*)$/.exec(line);
    if (m) out.set(m[1] as string, { text: m[2] as string });
  }
  return out;
}

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx scripts/polnear-check.ts DIR [N] [-v]');
  process.exit(2);
}
const verbose = rest.includes('-v');
const annFiles = readdirSync(join(dir, 'attributions')).sort();
const firstAnn = new Map<string, string>();
for (const f of annFiles) {
  const name = f.replace(/_[0-9a-f]+\.ann$/, '');
  if (!firstAnn.has(name)) firstAnn.set(name, f);
}
const limit = Number(rest.find((a) => /^\d+$/.test(a)) ?? firstAnn.size);
let total = 0;
let found = 0;
let right = 0;
for (const [name, annFile] of [...firstAnn].slice(0, limit)) {
  let text: string;
  try {
    text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
  } catch {
    continue;
  }
  const ann = readFileSync(join(dir, 'attributions', annFile), 'utf8');
  const spans = spansOf(ann);
  const quotes = findQuotes(parseArticle(`${text.trim()}\n`, name));
  for (const line of ann.split('\n')) {
    const m = /^E\d+\t(.*)$/.exec(line);
    if (!m) continue;
    const parts = Object.fromEntries((m[1] as string).split(' ').map((p) => p.split(':')));
    const content = spans.get(parts.Content);
    const source = spans.get(parts.Source)?.text.trim();
    const quoted = content && /[“"]([^“”"]{12,})[”"]/.exec(content.text)?.[1];
    if (!quoted || !source || PRONOUN.test(source) || !/^\p{Lu}/u.test(source) || /^(?:The|A|An)\s/.test(source))
      continue;
    const names = source
      .split(/[\s,]+/)
      .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}.'’-]/gu, ''))
      .filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w) && !NOT_NAME.test(w));
    if (!names.length) continue;
    total++;
    const ours = quotes.find((q) => q.text.includes(quoted.slice(0, 25)));
    if (!ours) {
      if (verbose) console.log(`MISSING ${name}: ${quoted.slice(0, 60)}`);
      continue;
    }
    found++;
    if (names.some((n) => ours.speaker.toLowerCase().includes(n.toLowerCase()))) right++;
    else if (verbose)
      console.log(`WRONG ${name}: "${ours.speaker}" for ${quoted.slice(0, 50)} (source: ${source.slice(0, 60)})`);
  }
}
const pct = found ? ((100 * right) / found).toFixed(1) : '-';
console.log(`named-source direct quotes: ${total}, found ${found}, right speaker ${right} (${pct}% of found)`);
