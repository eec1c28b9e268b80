// The command line: `ask`, `quotes`, `timeline` (JSON with --json, a contract used by checks outside the repo)
// and `index` (build or refresh the saved index). Usage: npm run --silent cli -- <command> [options]
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ask } from './answer/ask.ts';
import { aboutReply, quotesBy, quotesReply, timelineReply } from './answer/lists.ts';
import type { AnnotatedArticle } from './article/model.ts';
import { ConfigError, loadArticlesConfig } from './config.ts';
import { IngestRefusal, ingestArticle } from './ingest/ingest.ts';
import {
  ArticleError,
  articleIdFromPath,
  type Library,
  libraryOf,
  loadArticleFile,
  loadLibraryDir,
} from './library.ts';
import { createLogger, displayPath } from './log.ts';
import { renderText, wantsColor } from './render/text.ts';

const USAGE = `Usage:
  npm run --silent cli -- ask "QUESTION" [--json] [--article FILE | --data DIR]
  npm run --silent cli -- ask --json [--article FILE | --data DIR] < questions.txt
  npm run --silent cli -- quotes [--speaker NAME] [--json] [--article FILE | --data DIR]
  npm run --silent cli -- timeline [--json] [--article FILE | --data DIR]
  npm run --silent cli -- about [--article FILE]
  npm run --silent cli -- index [--data DIR]`;

class UsageError extends Error {}

const out = (s: string) => process.stdout.write(`${s}\n`);

interface Served {
  library: Library;
  /** Every article (--data) rather than the default one: JSON then names each item's article. */
  all: boolean;
}

/** A web page or Markdown file given with --article goes through the extraction that `/article add` uses. */
const EXTRACTED = /\.(?:html?|md)$/i;

async function loadOne(path: string, timeZone: string): Promise<AnnotatedArticle> {
  if (!EXTRACTED.test(path)) return loadArticleFile(path, { timeZone });
  try {
    return (await ingestArticle({ kind: 'file', path }, { timeZone }, articleIdFromPath(path))).doc;
  } catch (err) {
    if (err instanceof IngestRefusal) throw new ArticleError(`${displayPath(path)}: ${err.message}`);
    throw err;
  }
}

async function serve(
  values: { article?: string; data?: string },
  dataDefault: string,
  defaultId: string | null,
  timeZone: string,
): Promise<Served> {
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  if (values.article && values.data) throw new UsageError('use either --article or --data, not both');
  if (values.article) return { library: libraryOf([await loadOne(values.article, timeZone)]), all: false };
  const { library } = loadLibraryDir(values.data ?? dataDefault, { defaultId: defaultId ?? undefined, log, timeZone });
  return { library, all: Boolean(values.data) };
}

const scoped = (served: Served): AnnotatedArticle[] =>
  served.all ? served.library.docs : [served.library.byId.get(served.library.defaultId) as AnnotatedArticle];

function askJson(served: Served, question: string): string {
  const { hits } = ask(served.library, question, { article: served.all ? null : served.library.defaultId });
  return JSON.stringify({
    question,
    answers: hits.map((h) => ({
      text: h.text,
      score: Math.round(h.score * 1000) / 1000,
      paragraph: h.paragraph,
      sentence: h.sentence,
      short: h.short,
      ...(served.all ? { article: h.article } : {}),
    })),
  });
}

async function runAsk(served: Served, positionals: string[], json: boolean): Promise<void> {
  const color = wantsColor(process.stdout);
  const answerOne = (q: string) =>
    json
      ? askJson(served, q)
      : renderText(ask(served.library, q, { article: served.all ? null : served.library.defaultId }).reply, { color });
  if (positionals.length > 0) {
    out(answerOne(positionals.join(' ')));
    return;
  }
  if (process.stdin.isTTY) throw new UsageError('give a question, or pipe questions one a line');
  // Batch: one question a line, one answer a line, in order; started once for the whole batch.
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) out(answerOne(line));
}

function runQuotes(served: Served, speaker: string | undefined, json: boolean): void {
  if (!json) {
    out(
      renderText(quotesReply(served.library, { speaker, pageSize: Number.POSITIVE_INFINITY }), {
        color: wantsColor(process.stdout),
      }),
    );
    return;
  }
  const quotes = scoped(served).flatMap((doc) =>
    (speaker ? quotesBy(doc, speaker) : doc.quotes).map((q) => ({
      text: q.text,
      speaker: q.speaker,
      role: q.role,
      paragraph: q.paragraph,
      ...(served.all ? { article: doc.article.id } : {}),
    })),
  );
  out(JSON.stringify({ quotes }));
}

function runTimeline(served: Served, json: boolean): void {
  if (!json) {
    out(
      renderText(timelineReply(served.library, { pageSize: Number.POSITIVE_INFINITY }), {
        color: wantsColor(process.stdout),
      }),
    );
    return;
  }
  const events = scoped(served).flatMap((doc) =>
    doc.events.map((e) => ({
      date: e.date,
      text: doc.article.sentences[e.sentence - 1]?.text ?? '',
      expression: e.expression,
      paragraph: e.paragraph,
      ...(served.all ? { article: doc.article.id } : {}),
    })),
  );
  // Across articles too: oldest first, then article order (the sort is stable).
  if (served.all) events.sort((a, b) => a.date.localeCompare(b.date));
  out(JSON.stringify({ events }));
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      article: { type: 'string' },
      data: { type: 'string' },
      speaker: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadArticlesConfig();
  if (command === 'index') {
    const log = createLogger(config.logLevel);
    const { stats } = loadLibraryDir(values.data ?? config.articlesDir, { log, timeZone: config.articleTimeZone });
    if (stats.saveError) {
      process.stderr.write(`Could not save the search index (${stats.saveError}); nothing was written.\n`);
      return 1;
    }
    out(
      `Indexed ${stats.articles} article(s): ${stats.annotated} (re)processed, ${stats.reused} unchanged` +
        `${stats.skipped.length ? `, ${stats.skipped.length} skipped` : ''}; search index ${stats.indexRebuilt ? 'rebuilt' : 'unchanged'}.`,
    );
    return 0;
  }
  if (!['ask', 'quotes', 'timeline', 'about'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const served = await serve(values, config.articlesDir, config.defaultArticle, config.articleTimeZone);
  if (command === 'ask') await runAsk(served, rest, values.json ?? false);
  else if (command === 'quotes') runQuotes(served, values.speaker, values.json ?? false);
  else if (command === 'timeline') runTimeline(served, values.json ?? false);
  else out(renderText(aboutReply(served.library, {}), { color: wantsColor(process.stdout) }));
  return 0;
}

// A closed pipe (`… | head`) is a normal way for a reader to stop: exit quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof ArticleError || err instanceof ConfigError || err instanceof UsageError;
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `${err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `${message}\n${USAGE}` : message}\n`,
    );
    process.exitCode = known || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  },
);
