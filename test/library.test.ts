import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleError, loadArticleFile, loadLibraryDir } from '../src/library.ts';
import { createLogger } from '../src/log.ts';
import { annotationKey, pipelineFiles } from '../src/pipeline-key.ts';

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
    const spy = {
      ...log,
      warn: (o: unknown, msg?: string) => lines.push(String(msg ?? o)),
      info: (o: unknown, msg?: string) => lines.push(String(msg ?? o)),
    };
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
    const { dir, cache } = workspace({
      'a.txt': A,
      'bin.txt': Buffer.from([0, 1, 2, 0, 0, 255, 0]),
      'empty.txt': '  \n\n',
    });
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
    const entry = (id: string) => saved.articles.find((e: { id: string }) => e.id === id);
    entry('a').doc = {};
    entry('b').doc.article.sentences = [null];
    writeFileSync(cache, JSON.stringify(saved));
    const { library, stats } = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(stats).toMatchObject({ annotated: 2, reused: 0 });
    expect(library.byId.get('a')?.article.sentences[0]?.text).toContain('council approved');
    expect(library.byId.get('b')?.article.sentences[0]?.text).toContain('storm');
  });

  it('valid JSON with damaged annotations (entities: [null], quotes: [{}]) is rebuilt, not served', () => {
    const { dir, cache } = workspace({ 'a.txt': A, 'b.txt': B });
    loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    const saved = JSON.parse(readFileSync(cache, 'utf8'));
    saved.articles[0].doc.entities = [null];
    saved.articles[1].doc.quotes = [{}];
    writeFileSync(cache, JSON.stringify(saved));
    const { lines, log } = spyLog();
    const { library, stats } = loadLibraryDir(dir, { cacheFile: cache, log });
    expect(stats).toMatchObject({ annotated: 2, reused: 0 });
    expect(library.docs.every((d) => d.entities.every((e) => typeof e?.name === 'string'))).toBe(true);
    expect(library.docs.every((d) => d.quotes.every((q) => typeof q?.speaker === 'string'))).toBe(true);
    // Same schema: no "schema changed" line.
    expect(lines.join('\n')).not.toMatch(/schema changed/);
    // The rebuilt cache settles: a third start reuses everything.
    expect(loadLibraryDir(dir, { cacheFile: cache, log: quiet }).stats).toMatchObject({
      reused: 2,
      annotated: 0,
      indexRebuilt: false,
    });
  });

  it('a whole cache of the wrong shape (same schema) is rebuilt with a "damaged" line, not "schema changed"', () => {
    const { dir, cache } = workspace({ 'a.txt': A });
    loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    const saved = JSON.parse(readFileSync(cache, 'utf8'));
    writeFileSync(cache, JSON.stringify({ ...saved, articles: { a: 1 } }));
    const { lines, log } = spyLog();
    expect(loadLibraryDir(dir, { cacheFile: cache, log }).stats.annotated).toBe(1);
    expect(lines.join('\n')).toMatch(/damaged/);
    expect(lines.join('\n')).not.toMatch(/schema changed/);
  });
});

function spyLog() {
  const lines: string[] = [];
  const log = createLogger('silent');
  const record = (o: unknown, msg?: string) => lines.push(String(msg ?? o));
  return { lines, log: { ...log, warn: record, info: record, error: record } as unknown as typeof log };
}

describe('what is read as an article', () => {
  it('never follows a link out of the articles folder (/proc/self/environ, /etc/passwd) and serves the rest', () => {
    const { dir, cache } = workspace({ 'a.txt': A });
    symlinkSync('/proc/self/environ', join(dir, 'env.txt'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    writeFileSync(join(dir, '..', 'outside.txt'), B);
    symlinkSync(join(dir, '..', 'outside.txt'), join(dir, 'outside.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'inside.txt'));
    const { library, stats } = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(library.docs.map((d) => d.article.id).sort()).toEqual(['a', 'inside']);
    expect(stats.skipped.map((s) => s.file).sort()).toEqual(
      ['env.txt', 'outside.txt', 'passwd.txt'].map((f) => expect.stringContaining(f)),
    );
    const cached = readFileSync(cache, 'utf8');
    expect(cached).not.toMatch(/root:x:0|PATH=/);
    // No absolute path of the host in what is reported.
    expect(stats.skipped.map((s) => `${s.file} ${s.reason}`).join('\n')).not.toContain(tmpdir());
  });

  it('refuses a file named directly when it is a device, a /proc file or holds NUL bytes', () => {
    const { dir } = workspace({ 'nul.txt': `${A}\u0000tail` });
    expect(() => loadArticleFile('/proc/self/environ')).toThrow(/not an article file/);
    expect(() => loadArticleFile('/dev/zero')).toThrow(/not an article file/);
    expect(() => loadArticleFile(join(dir, 'nul.txt'))).toThrow(/not a text file/);
  });

  it('decodes UTF-16 with a BOM and Windows-1252, and refuses HTML with a hint', () => {
    const text = 'The café reopened on Monday — with “new” owners. It serves 40 tables.\n\n2024-05-02T09:00:00Z c1';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const cp1252 = Buffer.from(
      [...'The café reopened on Monday. “It serves 40 tables,” its owner said.'].map((c) =>
        c === 'é' ? 0xe9 : c === '“' ? 0x93 : c === '”' ? 0x94 : c.charCodeAt(0),
      ),
    );
    const { dir } = workspace({
      'u16.txt': utf16,
      'ansi.txt': cp1252,
      'page.txt': '<!DOCTYPE html><html><body><p>Hello there.</p></body></html>',
    });
    expect(loadArticleFile(join(dir, 'u16.txt')).article.sentences[0]?.text).toBe(
      'The café reopened on Monday — with “new” owners.',
    );
    expect(loadArticleFile(join(dir, 'ansi.txt')).article.text).toContain(
      'café reopened on Monday. “It serves 40 tables,”',
    );
    expect(loadArticleFile(join(dir, 'ansi.txt')).article.text).not.toContain('\uFFFD');
    expect(() => loadArticleFile(join(dir, 'page.txt'))).toThrow(/HTML page/);
  });

  it('names that differ only in case, and __proto__.txt, get distinct stable ids and a cache that settles', () => {
    const { dir, cache } = workspace({
      'Report.txt': A,
      'report.txt': B,
      '__proto__.txt': A.replace('six', 'seven'),
      'constructor.txt': B,
    });
    const first = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(first.library.docs.map((d) => d.article.id).sort()).toEqual([
      'Report',
      '__proto__',
      'constructor',
      'report',
    ]);
    expect(first.library.byId.get('__proto__')?.article.text).toContain('seven');
    const second = loadLibraryDir(dir, { cacheFile: cache, log: quiet });
    expect(second.stats).toMatchObject({ articles: 4, reused: 4, annotated: 0, indexRebuilt: false });
    expect(Object.getPrototypeOf(second.library.byId)).toBe(Map.prototype);
  });

  it('a DEFAULT_ARTICLE that names no article is an error naming it', () => {
    const { dir, cache } = workspace({ 'a.txt': A });
    expect(() => loadLibraryDir(dir, { cacheFile: cache, log: quiet, defaultId: 'nope' })).toThrow(
      /DEFAULT_ARTICLE "nope" names no served article/,
    );
    expect(loadLibraryDir(dir, { cacheFile: cache, log: quiet, defaultId: 'a' }).library.defaultId).toBe('a');
  });

  it('removes a .tmp left by a process killed while saving, and reports an index it could not save', () => {
    const { dir, cache } = workspace({ 'a.txt': A });
    mkdirSync(dirname(cache), { recursive: true });
    const stale = `${cache}.99999999.tmp`;
    writeFileSync(stale, '{"half": ');
    expect(loadLibraryDir(dir, { cacheFile: cache, log: quiet }).stats.saveError).toBeNull();
    expect(existsSync(stale)).toBe(false);
    // A cache path under a regular file cannot be written.
    const blocked = join(dir, 'a.txt', 'index.json');
    expect(loadLibraryDir(dir, { cacheFile: blocked, log: quiet }).stats.saveError).toMatch(/^(EEXIST|ENOTDIR)$/);
  });
});

describe('the annotation key (pipeline-key.ts)', () => {
  it('covers the annotators, the word lists, the index and the learned model, and the time zone', () => {
    const files = pipelineFiles();
    for (const f of ['annotate/dates.ts', 'annotate/mentions/words.ts', 'lexicon/wordnet.ts', 'search/model.json'])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('discord/') || f.startsWith('/'))).toBe(false);
    expect(annotationKey('UTC')).toMatch(/^[0-9a-f]{24}@UTC$/);
    expect(annotationKey('America/New_York')).not.toBe(annotationKey('UTC'));
    expect(annotationKey(undefined)).toBe(annotationKey('UTC'));
  });
});
