// The real-article corpus split by article (test/corpus/splits.json): train, dev and report gold files.
// The report split is scored only when an issue is closed, in aggregate; nothing here prints its questions.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, 'test/corpus');

export type Split = 'train' | 'dev' | 'report14';
/**
 * Splits scored only when an issue closes: aggregates only, never a miss. A report split, once scored, is spent and
 * dealt to train and dev (report to report5 were, in the fifth session; report6 in the sixth; report7 in the
 * seventh; report8 in the eighth; report9 in the ninth; report10 in the tenth; report11 in the eleventh; report12 in the
 * twelfth; report13 in the thirteenth); the next one is written blind.
 */
export const REPORT_SPLITS: readonly Split[] = ['report14'];
export const isSplit = (s: string): s is Split => s === 'train' || s === 'dev' || (REPORT_SPLITS as string[]).includes(s);

/**
 * The report splits a bench run scores: none without `--report`, all with it, or those named (`--report=report14`),
 * so that scoring a fresh split does not score the others again.
 */
export function reportSplitsOf(argv: readonly string[]): Split[] {
  const flag = argv.find((a) => a === '--report' || a.startsWith('--report='));
  if (!flag) return [];
  if (flag === '--report') return [...REPORT_SPLITS];
  const named = flag.slice('--report='.length).split(',');
  const unknown = named.filter((s) => !(REPORT_SPLITS as string[]).includes(s));
  if (unknown.length) throw new Error(`not a report split: ${unknown.join(', ')} (report splits: ${REPORT_SPLITS.join(', ')})`);
  return named as Split[];
}

/** Gold files of one split, absolute paths, in a fixed order. */
export function splitFiles(split: Split): string[] {
  const json = JSON.parse(readFileSync(resolve(CORPUS, 'splits.json'), 'utf8')) as { splits: Record<string, string> };
  return Object.entries(json.splits)
    .filter(([, s]) => s === split)
    .map(([file]) => resolve(CORPUS, file))
    .sort();
}
