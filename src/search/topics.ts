// Topics an article covers, for abstention replies and autocomplete.
import Fuse from 'fuse.js';
import type { AnnotatedArticle } from '../article/model.ts';
import type { SearchIndex } from './index.ts';
import { normalize } from './text.ts';
import { MAX_TOPIC_FINDERS, MAX_TYPED_TOPIC } from './tuning.ts';

// ---------------------------------------------------------------------------------------------------------------
// Topics: what an article covers, for abstention replies and autocomplete.

const MAX_TOPIC = 100;
const MAX_SUGGESTIONS = 25;

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_TOPIC ? t : `${t.slice(0, MAX_TOPIC - 1).replace(/\s+\S*$/, '')}…`;
}

/** Questions an article answers, built from what preprocessing found: speakers, people, dated events, figures. */
function topicsOf(doc: AnnotatedArticle): string[] {
  const out: string[] = [doc.article.title];
  for (const q of doc.quotes) out.push(`What did ${q.speaker} say?`);
  for (const e of doc.entities) {
    if (e.kind === 'person') out.push(`Who is ${e.name}?`);
    else if (e.kind === 'organisation' && e.name.length > 3) out.push(`What about ${e.name}?`);
  }
  for (const ev of doc.events)
    out.push(
      `What happened ${/^(?:in|on|at|by|since|before|after)\b/i.test(ev.expression) ? '' : 'in '}${ev.expression.replace(/[,.]$/, '')}?`,
    );
  for (const n of doc.numbers) {
    const noun = n.text.replace(/^.*?\d[\d.,]*\s*(?:%|percent)?\s*/u, '').replace(/^of\s+(?:the|its|their)\s+/, '');
    if (/^\p{Ll}{3,}/u.test(noun)) out.push(`How many ${noun}?`);
  }
  const seen = new Set<string>();
  return out.map(clip).filter((t) => {
    const k = normalize(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Topics of one article (or all), fuzzy-matched on what the user typed so far (fuse.js), at most 25. */
export function suggestTopics(
  index: SearchIndex,
  opts: { article?: string; typed?: string; limit?: number } = {},
): string[] {
  const limit = Math.min(MAX_SUGGESTIONS, opts.limit ?? MAX_SUGGESTIONS);
  const all = opts.article === undefined;
  const docs = all ? index.docs : index.docs.filter((d) => d.article.id === opts.article);
  const typed = opts.typed?.trim();
  if (!typed) {
    // The first topics in article order: only as many articles are looked at as it takes.
    const first = new Set<string>();
    for (const d of docs) {
      for (const t of topicsOfDoc(index, d)) {
        if (first.size >= limit) return [...first];
        first.add(t);
      }
    }
    return [...first].slice(0, limit);
  }
  const key = all ? '' : (opts.article as string);
  let fuse = index.topicFinders.get(key);
  if (!fuse) {
    const topics = [...new Set(docs.flatMap((d) => topicsOfDoc(index, d)))];
    fuse = new Fuse(topics, { ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
    // Bounded: one finder for all articles and one per article asked about, dropped together when too many.
    if (index.topicFinders.size >= MAX_TOPIC_FINDERS) index.topicFinders.clear();
    index.topicFinders.set(key, fuse);
  }
  // A topic is a few words: a long typed value (a pasted page) cannot match one better, only slower.
  return fuse.search(typed.slice(0, MAX_TYPED_TOPIC), { limit }).map((r) => r.item);
}

/** An article's topics, made on first need and kept. */
function topicsOfDoc(index: SearchIndex, d: AnnotatedArticle): string[] {
  let t = index.topics.get(d.article.id);
  if (!t) {
    t = topicsOf(d);
    index.topics.set(d.article.id, t);
  }
  return t;
}
