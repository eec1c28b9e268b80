import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { quotesReply } from '../src/answer/lists.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';
import { articleChoices, speakerChoices } from '../src/discord/choices.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { answerCommand, respondChoices } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('The direct quotes in the article, grouped by who said them')
  .addStringOption((o) =>
    o.setName('speaker').setDescription('Only this speaker').setAutocomplete(true).setMaxLength(100),
  )
  .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions, view: { page?: number; pageSize?: number } = {}) {
  return quotesReply(ctx.library, {
    speaker: optString(options, 'speaker'),
    article: optString(options, 'article'),
    ...view,
  });
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  const options = {
    speaker: interaction.options.getString('speaker') ?? undefined,
    article: interaction.options.getString('article') ?? undefined,
  };
  await answerCommand(interaction, ctx, (view) => answer(ctx, options, view), { paged: options });
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext) {
  const focused = interaction.options.getFocused(true);
  const choices =
    focused.name === 'article'
      ? articleChoices(ctx.library, focused.value)
      : speakerChoices(ctx.library, interaction.options.getString('article'), focused.value);
  await respondChoices(interaction, ctx.log, choices);
}
