// The local console: the bot's face when no DISCORD_TOKEN is set. It takes the same slash commands as Discord,
// one a line, and renders the same Reply model as text. With piped input it exits at end of input.
import { createInterface } from 'node:readline';
import { commands, findCommand } from '../commands/index.ts';
import type { Catalog } from './catalog.ts';
import type { ArticleCommand, CommandContext, CommandOptions } from './command.ts';
import type { Library } from './library.ts';
import { renderText, stripControls, type TextStyle, wantsColor } from './render/text.ts';

/** Longer lines are refused: no command needs more, and echoing them back would flood the screen. */
export const MAX_LINE_LENGTH = 2000;

interface OptionInfo {
  name: string;
  type: number;
  options?: OptionInfo[];
}

const SUBCOMMAND = 1;
const STRING_OPTION = 3;

/**
 * Parses `/name rest` with the command's own options: `name:value` pairs for named options, and the rest
 * of the line as the first string option ("/ask who said it" → question, "/quotes Jane Doe" → speaker).
 */
export function parseCommandLine(line: string): { command: ArticleCommand; options: CommandOptions } | { error: string } {
  const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line.trim());
  if (!m) return { error: 'Commands start with a slash, e.g. /ask who said what? — type /help for the list.' };
  const name = (m[1] ?? '').toLowerCase();
  const command = findCommand(name);
  if (!command) return { error: `Unknown command /${stripControls(name).slice(0, 40)} — try ${commands.map((c) => `/${c.data.name}`).join(', ')}.` };
  let declared = (command.data.toJSON().options ?? []) as OptionInfo[];
  const options: CommandOptions = {};
  let rest = m[2] ?? '';
  // "/article add PATH": the first word names the subcommand, whose options are read from the rest.
  const subcommands = declared.filter((o) => o.type === SUBCOMMAND);
  if (subcommands.length) {
    const [word = '', ...more] = rest.trim().split(/\s+/);
    const sub = subcommands.find((o) => o.name === word.toLowerCase());
    if (!sub) return { error: `Try /${name} ${subcommands.map((o) => o.name).join(', /' + name + ' ')}.` };
    options.subcommand = sub.name;
    declared = sub.options ?? [];
    rest = more.join(' ');
  }
  const known = declared.filter((o) => o.type === STRING_OPTION);
  for (const o of known) {
    const re = new RegExp(`(?:^|\\s)${o.name}:(?:"([^"]*)"|(\\S+))`, 'i');
    const found = re.exec(rest);
    if (found) {
      options[o.name] = found[1] ?? found[2];
      rest = rest.replace(found[0], ' ');
    }
  }
  rest = rest.trim();
  const first = known.find((o) => options[o.name] === undefined);
  if (rest && first) options[first.name] = rest;
  return { command, options };
}

/** Answers one console line; returns the text to print, or null for `exit`. */
export async function answerLine(ctx: CommandContext, line: string, style: TextStyle = { color: false }): Promise<string | null> {
  const trimmed = line.trim();
  if (/^(?:exit|quit|\/exit|\/quit)$/i.test(trimmed)) return null;
  if (!trimmed) return 'Type a command such as /ask who said what? — or /help, or exit.';
  if (trimmed.length > MAX_LINE_LENGTH) return `That line is ${trimmed.length} characters long; keep commands under ${MAX_LINE_LENGTH}.`;
  const parsed = parseCommandLine(trimmed);
  if ('error' in parsed) return parsed.error;
  try {
    const { command, options } = parsed;
    const reply = command.run
      ? await command.run(ctx, options)
      : command.answer(ctx, options, { pageSize: Number.POSITIVE_INFINITY });
    return renderText(reply, style);
  } catch (err) {
    return `Sorry, that failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** The console is one local server, whose operator manages its articles. */
export const CONSOLE_SERVER = 'console';

export async function runConsole(opts: {
  library: Library;
  catalog?: Catalog;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** Resolves on SIGINT/SIGTERM: the console then closes and exits 0. */
  stopped?: Promise<unknown>;
}): Promise<number> {
  const { library, catalog, input, output } = opts;
  const interactive = Boolean(input.isTTY);
  // On a terminal, wrap to its width (at most 100 columns, easier to read); elsewhere leave lines whole.
  const columns = (output as { columns?: number }).columns ?? 0;
  const style: TextStyle = { color: wantsColor(output), width: interactive && columns > 0 ? Math.min(columns, 100) : 0 };
  const doc = library.byId.get(library.defaultId);
  if (interactive) {
    output.write(
      `No DISCORD_TOKEN set: local console on “${stripControls(doc?.article.title ?? library.defaultId)}”` +
        `${library.docs.length > 1 ? ` and ${library.docs.length - 1} more` : ''}.\n` +
        'Type /ask <question>, /quotes [speaker], /timeline, /about, /articles, /help, or exit.\n',
    );
  }
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Number.POSITIVE_INFINITY });
  // Ctrl-C on a terminal (readline's own SIGINT) or a signal from outside: finish like `exit`.
  rl.on('SIGINT', () => rl.close());
  void opts.stopped?.then(() => rl.close());
  if (interactive) {
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const ctx: CommandContext = catalog
      ? { library: catalog.forGuild(CONSOLE_SERVER), catalog, guildId: CONSOLE_SERVER, userId: 'console', canManage: true }
      : { library };
    const text = await answerLine(ctx, line, style);
    if (text === null) break;
    output.write(`${text}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}
