// `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console on the served articles.
// Stop signals are watched from the first line: a SIGTERM during start-up is a clean, logged stop.
import { guardProcess, watchStop } from './lifecycle.ts';

const stop = watchStop();

async function main(): Promise<number> {
  await import('dotenv/config');
  const { ConfigError, loadConfig } = await import('./config.ts');
  const { ArticleError, loadLibraryDir } = await import('./library.ts');
  const { createLogger } = await import('./log.ts');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  // The console keeps its screen for answers: only warnings and errors are logged there.
  const log = createLogger(config.discord ? config.logLevel : 'warn');
  let library: ReturnType<typeof loadLibraryDir>['library'];
  log.info('loading articles');
  try {
    library = loadLibraryDir(config.articlesDir, {
      defaultId: config.defaultArticle ?? undefined,
      log,
      timeZone: config.articleTimeZone,
    }).library;
  } catch (err) {
    if (err instanceof ArticleError) {
      process.stderr.write(`Cannot start: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  // Loading is synchronous: a signal that came meanwhile is read in the next poll phase of the event loop, which
  // lies between this turn's check phase and the next one's.
  for (let turn = 0; turn < 2; turn++) await new Promise((r) => setImmediate(r));
  if (stop.reason()) {
    log.warn({ signal: stop.reason() }, 'stopped during start-up, before connecting');
    return 0;
  }
  const { openCatalog } = await import('./catalog.ts');
  let catalog: Awaited<ReturnType<typeof openCatalog>>;
  try {
    catalog = openCatalog(library, config);
  } catch (err) {
    process.stderr.write(`Cannot start: cannot open the article database (${err instanceof Error ? err.message : String(err)})\n`);
    return 2;
  }
  if (config.discord) {
    guardProcess(log);
    const { runBot } = await import('./discord/bot.ts');
    const code = await runBot({ config, discord: config.discord, library, catalog, log, stop });
    // Stopped: a login still in flight (or a client that would not close) must not keep the process up; the
    // short grace lets the last log lines reach stderr.
    setTimeout(() => process.exit(code), 200).unref();
    return code;
  }
  const { runConsole } = await import('./console.ts');
  return runConsole({ library, catalog, input: process.stdin, output: process.stdout, stopped: stop.stopped });
}

// A closed pipe (`npm start | head`) is a normal way for a reader to stop: exit quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Fatal: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
