// What saved annotations and indexes were made by: a hash of the code and data of every stage that produces them
// (article model, annotators, lexicon and word lists, search index, the learned model) and of the pinned libraries
// they use. Caches and stored articles made under another key are made again, so a change to a rule, a word list
// or model.json never serves stale results, and no version number has to be remembered and bumped by hand.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders under src/ whose files decide what an annotated article and its index hold. */
const STAGES = ['article', 'annotate', 'lexicon', 'search'] as const;

const SRC = fileURLToPath(new URL('.', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(?:ts|json)$/.test(e.name) ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** The files the key covers, relative to src/, sorted. */
export const pipelineFiles = (): string[] =>
  STAGES.flatMap((stage) => filesUnder(join(SRC, stage))).map((file) => file.slice(SRC.length));

let key: string | null = null;

/** 24 hex digits; computed once per process (about 60 files read). */
export function pipelineKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  // Paths relative to src/, so that the key is the same wherever the project is installed.
  for (const file of pipelineFiles())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(SRC, file)))
      .update('\0');
  const pkg = JSON.parse(readFileSync(join(SRC, '../package.json'), 'utf8')) as { dependencies?: object };
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  key = hash.digest('hex').slice(0, 24);
  return key;
}

/** The key of annotations resolved in `timeZone` (ARTICLE_TIMEZONE): "today" may be another day elsewhere. */
export const annotationKey = (timeZone: string | undefined): string => `${pipelineKey()}@${timeZone ?? 'UTC'}`;
