import { SlashCommandBuilder } from 'discord.js';
import { timelineReply } from '../src/answer/lists.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('The dated events in the article, oldest first')
  .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions, view: { page?: number; pageSize?: number } = {}) {
  return timelineReply(ctx.library, { article: optString(options, 'article'), ...view });
}
