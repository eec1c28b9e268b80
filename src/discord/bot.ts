// The Discord bot: one discord.js client (Guilds intent only), the commands from the registry, every interaction
// through events.ts. Commands are registered by `npm run deploy`, never on start.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { discordCommands } from '../../commands/index.ts';
import { warmUp } from '../answer/ask.ts';
import type { Config } from '../config.ts';
import type { Library } from '../library.ts';
import type { Logger } from '../log.ts';
import { type ContextOptions, createContext, type DiscordCommand, type DiscordContext } from './context.ts';
import { handleInteraction } from './events.ts';

export interface BotOptions extends ContextOptions {
  discord: { token: string; apiUrl: string };
  /** The commands served (default: the registry in commands/index.ts; tests add their own). */
  commands?: DiscordCommand[];
}

export interface RunningBot {
  client: Client<true>;
  ctx: DiscordContext;
  /** Closes the gateway connection and stops the client. */
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 5000;
/** Errors of a send to the sharding manager that has died. */
const IPC_GONE = new Set(['ERR_IPC_CHANNEL_CLOSED', 'EPIPE', 'ECONNRESET']);

/** Logs in and resolves once the client is ready. */
export async function startBot(opts: BotOptions): Promise<RunningBot> {
  const registry = new Map<string, DiscordCommand>((opts.commands ?? discordCommands).map((c) => [c.data.name, c]));
  const find = (name: string) => registry.get(name);
  const ctx = createContext(opts);
  const log = opts.log;
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: opts.discord.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, ctx, find).catch((err) => log.error({ err }, 'interaction handler crashed'));
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));

  // Before logging in, so that the first interaction never waits for lazy loading (Discord allows 3 s).
  warmUp(opts.library);
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(opts.discord.token);
  } catch (err) {
    await client.destroy().catch(() => undefined);
    throw err;
  }
  const readyClient = await ready;
  log.info(
    {
      user: readyClient.user.tag,
      guilds: readyClient.guilds.cache.size,
      commands: [...registry.keys()],
      articles: opts.library.docs.length,
    },
    'bot ready',
  );
  return {
    client: readyClient,
    ctx,
    stop: async () => {
      await client.destroy();
    },
  };
}

/**
 * Resolves on the first SIGINT or SIGTERM, or, in a shard process of `npm run start:sharded`, when the manager's IPC
 * channel closes (the manager died); `cancel` removes the handlers.
 */
function stopSignal(): { signal: Promise<NodeJS.Signals | 'disconnect'>; cancel: () => void } {
  let on: (signal: NodeJS.Signals | 'disconnect') => void = () => {};
  const onDisconnect = () => on('disconnect');
  const cancel = () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
    process.off('disconnect', onDisconnect);
  };
  const signal = new Promise<NodeJS.Signals | 'disconnect'>((resolve) => {
    on = (sig) => {
      cancel();
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
    if (process.env.SHARDING_MANAGER && process.connected) {
      process.on('disconnect', onDisconnect);
      // discord.js's ShardClientUtil reports to the manager (ready, reconnecting…); once the manager is gone those
      // sends fail as an 'error' event on process (EPIPE while the channel closes, ERR_IPC_CHANNEL_CLOSED after),
      // which must not crash the shutdown.
      process.on('error', (err: NodeJS.ErrnoException) => {
        if (!IPC_GONE.has(err.code ?? '')) throw err;
      });
    }
  });
  return { signal, cancel };
}

/** `npm start` with a token: runs until SIGINT/SIGTERM, then stops within 5 s. Resolves to the exit code. */
export async function runBot(opts: {
  config: Config;
  discord: NonNullable<Config['discord']>;
  library: Library;
  log: Logger;
}): Promise<number> {
  const { config, discord, library, log } = opts;
  // discord.js's Client reads SHARDS and SHARD_COUNT from the environment. Under `npm run start:sharded` the manager
  // sets them for this shard process; run alone, SHARD_COUNT is the manager's setting (maybe "auto") and would break
  // the client, so `npm start` always runs one shard.
  if (!process.env.SHARDING_MANAGER) delete process.env.SHARD_COUNT;
  const { signal, cancel } = stopSignal();
  const starting = startBot({ discord, library, log, cooldownSeconds: config.cooldownSeconds });
  const first = await Promise.race([
    starting.then(
      (bot) => ({ bot }),
      (err: unknown) => ({ err }),
    ),
    signal.then(() => null),
  ]);
  if (first === null) {
    // Stopped while connecting: close the client if it comes up, but don't wait more than the stop timeout.
    log.info('stopped before the bot was ready');
    // A login that hangs must not hold the stop past 5 s: give it a second, then the process exits regardless.
    await withTimeout(
      starting.then((b) => b.stop()),
      1000,
    ).catch(() => undefined);
    return 0;
  }
  if ('err' in first) {
    cancel();
    log.error({ err: first.err }, 'could not connect to Discord');
    process.stderr.write(`Cannot start the bot: ${describeStartError(first.err)}\n`);
    return 1;
  }
  const { bot } = first;
  const sig = await signal;
  log.info({ signal: sig }, 'stopping');
  const timedOut = await withTimeout(bot.stop(), STOP_TIMEOUT_MS).then(
    (done) => !done,
    (err: unknown) => {
      log.error({ err }, 'error while stopping');
      return false;
    },
  );
  if (timedOut) log.warn({ ms: STOP_TIMEOUT_MS }, 'the client did not close in time; exiting anyway');
  log.info('stopped');
  // A shard process of `npm run start:sharded`: the manager's IPC channel would keep the process alive.
  if (process.env.SHARDING_MANAGER && process.connected) process.disconnect();
  return 0;
}

/** Resolves true when `p` settles in time, false after `ms`. */
async function withTimeout(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function describeStartError(err: unknown): string {
  const e = err as { status?: number; code?: string | number; message?: string };
  if (e?.status === 401 || e?.code === 'TokenInvalid')
    return 'Discord rejected DISCORD_TOKEN (401). Check the token in the developer portal.';
  return e?.message ?? String(err);
}
