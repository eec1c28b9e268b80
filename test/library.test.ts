import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleError, loadArticleFile, loadLibraryDir } from '../src/library.ts';
import { createLogger } from '../src/log.ts';

const dirs: string[] = [];
function workspace(files: Record<string, string | Buffer>): { dir: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'library-'));
  dirs.push(root);
  const dir = join(root, 'articles');
  mkdirSync(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return { dir, cache: join(root, 'index', 'articles.json') };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const A = 'The council approved the budget on Monday. It passed by six votes.\n\n2024-05-02T09:00:00Z a1';
const B = 'A storm closed the port. Ships waited offshore.\n\n2024-06-10T12:00:00Z b2';
const quiet = createLogger('silent');

describe('loadLibraryDir', () => {
  it('reuses unchanged articles and the saved index, and redoes only what changed', () => {
    const { dir, cache } = workspace({ 'a.txt': A, 'b.txt': B, 'notes.md': 'ignored' });
    const first = loadLibraryDir(dir, { cacheFile: cache, log: quiet }).stats;
    expect(first).toMatchObject({ articles: 2, annotated: 2, reused: 0, indexRebuilt: true });
    const second = loadLibraryDir(dir, { cacheFile: cache, log: quiet }).stats;
    expect(second).toMatchObject({ articles: 2, annotated: 0, reused: 2, indexRebuilt: false });
    writeFileSync(join(dir, 'b.txt'), B.replace('storm', 'gale'));
    const third = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(third.stats).toMatchObject({ annotated: 1, reused: 1, indexRebuilt: true });
    expect(third.library.byId.get('b')?.article.sentences[0]?.text).toContain('gale');
  });

  it('rebuilds a corrupt or outdated index with a log line instead of crashing', () => {
    const { dir, cache } = workspace({ 'a.txt': A });
    loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    writeFileSync(cache, '{"schema": broken');
    const lines: string[] = [];
    const log = createLogger('warn');
    const spy = { ...log, warn: (o: unknown, msg?: string) => lines.push(String(msg ?? o)), info: (o: unknown, msg?: string) => lines.push(String(msg ?? o)) };
    const { stats } = loadLibraryDir(dir, { cacheFile: cache, log: spy as typeof log });
    expect(stats).toMatchObject({ annotated: 1, indexRebuilt: true });
    expect(lines.join('\n')).toMatch(/corrupt/);
    const saved = JSON.parse(readFileSync(cache, 'utf8'));
    writeFileSync(cache, JSON.stringify({ ...saved, schema: 'old' }));
    lines.length = 0;
    expect(loadLibraryDir(dir, { cacheFile: cache, log: spy as typeof log }).stats.annotated).toBe(1);
    expect(lines.join('\n')).toMatch(/schema/);
  });

  it('skips broken article files and serves the rest', () => {
    const { dir, cache } = workspace({ 'a.txt': A, 'bin.txt': Buffer.from([0, 1, 2, 0, 0, 255, 0]), 'empty.txt': '  \n\n' });
    const { library, stats } = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(library.docs.map((d) => d.article.id)).toEqual(['a']);
    expect(stats.skipped.map((s) => s.reason).join('\n')).toMatch(/not a text file[\s\S]*no article text/);
  });

  it('fails with a clear error when nothing can be served', () => {
    const { dir, cache } = workspace({ 'empty.txt': '' });
    expect(() => loadLibraryDir(dir, { cacheFile: cache, log: quiet })).toThrow(/no readable articles/);
    expect(() => loadLibraryDir(join(dir, 'missing'), { cacheFile: cache, log: quiet })).toThrow(ArticleError);
    expect(() => loadArticleFile(join(dir, 'nope.txt'))).toThrow(/cannot read \(ENOENT\)/);
  });
});

describe('a damaged cache entry', () => {
  it('is annotated again instead of crashing the start', () => {
    const { dir, cache } = workspace({ 'a.txt': A, 'b.txt': B });
    loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    const saved = JSON.parse(readFileSync(cache, 'utf8'));
    saved.articles.a.doc = {};
    saved.articles.b.doc.article.sentences = [null];
    writeFileSync(cache, JSON.stringify(saved));
    const { library, stats } = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(stats).toMatchObject({ annotated: 2, reused: 0 });
    expect(library.byId.get('a')?.article.sentences[0]?.text).toContain('council approved');
    expect(library.byId.get('b')?.article.sentences[0]?.text).toContain('storm');
  });
});
