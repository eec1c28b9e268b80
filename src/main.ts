// `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console on the served articles.
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.ts';
import { ArticleError, loadLibraryDir } from './library.ts';
import { createLogger } from './log.ts';

async function main(): Promise<number> {
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
  try {
    library = loadLibraryDir(config.articlesDir, { defaultId: config.defaultArticle ?? undefined, log }).library;
  } catch (err) {
    if (err instanceof ArticleError) {
      process.stderr.write(`Cannot start: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (config.discord) {
    const { runBot } = await import('./discord/bot.ts');
    const code = await runBot({ config, discord: config.discord, library, log });
    // Stopped: a login still in flight (or a client that would not close) must not keep the process up; the
    // short grace lets the last log lines reach stderr.
    setTimeout(() => process.exit(code), 200).unref();
    return code;
  }
  const { runConsole } = await import('./console.ts');
  return runConsole({ library, input: process.stdin, output: process.stdout });
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
