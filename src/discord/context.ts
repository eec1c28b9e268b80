// What a command's Discord face (`execute`, `autocomplete`) gets besides the interaction: the library, a logger,
// the cooldown and the rule that decides when to defer. One context per running bot.
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { ArticleCommand, CommandContext } from '../command.ts';
import type { Catalog } from '../catalog.ts';
import type { Library } from '../library.ts';
import type { Logger } from '../log.ts';
import { Cooldown } from './cooldown.ts';

/** Above this many served articles a search may take a while: commands defer before answering. */
export const DEFER_ABOVE_ARTICLES = 50;
/** A command whose last answer took longer than this defers from then on (Discord allows 3 s to acknowledge). */
export const SLOW_ANSWER_MS = 1000;

export interface DiscordContext extends CommandContext {
  /** The bundled library; each interaction is answered from its server's (`catalog.forGuild`), set in events.ts. */
  library: Library;
  log: Logger;
  cooldown: Cooldown;
  /** Commands defer when more articles than this are served. */
  deferAboveArticles: number;
  /** How long the last answer of each command took, in ms. */
  lastAnswerMs: Map<string, number>;
  /** Items per page of paged replies; undefined keeps each command's own page size. */
  pageSize?: number;
}

/** The view a paged command builds: the page, and the page size when the context overrides it. */
export function viewOf(ctx: DiscordContext, page: number): { page: number; pageSize?: number } {
  return ctx.pageSize ? { page, pageSize: ctx.pageSize } : { page };
}

/** A command module as the bot sees it: the shared part plus its Discord face. */
export interface DiscordCommand extends ArticleCommand {
  execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: DiscordContext): Promise<void>;
}

/** What a context is built from; `BotOptions` (bot.ts) extends it. */
export interface ContextOptions {
  library: Library;
  /** Per-server articles; without it every server is served `library`. */
  catalog?: Catalog;
  log: Logger;
  cooldownSeconds?: number;
  /** Commands defer when more articles than this are served. */
  deferAboveArticles?: number;
  /** Clock for the cooldown (tests). */
  now?: () => number;
  /** Items per page of paged replies (default: each command's own). */
  pageSize?: number;
}

export function createContext(opts: ContextOptions): DiscordContext {
  return {
    library: opts.library,
    catalog: opts.catalog,
    log: opts.log,
    cooldown: new Cooldown((opts.cooldownSeconds ?? 3) * 1000, opts.now ?? Date.now),
    deferAboveArticles: opts.deferAboveArticles ?? DEFER_ABOVE_ARTICLES,
    lastAnswerMs: new Map(),
    pageSize: opts.pageSize,
  };
}

/** Whether `command` should defer before building its answer. */
export function shouldDefer(ctx: DiscordContext, command: string): boolean {
  return ctx.library.docs.length > ctx.deferAboveArticles || (ctx.lastAnswerMs.get(command) ?? 0) > SLOW_ANSWER_MS;
}
