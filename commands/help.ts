import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { CommandContext, CommandOptions } from '../src/command.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { answerCommand } from '../src/discord/respond.ts';
import type { Reply } from '../src/reply/model.ts';
import { commands } from './index.ts';

export const data = new SlashCommandBuilder().setName('help').setDescription('What I can do, and how to ask');

export function answer(_ctx: CommandContext, _options: CommandOptions): Reply {
  return {
    tone: 'info',
    title: 'How to use me',
    intro: [{ text: 'I answer from the article alone, and cite the paragraph (¶) each answer comes from.' }],
    groups: [
      {
        heading: 'Commands',
        items: commands.map((c) => {
          const json = c.data.toJSON();
          const opts = (json.options ?? []) as { name: string; required?: boolean }[];
          const usage = [`/${json.name}`, ...opts.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))].join(' ');
          return {
            label: null,
            body: [{ text: usage, strong: true }, { text: ` — ${json.description}` }],
            cite: '',
            note: null,
          };
        }),
      },
    ],
    suggestions: ['/ask who said what?', '/ask when did it happen?', '/quotes'],
    footer: null,
    pager: null,
  };
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  await answerCommand(interaction, ctx, () => answer(ctx, {}));
}
