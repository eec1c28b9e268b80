// Configuration from the environment (and .env through dotenv), validated once at start.
// A bad value gets one clear line naming the variable; the token itself is never printed.
import { z } from 'zod';
import { isTimeZone } from './annotate/dates-calendar.ts';
import { parseAllowHosts } from './ingest/fetch.ts';

/** Discord bot tokens are three base64url parts separated by dots. */
const TOKEN = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
const SNOWFLAKE = /^\d{15,21}$/;

/** What serving articles needs: the offline CLI reads only these, so a bad Discord setting never stops it. */
const articlesSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ARTICLES_DIR: z.string().trim().min(1).default('data/articles'),
  DEFAULT_ARTICLE: z.string().trim().min(1).optional(),
  ARTICLE_TIMEZONE: z
    .string()
    .trim()
    .refine(isTimeZone, 'is not a time zone: use an IANA name such as America/New_York, Europe/London or UTC')
    .default('UTC'),
});

const schema = articlesSchema.extend({
  DISCORD_TOKEN: z.string().trim().regex(TOKEN, 'is not a Discord bot token (three dot-separated parts)').optional(),
  DISCORD_CLIENT_ID: z
    .string()
    .trim()
    .regex(SNOWFLAKE, 'must be the application id, a number of 15 to 21 digits')
    .optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(SNOWFLAKE, 'must be a server id, a number of 15 to 21 digits').optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
    .default('https://discord.com/api'),
  COOLDOWN_SECONDS: z.coerce.number().min(0, 'must be 0 or more').max(3600, 'must be at most 3600').default(3),
  DATABASE_PATH: z.string().trim().min(1).default('data/library.db'),
  MAX_ARTICLES_PER_SERVER: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(10_000, 'must be at most 10000')
    .default(50),
  ARTICLE_FETCH_ALLOW: z.string().optional(),
  DISCORD_ATTACHMENT_URLS: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s,]+(?:\s*,\s*https?:\/\/[^\s,]+)*$/, 'must be comma-separated http(s) URLs')
    .optional(),
  SHARD_COUNT: z
    .string()
    .trim()
    .regex(/^(auto|[1-9]\d{0,2}|1000)$/, 'must be "auto" or a whole number of shards from 1 to 1000')
    .default('auto'),
});

export interface Config {
  discord: { token: string; clientId: string | null; guildId: string | null; apiUrl: string } | null;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  cooldownSeconds: number;
  articlesDir: string;
  defaultArticle: string | null;
  /** The time zone articles are written in (ARTICLE_TIMEZONE): their publication day when a timestamp has no offset. */
  articleTimeZone: string;
  /** Shards for `npm run start:sharded`: "auto" (Discord's recommendation) or a number. */
  shardCount: 'auto' | number;
  /** Per-server articles: where they are stored, how many a server may add, how links are fetched. */
  servers: {
    databasePath: string;
    maxArticles: number;
    /** Hosts exempt from the private-address check (tests: 127.0.0.1); never settable from Discord. */
    fetchAllow: string[];
    /** Where Discord attachments may be downloaded from; null: Discord's own CDN. */
    attachmentBases: string[] | null;
  };
}

export class ConfigError extends Error {}

const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Validates the variables a schema names. Empty variables count as unset, as in most .env files. */
function parse<S extends z.ZodObject>(s: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const vars = Object.fromEntries(Object.keys(s.shape).map((k) => [k, env[k]?.trim() ? env[k] : undefined]));
  const parsed = s.safeParse(vars);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Configuration error: ${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? 'is invalid'}`,
    );
  }
  return parsed.data;
}

/** The part of the configuration that serving articles needs (the command line). */
export function loadArticlesConfig(
  env: NodeJS.ProcessEnv = process.env,
): Pick<Config, 'logLevel' | 'articlesDir' | 'defaultArticle' | 'articleTimeZone'> {
  const c = parse(articlesSchema, env);
  return {
    logLevel: c.LOG_LEVEL,
    articlesDir: c.ARTICLES_DIR,
    defaultArticle: c.DEFAULT_ARTICLE ?? null,
    articleTimeZone: c.ARTICLE_TIMEZONE,
  };
}

/** Reads the whole configuration (the bot). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const c = parse(schema, env);
  return {
    discord: c.DISCORD_TOKEN
      ? {
          token: c.DISCORD_TOKEN,
          clientId: c.DISCORD_CLIENT_ID ?? null,
          guildId: c.DISCORD_GUILD_ID ?? null,
          apiUrl: c.DISCORD_API_URL.replace(/\/+$/, ''),
        }
      : null,
    ...loadArticlesConfig(env),
    cooldownSeconds: c.COOLDOWN_SECONDS,
    shardCount: c.SHARD_COUNT === 'auto' ? 'auto' : Number(c.SHARD_COUNT),
    servers: {
      databasePath: c.DATABASE_PATH,
      maxArticles: c.MAX_ARTICLES_PER_SERVER,
      fetchAllow: parseAllowHosts(c.ARTICLE_FETCH_ALLOW),
      attachmentBases: c.DISCORD_ATTACHMENT_URLS ? list(c.DISCORD_ATTACHMENT_URLS) : null,
    },
  };
}
