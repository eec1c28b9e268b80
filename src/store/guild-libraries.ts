// Per-guild search state over the article store, built when a guild first asks and kept in a bounded LRU cache:
// memory follows the guilds in use, never the number of guilds that have articles.
import type { AnnotatedArticle } from '../article/model.ts';
import { buildSearchIndex, type SearchIndex } from '../search/search.ts';
import type { ArticleStore, BadRow, Reannotator } from './article-store.ts';

export interface GuildLibrary {
  docs: AnnotatedArticle[];
  index: SearchIndex;
}

export interface GuildLibrariesOptions<L> {
  /** Most guilds kept built at once (default 200); the least recently used goes first. */
  maxGuilds?: number;
  /** Most stored articles kept built at once over all guilds (default 5,000), as guilds differ in size. */
  maxDocs?: number;
  /**
   * Makes a guild's library from its own articles (never empty). The default indexes them alone; pass one that
   * adds the bundled articles to serve both from one index.
   */
  build?: (docs: AnnotatedArticle[], guildId: string) => L;
  /** Told of each stored article that could not be read (it is left out). */
  onBadRow?: (bad: BadRow) => void;
  /** Annotates again the stored articles made under another annotation key (see ArticleStore.docs). */
  current?: Reannotator;
}

export interface CacheStats {
  guilds: number;
  docs: number;
  hits: number;
  builds: number;
  evictions: number;
}

interface Entry<L> {
  /** null: the guild has no readable articles of its own (kept, so that asking again costs nothing). */
  library: L | null;
  /** Stored articles it holds: what counts against maxDocs. */
  weight: number;
}

const ownOnly = (docs: AnnotatedArticle[]): GuildLibrary => ({ docs, index: buildSearchIndex(docs) });

export class GuildLibraries<L = GuildLibrary> {
  private readonly store: Pick<ArticleStore, 'docs'>;
  private readonly maxGuilds: number;
  private readonly maxDocs: number;
  private readonly build: (docs: AnnotatedArticle[], guildId: string) => L;
  private readonly onBadRow: ((bad: BadRow) => void) | undefined;
  private readonly current: Reannotator | undefined;
  /** Map order is recency order: a hit moves its guild to the end, eviction takes from the front. */
  private readonly entries = new Map<string, Entry<L>>();
  private weight = 0;
  private counts = { hits: 0, builds: 0, evictions: 0 };

  constructor(store: Pick<ArticleStore, 'docs'>, opts: GuildLibrariesOptions<L> = {}) {
    this.store = store;
    this.maxGuilds = Math.max(1, opts.maxGuilds ?? 200);
    this.maxDocs = Math.max(1, opts.maxDocs ?? 5000);
    // Without a build function L is GuildLibrary (the class default), which ownOnly returns.
    this.build = opts.build ?? (ownOnly as unknown as (docs: AnnotatedArticle[], guildId: string) => L);
    this.onBadRow = opts.onBadRow;
    this.current = opts.current;
  }

  /** The guild's own articles and their index, or null when it has none; built on first use. */
  get(guildId: string): L | null {
    const hit = this.entries.get(guildId);
    if (hit) {
      this.entries.delete(guildId);
      this.entries.set(guildId, hit);
      this.counts.hits++;
      return hit.library;
    }
    const docs = this.store.docs(guildId, this.onBadRow, this.current);
    const entry: Entry<L> = { library: docs.length > 0 ? this.build(docs, guildId) : null, weight: docs.length };
    this.counts.builds++;
    this.entries.set(guildId, entry);
    this.weight += entry.weight;
    this.evict(guildId);
    return entry.library;
  }

  /** Drops the guild's built library: call after every add or remove, so that the next get() rebuilds it. */
  invalidate(guildId: string): void {
    const entry = this.entries.get(guildId);
    if (!entry) return;
    this.entries.delete(guildId);
    this.weight -= entry.weight;
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }

  has(guildId: string): boolean {
    return this.entries.has(guildId);
  }

  stats(): CacheStats {
    return { guilds: this.entries.size, docs: this.weight, ...this.counts };
  }

  /** Evicts least recently used guilds until within both bounds; `keep` (just built) stays even if alone too big. */
  private evict(keep: string): void {
    for (const [guildId, entry] of this.entries) {
      if (this.entries.size <= this.maxGuilds && this.weight <= this.maxDocs) return;
      if (guildId === keep) continue;
      this.entries.delete(guildId);
      this.weight -= entry.weight;
      this.counts.evictions++;
    }
  }
}
