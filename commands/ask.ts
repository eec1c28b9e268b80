import { SlashCommandBuilder } from 'discord.js';
import { ask, MAX_QUESTION_LENGTH } from '../src/answer/ask.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article; the answer quotes the sentence it comes from')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, e.g. who said what?').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH).setAutocomplete(true),
  )
  .addStringOption((o) => o.setName('article').setDescription('Which article (default: all)').setAutocomplete(true));

export function answer(ctx: CommandContext, options: CommandOptions) {
  return ask(ctx.library, optString(options, 'question') ?? '', { article: optString(options, 'article') }).reply;
}
