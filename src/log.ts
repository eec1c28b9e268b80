// Structured logs (pino) on stderr, so stdout stays clean for JSON and the console. Every line passes through
// `redact` on its way out: no token (the bot's, or an interaction's inside a webhook URL) and no path of the host
// is ever written, whatever an error or a library put in it. Stacks are logged at `debug` and `trace` only.
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Secrets as they appear in text: the bot token, and interaction tokens inside Discord's webhook and callback URLs. */
const SECRETS: [RegExp, string][] = [
  [/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g, '[token]'],
  [/(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9._-]{20,}/g, '$1[token]'],
  [/("(?:token|authorization|Authorization)"\s*:\s*")[^"]*"/g, '$1[token]"'],
  [/\bBot [A-Za-z0-9._-]{20,}/g, 'Bot [token]'],
];

/** A line as it may be written: secrets replaced, the project folder shown as `.`, the home folder as `~`. */
export function redact(line: string): string {
  let out = line;
  for (const [re, by] of SECRETS) out = out.replace(re, by);
  const cwd = process.cwd();
  if (cwd.length > 1) out = out.split(`${cwd}${sep}`).join(`.${sep}`).split(cwd).join('.');
  const home = homedir();
  if (home.length > 1) out = out.split(home).join('~');
  return out;
}

/** discord.js and Node errors carry the request (URL with the interaction token, whole body): keep what helps. */
function errSerializer(withStack: boolean) {
  return (err: unknown) => {
    if (!(err instanceof Error)) return err;
    const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
    return {
      type: e.name,
      message: e.message,
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(typeof e.status === 'number' ? { status: e.status } : {}),
      ...(typeof e.method === 'string' ? { method: e.method } : {}),
      ...(typeof e.url === 'string' ? { url: e.url } : {}),
      ...(withStack && e.stack ? { stack: e.stack } : {}),
    };
  };
}

export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination: DestinationStream = pino.destination({ dest: 2, sync: true }),
): Logger {
  const lvl = LEVELS.includes(level) ? level : 'info';
  const withStack = lvl === 'debug' || lvl === 'trace';
  return pino(
    {
      level: lvl,
      base: undefined,
      serializers: { err: errSerializer(withStack), error: errSerializer(withStack) },
      hooks: { streamWrite: redact },
    },
    destination,
  );
}

/**
 * A path as logs and replies may show it: relative to the working directory (the project) when inside it, else
 * its last two parts. The host's layout (a home folder, a user name) is nobody's business.
 */
export function displayPath(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel;
  return `…/${abs.split(sep).slice(-2).join('/')}`;
}

/** A short id that a user can quote and an operator can find in the log. */
export const newErrorId = () => randomBytes(4).toString('hex');
