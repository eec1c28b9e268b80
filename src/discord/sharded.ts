// `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard. Each shard process runs
// the normal entry (src/main.ts, which runs the bot when DISCORD_TOKEN is set); the manager passes it SHARDS and
// SHARD_COUNT, which discord.js's Client reads by itself. SHARD_COUNT=auto asks Discord for the recommended count.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type APIGatewayBotInfo, REST, Routes, type Shard, ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';

/** Discord lets `max_concurrency` shards IDENTIFY per 5 s: the manager waits this long, split between them. */
const IDENTIFY_WINDOW_MS = 5500;
/** How long a shard may take to become ready. */
const READY_TIMEOUT_MS = 30_000;
/** How long a shard process gets to close its gateway connection after SIGTERM (runBot's own limit is 5 s). */
const STOP_TIMEOUT_MS = 7000;

export interface ShardedOptions {
  env?: NodeJS.ProcessEnv;
  err?: (line: string) => void;
  /** Resolves when the manager should stop (default: the first SIGINT or SIGTERM). */
  stop?: Promise<unknown>;
}

/** The shard processes run this: the normal entry. */
export const SHARD_FILE = fileURLToPath(new URL('../main.ts', import.meta.url));

/**
 * Runs until stopped; resolves to the exit code: 2 for a configuration error (one line on stderr), 1 when Discord
 * refuses the token or a shard cannot start, 0 after a clean stop.
 */
export async function runSharded(opts: ShardedOptions = {}): Promise<number> {
  const err = opts.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(opts.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
  if (!config.discord) {
    err('Cannot start the sharded bot: DISCORD_TOKEN is not set (developer portal → your application → Bot).');
    return 2;
  }
  const { token, apiUrl } = config.discord;
  const log = createLogger(config.logLevel);

  // Asked once, through the configured API URL: discord.js's own `totalShards: 'auto'` always asks discord.com.
  let info: APIGatewayBotInfo;
  try {
    info = (await new REST({ api: apiUrl }).setToken(token).get(Routes.gatewayBot())) as APIGatewayBotInfo;
  } catch (e) {
    const status = (e as { status?: number }).status;
    err(
      `Cannot start the sharded bot: ${status === 401 ? 'Discord rejected DISCORD_TOKEN (401). Check the token in the developer portal.' : `GET /gateway/bot failed: ${(e as Error).message}`}`,
    );
    return 1;
  }
  const totalShards = config.shardCount === 'auto' ? Math.max(1, info.shards) : config.shardCount;
  const maxConcurrency = Math.max(1, info.session_start_limit?.max_concurrency ?? 1);
  const delay = totalShards <= maxConcurrency ? 0 : Math.ceil(IDENTIFY_WINDOW_MS / maxConcurrency);

  const manager = new ShardingManager(SHARD_FILE, {
    token,
    totalShards,
    mode: 'process',
    respawn: true,
    // Node 20 cannot run .ts by itself: each shard process loads tsx (resolved here, so any working directory works).
    execArgv: ['--import', import.meta.resolve('tsx')],
  });
  manager.on('shardCreate', (shard) => watch(shard, log));
  log.info({ totalShards, recommended: info.shards, maxConcurrency, delayMs: delay }, 'spawning shards');

  const stop = opts.stop ?? stopSignal();
  const spawning = manager.spawn({ amount: totalShards, delay, timeout: READY_TIMEOUT_MS }).then(
    () => null,
    (e: unknown) => e,
  );
  const first = await Promise.race([spawning, stop.then(() => 'stop' as const)]);
  if (first !== 'stop' && first !== null) {
    manager.respawn = false;
    await killAll(manager, log);
    err(`Cannot start the sharded bot: ${first instanceof Error ? first.message : String(first)}`);
    return 1;
  }
  if (first === null) {
    log.info({ shards: manager.shards.size }, 'all shards ready');
    await stop;
  }
  log.info('stopping shards');
  manager.respawn = false;
  await killAll(manager, log);
  // A shard may still have been spawning (the loop waits `delay` between shards): stop whatever it started.
  await spawning;
  await killAll(manager, log);
  log.info('stopped');
  return 0;
}

/** Logs one shard's life: ready, death (with its exit code), reconnects. */
function watch(shard: Shard, log: Logger): void {
  log.info({ shard: shard.id }, 'shard spawned');
  shard.on('ready', () => log.info({ shard: shard.id }, 'shard ready'));
  shard.on('spawn', (child) => {
    (child as ChildProcess).on('exit', (code, signal) =>
      log.info({ shard: shard.id, code, signal }, 'shard process exited'),
    );
  });
  shard.on('reconnecting', () => log.info({ shard: shard.id }, 'shard reconnecting'));
  shard.on('error', (e) => log.error({ shard: shard.id, err: e }, 'shard error'));
}

/** SIGTERMs every shard process (each closes its gateway connection) and waits for them to exit. */
async function killAll(manager: ShardingManager, log: Logger): Promise<void> {
  const exits: Promise<unknown>[] = [];
  for (const shard of manager.shards.values()) {
    const child = shard.process;
    if (!child) continue;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      const late = new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref());
      exits.push(
        Promise.race([exited, late]).then(() => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          log.warn({ shard: shard.id }, 'shard did not stop in time; killing it');
          child.kill('SIGKILL');
        }),
      );
    }
    shard.kill(); // SIGTERM, without the respawn
  }
  await Promise.all(exits);
}

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (sig: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { config: loadDotenv } = await import('dotenv');
  loadDotenv({ quiet: true });
  runSharded().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Fatal: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
