// What the end-to-end tests share: the fake token, the shape of the bodies the bot sends, a pino logger that
// collects its JSON lines, and the start-up of the fake Discord plus the real bot (real library from data/articles).
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import type pino from 'pino';
import type { Catalog } from '../../src/catalog.ts';
import { type BotOptions, type RunningBot, startBot } from '../../src/discord/bot.ts';
import { type Library, loadLibraryDir } from '../../src/library.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { assertLoopback, FakeDiscord, type RecordedRequest } from './fake-discord.ts';

/** Shaped like a bot token; the fake accepts nothing else. */
export const TOKEN = 'MTExMTExMTExMTExMTExMTEx.GfakeA.fake-token-for-tests-only-000000';

export interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}
/** A message as the bot sends it: an interaction callback's `data`, or the body of an edit. */
export interface MessageData {
  content?: string;
  embeds?: Embed[];
  components?: { components: { custom_id: string; disabled?: boolean; label?: string }[] }[];
  allowed_mentions?: { parse: string[] };
  flags?: number;
  choices?: { name: string; value: string }[];
}
/** The body of an interaction callback. */
export interface CallbackBody {
  type: number;
  data?: MessageData;
}
/** A recorded request's body as an interaction callback. */
export const body = (r: RecordedRequest) => r.body as CallbackBody;

/** One parsed pino line. */
export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

/** A pino logger at `level` whose lines are parsed into `lines`. */
export function captureLogs(level: pino.Level): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(level, sink), lines };
}

export type HarnessOptions = Omit<BotOptions, 'discord' | 'library' | 'log' | 'catalog'> & {
  /** Level of the captured logs (default info). */
  logLevel?: pino.Level;
  /** Per-server articles over the bundled library (the /article command). */
  catalog?: (library: Library) => Catalog;
};

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  library: Library;
  /** Every log line of the bot so far. */
  logs: LogLine[];
  /** Stops the bot, then the fake. */
  stop(): Promise<void>;
}

/** Starts the fake Discord on loopback and the real bot against it; resolves once the bot's session is ready. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const { logLevel = 'info', catalog, ...botOpts } = opts;
  const fake = await new FakeDiscord().start();
  let bot: RunningBot | undefined;
  try {
    assertLoopback(fake.url);
    fake.expectedToken = TOKEN;
    const library = loadLibraryDir('data/articles', { writeCache: false }).library;
    const { log, lines } = captureLogs(logLevel);
    bot = await startBot({ ...botOpts, discord: { token: TOKEN, apiUrl: fake.url }, library, catalog: catalog?.(library), log });
    await fake.waitForSession();
    const running = bot;
    return {
      fake,
      bot,
      library,
      logs: lines,
      stop: async () => {
        await running.stop();
        await fake.stop();
      },
    };
  } catch (err) {
    await bot?.stop().catch(() => undefined);
    await fake.stop().catch(() => undefined);
    throw err;
  }
}

/** The environment of a bot process (`npm start`, `npm run start:sharded`) against the fake at `apiUrl`. */
export function botEnv(
  apiUrl: string,
  extra: Record<string, string> = {},
): { DISCORD_API_URL: string } & Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: apiUrl,
    LOG_LEVEL: 'warn',
    ARTICLES_DIR: resolve('data/articles'),
    ...extra,
  };
}
