import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { aboutReply } from '../src/answer/lists.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';
import { articleChoices } from '../src/discord/choices.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { answerCommand, respondChoices } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('Title, source, publication date and what the article contains')
  .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions) {
  return aboutReply(ctx.library, { article: optString(options, 'article') });
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  const article = interaction.options.getString('article') ?? undefined;
  await answerCommand(interaction, ctx, () => answer(ctx, { article }));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext) {
  await respondChoices(interaction, ctx.log, articleChoices(ctx.library, interaction.options.getFocused()));
}
