import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { addArticle, listArticles, removeArticle, setDefaultArticle } from '../src/answer/manage.ts';
import { type CommandContext, type CommandOptions, optString } from '../src/command.ts';
import { articleChoices } from '../src/discord/choices.ts';
import type { DiscordContext } from '../src/discord/context.ts';
import { defer, respondChoices, send, setOutcome } from '../src/discord/respond.ts';
import { renderReply } from '../src/discord/render.ts';
import type { ArticleSource } from '../src/ingest/ingest.ts';
import type { Reply } from '../src/reply/model.ts';

// Everyone lists a server's articles with /articles; /article changes them, so Discord shows it to members with
// Manage Server only (server admins can change that, so execute() checks the permission again).
export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Add, remove or choose this server’s own articles (Manage Server)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add an article from a link or a .txt, .md or .html file (at most 2 MB)')
      .addStringOption((o) => o.setName('url').setDescription('A link to the article').setMaxLength(2000))
      .addAttachmentOption((o) => o.setName('file').setDescription('The article as a .txt, .md or .html file')),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Remove an article this server added')
      .addStringOption((o) =>
        o.setName('article').setDescription('Which article').setRequired(true).setAutocomplete(true),
      ),
  )
  .addSubcommand((s) => s.setName('list').setDescription('This server’s articles, with who added them'))
  .addSubcommand((s) =>
    s
      .setName('default')
      .setDescription('The article /ask, /quotes and /timeline use when none is named')
      .addStringOption((o) =>
        o.setName('article').setDescription('Which article').setRequired(true).setAutocomplete(true),
      ),
  );

/** What can be answered without I/O: the list (the console and Discord alike). */
export function answer(ctx: CommandContext, _options: CommandOptions): Reply {
  return listArticles(ctx);
}

/** The console's `/article add PATH-or-URL`, `/article remove ID`, `/article default ID`, `/article list`. */
export async function run(ctx: CommandContext, options: CommandOptions): Promise<Reply> {
  const sub = optString(options, 'subcommand') ?? 'list';
  const value = optString(options, 'url') ?? optString(options, 'article') ?? '';
  if (sub === 'add') {
    const source: ArticleSource | null = !value
      ? null
      : /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
        ? { kind: 'url', url: value }
        : { kind: 'file', path: value };
    return addArticle(ctx, source);
  }
  if (sub === 'remove') return removeArticle(ctx, value);
  if (sub === 'default') return setDefaultArticle(ctx, value);
  return listArticles(ctx);
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext) {
  const sub = interaction.options.getSubcommand(false) ?? 'list';
  const here: CommandContext = {
    ...ctx,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    canManage: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
  let reply: Reply;
  if (sub === 'add') {
    const file = interaction.options.getAttachment('file');
    const url = interaction.options.getString('url');
    const source: ArticleSource | null = file
      ? { kind: 'attachment', url: file.url, name: file.name, size: file.size }
      : url
        ? { kind: 'url', url: url.trim() }
        : null;
    // Refusals that need no fetch are answered at once; a fetch may take seconds: defer (privately) first.
    if (source && here.canManage && here.catalog && here.guildId) {
      if (!(await defer(interaction, ctx.log, { ephemeral: true }))) return;
    }
    reply = await addArticle(here, source);
  } else if (sub === 'remove') {
    reply = removeArticle(here, interaction.options.getString('article', true));
  } else if (sub === 'default') {
    reply = setDefaultArticle(here, interaction.options.getString('article', true));
  } else {
    reply = listArticles(here);
  }
  setOutcome(interaction, reply.tone);
  // Changes are the manager's business: every /article reply is shown to them alone.
  await send(interaction, ctx.log, { ...renderReply(reply), components: [] }, { ephemeral: true });
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext) {
  const sub = interaction.options.getSubcommand(false);
  const own = new Set(ctx.catalog?.list(interaction.guildId ?? '').own.map((a) => a.articleId));
  const choices = articleChoices(ctx.library, interaction.options.getFocused());
  // Only a server's own articles can be removed; any it is served can be its default.
  await respondChoices(interaction, ctx.log, sub === 'remove' ? choices.filter((c) => own.has(c.value)) : choices);
}
