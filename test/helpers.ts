// Shared test helpers: run the real entry points as a user would, without a Discord token.
import { spawnSync } from 'node:child_process';
import { annotate } from '../src/annotate/annotate.ts';
import type { AnnotatedArticle } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tsx = 'node_modules/.bin/tsx';

/** Runs `src/<entry>.ts` with tsx, piping `input` to stdin; DISCORD_TOKEN is always removed. */
export function runEntry(entry: 'cli' | 'main', args: string[], input = '', env: NodeJS.ProcessEnv = {}): Run {
  const { DISCORD_TOKEN: _token, ...rest } = process.env;
  const r = spawnSync(tsx, [`src/${entry}.ts`, ...args], {
    input,
    encoding: 'utf8',
    env: { ...rest, NO_COLOR: '1', LOG_LEVEL: 'warn', ...env },
    timeout: 60_000,
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export const jsonLines = (out: string): unknown[] =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));

/** A small article made for a test: paragraphs, a publication line, annotated as the bot would. */
export function article(id: string, paragraphs: string[], published = '2024-03-14T10:00:00Z'): AnnotatedArticle {
  return annotate(parseArticle(`${paragraphs.join('\n\n')}\n\n${published} ${id}`, id));
}
