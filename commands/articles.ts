import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { articlesReply } from '../src/answer/lists.ts';
import type { CommandContext, CommandOptions } from '../src/command.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { answerCommand } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('articles')
  .setDescription('The articles I can answer questions about');

export function answer(ctx: CommandContext, _options: CommandOptions, view: { page?: number; pageSize?: number } = {}) {
  return articlesReply(ctx.library, view);
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  await answerCommand(interaction, ctx, (view) => answer(ctx, {}, view), { paged: {} });
}
