// /article: a server's own articles, added from links and files, listed, removed, chosen as default. Each returns
// the neutral Reply; refusals are 'error' replies (shown only to the person concerned).
import type { AddOutcome, Catalog } from '../catalog.ts';
import type { CommandContext } from '../command.ts';
import type { ArticleSource } from '../ingest/ingest.ts';
import { formatInstant } from '../reply/dates.ts';
import { emptyReply, plain, type Reply } from '../reply/model.ts';

const NOT_MANAGER = 'Only members with the Manage Server permission can change this server’s articles.';

/** The catalog, server and permission a change needs, or the refusal to show. */
function changeContext(ctx: CommandContext): { catalog: Catalog; guildId: string; userId: string } | Reply {
  if (!ctx.catalog || !ctx.guildId)
    return emptyReply('error', 'Not here', 'Server articles can only be managed in a server.');
  if (!ctx.canManage) return emptyReply('error', 'Not allowed', NOT_MANAGER);
  return { catalog: ctx.catalog, guildId: ctx.guildId, userId: ctx.userId ?? 'unknown' };
}

export function addedReply(outcome: AddOutcome): Reply {
  if (!outcome.ok) return emptyReply('error', 'Not added', `Not added: ${outcome.message}.`);
  const { doc, articleId } = outcome;
  const when = doc.article.published ? formatInstant(doc.article.published.instant) : 'no publication date';
  const counts = [
    `${doc.article.paragraphs.length} paragraphs`,
    `${doc.quotes.length} quotes`,
    `${doc.events.length} dated events`,
  ].join(', ');
  return {
    ...emptyReply('info', `Added: ${doc.article.title}`, `${when} · ${counts}.`),
    footer: `id ${articleId} · ask about it with /ask, or make it the default with /article default`,
  };
}

/** Adds an article from a source (a link, an attachment, or in the console a local file). */
export async function addArticle(ctx: CommandContext, source: ArticleSource | null): Promise<Reply> {
  const c = changeContext(ctx);
  if ('tone' in c) return c;
  if (!source)
    return emptyReply('error', 'Nothing to add', 'Give a link (url) or attach a .txt, .md or .html file (file).');
  return addedReply(await c.catalog.add(c.guildId, source, c.userId));
}

export function removeArticle(ctx: CommandContext, articleId: string): Reply {
  const c = changeContext(ctx);
  if ('tone' in c) return c;
  if (c.catalog.bundled.byId.has(articleId))
    return emptyReply('error', 'Not removed', 'That article comes with the bot and cannot be removed.');
  return c.catalog.remove(c.guildId, articleId)
    ? emptyReply('info', 'Removed', `“${articleId}” is no longer served on this server.`)
    : emptyReply('error', 'Not removed', `This server has no article “${articleId}”. See /article list.`);
}

export function setDefaultArticle(ctx: CommandContext, articleId: string): Reply {
  const c = changeContext(ctx);
  if ('tone' in c) return c;
  return c.catalog.setDefault(c.guildId, articleId)
    ? emptyReply(
        'info',
        'Default set',
        `/ask, /quotes and /timeline now answer about “${articleId}” unless told otherwise.`,
      )
    : emptyReply('error', 'No such article', `This server is not served an article “${articleId}”. See /article list.`);
}

/** The server's articles: its own (with who added them) and the bundled ones. */
export function listArticles(ctx: CommandContext): Reply {
  const own = ctx.catalog && ctx.guildId ? ctx.catalog.list(ctx.guildId).own : [];
  const bundled = ctx.catalog?.bundled.docs ?? ctx.library.docs;
  return {
    tone: 'list',
    title: `${own.length} added on this server, ${bundled.length} bundled`,
    intro: null,
    groups: [
      {
        heading: 'Added on this server',
        items: own.map((a) => ({
          label: a.title,
          body: plain(`${a.source} · added ${formatInstant(a.addedAt)}`),
          cite: a.articleId,
          note: null,
        })),
      },
      {
        heading: 'Bundled with the bot',
        items: bundled.map((d) => ({
          label: d.article.title,
          body: plain(d.article.id),
          cite: d.article.id,
          note: null,
        })),
      },
    ].filter((g) => g.items.length > 0),
    suggestions: [],
    footer: own.length ? null : 'Add one with /article add url:<link> or file:<attachment>.',
    pager: null,
  };
}
