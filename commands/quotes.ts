import { SlashCommandBuilder } from 'discord.js';
import { quotesReply } from '../src/answer/lists.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('The direct quotes in the article, grouped by who said them')
  .addStringOption((o) => o.setName('speaker').setDescription('Only this speaker').setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions, view: { page?: number; pageSize?: number } = {}) {
  return quotesReply(ctx.library, { speaker: optString(options, 'speaker'), article: optString(options, 'article'), ...view });
}
