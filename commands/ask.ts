import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { ask, MAX_QUESTION_LENGTH } from '../src/answer/ask.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';
import { articleChoices, MAX_TYPED, namedArticle } from '../src/discord/choices.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { answerCommand, respondChoices } from '../src/discord/respond.ts';
import { suggestTopics } from '../src/search/search.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article; the answer quotes the sentence it comes from')
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('Your question, e.g. who said what?')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH)
      .setAutocomplete(true),
  )
  .addStringOption((o) => o.setName('article').setDescription('Which article (default: all)').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions) {
  return ask(ctx.library, optString(options, 'question') ?? '', { article: optString(options, 'article') }).reply;
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  const question = interaction.options.getString('question', true);
  const article = interaction.options.getString('article') ?? undefined;
  await answerCommand(interaction, ctx, () => answer(ctx, { question, article }), { question });
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext) {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'article') {
    await respondChoices(interaction, ctx.log, articleChoices(ctx.library, focused.value));
    return;
  }
  const article = namedArticle(ctx.library, interaction.options.getString('article'))?.article.id;
  const topics = suggestTopics(ctx.library.index, { article, typed: focused.value.slice(0, MAX_TYPED), limit: 25 });
  await respondChoices(
    interaction,
    ctx.log,
    topics.map((t) => ({ name: t, value: t })),
  );
}
