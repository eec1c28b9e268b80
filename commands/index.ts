// The command registry: every command the bot offers, in the order /help lists them.
import type { ArticleCommand } from '../src/command.ts';
import * as about from './about.ts';
import * as articles from './articles.ts';
import * as ask from './ask.ts';
import * as help from './help.ts';
import * as quotes from './quotes.ts';
import * as timeline from './timeline.ts';

export const commands: ArticleCommand[] = [ask, quotes, timeline, about, articles, help];

export function findCommand(name: string): ArticleCommand | undefined {
  return commands.find((c) => c.data.name === name.toLowerCase());
}
