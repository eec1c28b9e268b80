// What a command module in commands/ exports. The answering part (`answer`) is pure and shared by the
// Discord adapter and the local console; `execute`/`autocomplete` are the Discord face of the same command.
import type { Catalog } from './catalog.ts';
import type { Library } from './library.ts';
import type { Reply } from './reply/model.ts';

export interface CommandContext {
  library: Library;
  /** Per-server articles (the /article command); absent where there is no store (the command line). */
  catalog?: Catalog;
  /** The server the command came from (the console is one local server) and the user, for /article. */
  guildId?: string | null;
  userId?: string;
  /** Whether the user may manage the server's articles (Discord's Manage Server; the console's operator may). */
  canManage?: boolean;
}

/** Option values by option name, as typed in Discord or in the console. */
export type CommandOptions = Record<string, string | number | boolean | undefined>;

/** The part of a slash-command builder the rest of the app reads. */
export interface CommandData {
  name: string;
  description: string;
  toJSON(): { name: string; description: string; options?: readonly unknown[] };
}

export interface ArticleCommand {
  data: CommandData;
  /** Builds the reply; `page` is 1-based, `pageSize` Infinity shows everything (console). */
  answer(ctx: CommandContext, options: CommandOptions, view?: { page?: number; pageSize?: number }): Reply;
  /** Commands that do I/O (fetch a link, write the store) answer here instead; the faces await it when present. */
  run?(ctx: CommandContext, options: CommandOptions): Promise<Reply>;
}

export const optString = (o: CommandOptions, name: string): string | undefined => {
  const v = o[name];
  return v === undefined || v === null ? undefined : String(v);
};
