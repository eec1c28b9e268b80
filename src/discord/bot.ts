// The Discord bot: one discord.js client (Guilds intent only), the commands from the registry, every interaction
// through events.ts. Commands are registered by `npm run deploy`, never on start.
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { discordCommands } from '../../commands/index.ts';
import { warmUp } from '../answer/ask.ts';
import type { Catalog } from '../catalog.ts';
import type { Config } from '../config.ts';
import type { Library } from '../library.ts';
import type { StopWatch } from '../lifecycle.ts';
import type { Logger } from '../log.ts';
import { type ContextOptions, createContext, type DiscordCommand, type DiscordContext } from './context.ts';
import { handleInteraction } from './events.ts';
import { renderReply } from './render.ts';
import { send, sendNotice } from './respond.ts';

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
const REST_TIMEOUT_MS = 5000;
/** How long a stop waits for answers in flight, within the 5 s the README promises. */
const DRAIN_MS = 3000;
const RESTARTING = 'The bot is restarting. Please try again in a moment.';

/** An interaction that arrived while stopping, or is still unanswered at the end of the drain: a polite notice. */
async function refuseWhileStopping(interaction: Interaction, log: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      // A deferred "thinking…" message is replaced by the notice; anything else gets it privately.
      if (interaction.deferred && !interaction.replied) await send(interaction, log, { content: RESTARTING, embeds: [] });
      else if (!interaction.replied) await sendNotice(interaction, log, RESTARTING);
    }
  } catch (err) {
    log.warn({ err }, 'could not tell a user the bot is restarting');
  }
}

/** Logs in and resolves once the client is ready. */
export async function startBot(opts: BotOptions): Promise<RunningBot> {
  const registry = new Map<string, DiscordCommand>((opts.commands ?? discordCommands).map((c) => [c.data.name, c]));
  const find = (name: string) => registry.get(name);
  const ctx = createContext(opts);
  const log = opts.log;
  // A REST call that gets no answer gives up after REST_TIMEOUT_MS and is retried once: an API that accepts the
  // connection and never answers is reported within seconds, not after discord.js's default minute of retries.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: opts.discord.apiUrl, timeout: REST_TIMEOUT_MS, retries: 1 },
  });
  // Every interaction being answered, so that a stop can wait for them (or close them politely).
  const inflight = new Map<Interaction, Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    const work = (stopping ? refuseWhileStopping(interaction, log) : handleInteraction(interaction, ctx, find))
      .catch((err) => log.error({ err }, 'interaction handler crashed'))
      .finally(() => inflight.delete(interaction));
    inflight.set(interaction, work);
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));

  // Before logging in, so that the first interaction never waits for lazy loading (Discord allows 3 s): the
  // search (lexicon, topic finder) and every command's answer and embed, down the path a user's command takes.
  warmUp(opts.library);
  for (const cmd of registry.values()) renderReply(cmd.answer(ctx, { question: 'who said it' }));
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
      stopping = true;
      // Let the answers in flight finish, then close politely whatever is still running.
      const done = await withTimeout(Promise.allSettled(inflight.values()), DRAIN_MS);
      if (!done) {
        log.warn({ pending: inflight.size }, 'interactions still running at stop: telling their users');
        await withTimeout(Promise.allSettled([...inflight.keys()].map((i) => refuseWhileStopping(i, log))), 1000);
      }
      await client.destroy();
    },
  };
}

/** `npm start` with a token: runs until SIGINT/SIGTERM, then stops within 5 s. Resolves to the exit code. */
export async function runBot(opts: {
  config: Config;
  discord: NonNullable<Config['discord']>;
  library: Library;
  catalog?: Catalog;
  log: Logger;
  /** Stop signals, watched since the process started. */
  stop: StopWatch;
}): Promise<number> {
  const { config, discord, library, catalog, log } = opts;
  // discord.js's Client reads SHARDS and SHARD_COUNT from the environment. Under `npm run start:sharded` the manager
  // sets them for this shard process; run alone, SHARD_COUNT is the manager's setting (maybe "auto") and would break
  // the client, so `npm start` always runs one shard.
  if (!process.env.SHARDING_MANAGER) delete process.env.SHARD_COUNT;
  const { stopped: signal, cancel } = opts.stop;
  const starting = startBot({ discord, library, catalog, log, cooldownSeconds: config.cooldownSeconds });
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
  if ((err as Error)?.name === 'AbortError' || e?.code === 'ETIMEDOUT' || e?.code === 'UND_ERR_CONNECT_TIMEOUT')
    return `Discord did not answer in time (${(REST_TIMEOUT_MS / 1000) * 2} s). Check DISCORD_API_URL and the network.`;
  return e?.message ?? String(err);
}
