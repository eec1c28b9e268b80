import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { timelineReply } from '../src/answer/lists.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';
import { articleChoices } from '../src/discord/choices.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { answerCommand, respondChoices } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('The dated events in the article, oldest first')
  .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions, view: { page?: number; pageSize?: number } = {}) {
  return timelineReply(ctx.library, { article: optString(options, 'article'), ...view });
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  const options = { article: interaction.options.getString('article') ?? undefined };
  await answerCommand(interaction, ctx, (view) => answer(ctx, options, view), { paged: options });
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext) {
  await respondChoices(interaction, ctx.log, articleChoices(ctx.library, interaction.options.getFocused()));
}
