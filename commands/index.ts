// The command registry: every command the bot offers, in the order /help lists them.
import type { ArticleCommand } from '../src/command.ts';
import type { DiscordCommand } from '../src/discord/context.ts';
import * as about from './about.ts';
import * as article from './article.ts';
import * as articles from './articles.ts';
import * as ask from './ask.ts';
import * as help from './help.ts';
import * as quotes from './quotes.ts';
import * as timeline from './timeline.ts';

/** The commands with their Discord face (`execute`, `autocomplete`), checked by the compiler. */
export const discordCommands: DiscordCommand[] = [ask, quotes, timeline, about, articles, article, help];

export const commands: ArticleCommand[] = discordCommands;

export function findCommand(name: string): ArticleCommand | undefined {
  return commands.find((c) => c.data.name === name.toLowerCase());
}
