// `npm run deploy`: registers the slash commands with Discord (one PUT of the whole list) and prints what changed
// against what was registered before. Guild commands (instant) when DISCORD_GUILD_ID is set, else global ones.
// The bot itself never registers commands.
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { discordCommands } from '../../commands/index.ts';
import { ConfigError, loadConfig } from '../config.ts';

export interface DeployOptions {
  token: string;
  clientId: string;
  guildId: string | null;
  apiUrl: string;
  /** Where the report lines go (stdout by default). */
  print?: (line: string) => void;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  /** The JSON sent with the PUT. */
  body: unknown[];
}

type Json = Record<string, unknown>;

/** Only the fields we send, with Discord's defaults filled in, so a command Discord echoes back compares equal. */
function normalizeOption(o: Json): Json {
  const out: Json = { type: o.type, name: o.name, description: o.description, required: o.required ?? false };
  for (const k of ['autocomplete', 'min_length', 'max_length', 'min_value', 'max_value', 'channel_types']) {
    if (o[k] !== undefined && o[k] !== false) out[k] = o[k];
  }
  if (Array.isArray(o.choices) && o.choices.length)
    out.choices = o.choices.map((c: Json) => ({ name: c.name, value: c.value }));
  if (Array.isArray(o.options) && o.options.length) out.options = (o.options as Json[]).map(normalizeOption);
  return out;
}

function normalizeCommand(c: Json): string {
  return JSON.stringify({
    type: c.type ?? 1,
    name: c.name,
    description: c.description,
    options: ((c.options as Json[] | undefined) ?? []).map(normalizeOption),
    nsfw: c.nsfw ?? false,
    default_member_permissions: c.default_member_permissions ?? null,
  });
}

/** Compares the commands to register with the registered ones, by name. */
export function diffCommands(wanted: Json[], current: Json[]): Omit<DeployResult, 'scope' | 'body'> {
  const have = new Map(current.map((c) => [String(c.name), c]));
  const want = new Map(wanted.map((c) => [String(c.name), c]));
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [name, c] of want) {
    const old = have.get(name);
    if (!old) added.push(name);
    else if (normalizeCommand(old) !== normalizeCommand(c)) changed.push(name);
    else unchanged.push(name);
  }
  const removed = [...have.keys()].filter((n) => !want.has(n));
  return { added, changed, removed, unchanged };
}

/** Registers every command of the registry, replacing what was registered in the same scope. */
export async function deployCommands(opts: DeployOptions): Promise<DeployResult> {
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const rest = new REST({ api: opts.apiUrl }).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.clientId, opts.guildId)
    : Routes.applicationCommands(opts.clientId);
  const scope = opts.guildId ? 'guild' : 'global';
  const body = discordCommands.map((c) => c.data.toJSON() as unknown as Json);
  const current = (await rest.get(route)) as Json[];
  const diff = diffCommands(body, current);
  await rest.put(route, { body });
  const where = opts.guildId
    ? `server ${opts.guildId}`
    : 'all servers (global commands can take up to an hour to appear)';
  print(`Registered ${body.length} commands for ${where}.`);
  const list = (names: string[]) => names.map((n) => `/${n}`).join(', ');
  if (diff.added.length) print(`  added:     ${list(diff.added)}`);
  if (diff.changed.length) print(`  changed:   ${list(diff.changed)}`);
  if (diff.removed.length) print(`  removed:   ${list(diff.removed)}`);
  if (diff.unchanged.length) print(`  unchanged: ${list(diff.unchanged)}`);
  return { scope, body, ...diff };
}

export interface CliIO {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Read .env first (the real command line does; tests don't). */
  dotenv: boolean;
}

const realIO = (): CliIO => ({
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  dotenv: true,
});

/** The command line: deploys and resolves 0; one clear line on stderr and 2 (bad setup) or 1 (Discord said no). */
export async function deployCli(io: CliIO = realIO()): Promise<number> {
  if (io.dotenv) {
    const { config: loadDotenv } = await import('dotenv');
    loadDotenv({ quiet: true });
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
  if (!config.discord) {
    io.err('Cannot deploy: DISCORD_TOKEN is not set (the bot token from the developer portal, Bot tab).');
    return 2;
  }
  if (!config.discord.clientId) {
    io.err('Cannot deploy: DISCORD_CLIENT_ID is not set (the application id, General Information tab).');
    return 2;
  }
  try {
    await deployCommands({ ...config.discord, clientId: config.discord.clientId, print: io.out });
    return 0;
  } catch (err) {
    const e = err as { status?: number; message?: string };
    const hint =
      e.status === 401
        ? ' (Discord rejected DISCORD_TOKEN)'
        : e.status === 403 || e.status === 404
          ? ' (check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with applications.commands)'
          : '';
    io.err(`Cannot deploy: ${e.message ?? String(err)}${hint}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  deployCli().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`Cannot deploy: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
