import { SlashCommandBuilder } from 'discord.js';
import { aboutReply } from '../src/answer/lists.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('Title, source, publication date and what the article contains')
  .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions) {
  return aboutReply(ctx.library, { article: optString(options, 'article') });
}
