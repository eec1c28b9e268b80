// What each server is served: the bundled articles (read-only, every server) plus the articles its managers added,
// kept in the SQLite store. A server's library (its articles and one search index over them) is built when it is
// first asked about and kept in a bounded LRU, so memory follows the servers in use, not the articles stored.
import type { AnnotatedArticle } from './article/model.ts';
import type { Config } from './config.ts';
import { type ArticleSource, type IngestOptions, IngestRefusal, ingestArticle } from './ingest/ingest.ts';
import { annotate } from './annotate/annotate.ts';
import { parseArticle } from './article/parse.ts';
import { type Library, libraryOf } from './library.ts';
import { annotationKey } from './pipeline-key.ts';
import { buildSearchIndex } from './search/search.ts';
import { type ArticleMeta, ArticleStore } from './store/article-store.ts';
import { GuildLibraries } from './store/guild-libraries.ts';

export interface CatalogOptions {
  /** null: no store (the command line); only the bundled articles are served. */
  store: ArticleStore | null;
  /** Most articles a server may add (MAX_ARTICLES_PER_SERVER). */
  maxPerGuild: number;
  ingest?: IngestOptions;
  /** Servers whose libraries are kept built at once. */
  maxGuilds?: number;
}

export type AddOutcome =
  | { ok: true; articleId: string; doc: AnnotatedArticle }
  | { ok: false; reason: 'busy' | 'limit' | 'duplicate' | 'no-store' | string; message: string };

export interface Listing {
  bundled: AnnotatedArticle[];
  own: ArticleMeta[];
}

const INGEST_SLOTS = 4;

/** At most `size` tasks run at once; the others wait their turn in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

export class Catalog {
  readonly bundled: Library;
  private readonly store: ArticleStore | null;
  private readonly opts: CatalogOptions;
  private readonly libraries: GuildLibraries<Library> | null;
  /** Servers with an add under way: one at a time each. */
  private readonly adding = new Set<string>();
  private readonly bundledIds: ReadonlySet<string>;
  /** What the articles this process adds are annotated by (pipeline-key.ts). */
  private readonly annotationKey: string;
  /**
   * Adds fetched and annotated at once, over all servers. Annotation is synchronous: with many under way, the event
   * loop would be busy long enough for other adds' fetch deadlines to pass although their pages had arrived.
   */
  private readonly ingestSlots = new Slots(INGEST_SLOTS);

  constructor(bundled: Library, opts: CatalogOptions) {
    this.bundled = bundled;
    this.store = opts.store;
    this.opts = opts;
    this.bundledIds = new Set(bundled.docs.map((d) => d.article.id));
    this.annotationKey = annotationKey(opts.ingest?.timeZone);
    this.libraries = opts.store
      ? new GuildLibraries<Library>(opts.store, {
          maxGuilds: opts.maxGuilds,
          // Articles stored by older annotators (or in another ARTICLE_TIMEZONE) are annotated again when read.
          current: {
            key: this.annotationKey,
            annotate: (text, id) => annotate(parseArticle(text, id), { timeZone: opts.ingest?.timeZone }),
          },
          build: (own, guildId) => {
            const docs = [...bundled.docs, ...own];
            return libraryOf(docs, this.defaultOf(guildId, docs), buildSearchIndex(docs));
          },
        })
      : null;
  }

  private defaultOf(guildId: string, docs: AnnotatedArticle[]): string {
    const chosen = this.store?.getDefault(guildId);
    return chosen && docs.some((d) => d.article.id === chosen) ? chosen : this.bundled.defaultId;
  }

  /** The library a server's commands answer from; the bundled one when it has added nothing. */
  forGuild(guildId: string | null | undefined): Library {
    if (!guildId || !this.libraries) return this.bundled;
    const own = this.libraries.get(guildId);
    if (own) return own;
    // No articles of its own, but maybe a bundled one chosen as default: the same index, another default.
    const chosen = this.store?.getDefault(guildId);
    return chosen && chosen !== this.bundled.defaultId && this.bundled.byId.has(chosen)
      ? { ...this.bundled, defaultId: chosen }
      : this.bundled;
  }

  list(guildId: string): Listing {
    return { bundled: this.bundled.docs, own: this.store?.list(guildId) ?? [] };
  }

  /** Fetches, extracts and indexes one article for a server, or says in one line why not. */
  async add(guildId: string, source: ArticleSource, addedBy: string): Promise<AddOutcome> {
    if (!this.store) return { ok: false, reason: 'no-store', message: 'adding articles is not enabled here' };
    if (this.adding.has(guildId))
      return {
        ok: false,
        reason: 'busy',
        message: 'another article is being added to this server; try again in a moment',
      };
    if (this.store.count(guildId) >= this.opts.maxPerGuild) return this.limitReached();
    this.adding.add(guildId);
    try {
      const got = await this.ingestSlots.run(() => ingestArticle(source, this.opts.ingest));
      const result = this.store.add(guildId, {
        source: got.source,
        text: got.text,
        doc: got.doc,
        annotationKey: this.annotationKey,
        title: got.title,
        published: got.published,
        addedBy,
        maxPerGuild: this.opts.maxPerGuild,
        reservedIds: this.bundledIds,
      });
      if (!result.ok) {
        return result.reason === 'duplicate'
          ? { ok: false, reason: 'duplicate', message: `this server already has that article (${result.existing})` }
          : this.limitReached();
      }
      this.libraries?.invalidate(guildId);
      // The article as stored (under its new id); the server's library is rebuilt when it is next asked about.
      const doc = { ...got.doc, article: { ...got.doc.article, id: result.articleId } };
      return { ok: true, articleId: result.articleId, doc };
    } catch (err) {
      if (err instanceof IngestRefusal) return { ok: false, reason: err.reason, message: err.message };
      throw err;
    } finally {
      this.adding.delete(guildId);
    }
  }

  private limitReached(): AddOutcome {
    return {
      ok: false,
      reason: 'limit',
      message: `this server has reached its limit of ${this.opts.maxPerGuild} articles; remove one first`,
    };
  }

  /** Removes one of the server's own articles; false when it has none of that id (bundled ones stay). */
  remove(guildId: string, articleId: string): boolean {
    if (!this.store?.remove(guildId, articleId)) return false;
    this.libraries?.invalidate(guildId);
    return true;
  }

  /** Makes an article the server's default; false when the server is not served one of that id. */
  setDefault(guildId: string, articleId: string): boolean {
    if (!this.store || !this.forGuild(guildId).byId.has(articleId)) return false;
    this.store.setDefault(guildId, articleId);
    this.libraries?.invalidate(guildId);
    return true;
  }
}

/** The catalog the bot and the console serve: the bundled library plus the store at DATABASE_PATH. */
export function openCatalog(
  bundled: Library,
  config: Pick<Config, 'servers'> & Partial<Pick<Config, 'articleTimeZone'>>,
): Catalog {
  const { databasePath, maxArticles, fetchAllow, attachmentBases } = config.servers;
  return new Catalog(bundled, {
    store: ArticleStore.open(databasePath),
    maxPerGuild: maxArticles,
    ingest: {
      fetch: { allowHosts: fetchAllow },
      ...(attachmentBases ? { attachmentBases } : {}),
      ...(config.articleTimeZone ? { timeZone: config.articleTimeZone } : {}),
    },
  });
}
