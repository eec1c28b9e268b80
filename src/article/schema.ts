// The shape of an AnnotatedArticle (model.ts) as data read back from a cache or a database: anything that does
// not match is rebuilt from the text instead of being served (a damaged cache must never reach a command).
import { z } from 'zod';
import type { AnnotatedArticle } from './model.ts';

const int = z.number().int();
const span = { start: int, end: int };

const sentence = z.object({ n: int, paragraph: int, text: z.string(), ...span });
const paragraph = z.object({
  n: int,
  kind: z.enum(['body', 'heading', 'list']),
  text: z.string(),
  ...span,
  sentences: z.array(sentence),
});
const article = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: z.string().nullable(),
  published: z.object({ instant: z.string(), id: z.string().nullable() }).nullable(),
  text: z.string(),
  paragraphs: z.array(paragraph),
  sentences: z.array(sentence),
});
const quote = z.object({
  text: z.string(),
  speaker: z.string(),
  role: z.string().nullable(),
  paragraph: int,
  sentence: int,
  ...span,
});
const event = z.object({
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  precision: z.enum(['year', 'month', 'day']),
  expression: z.string(),
  paragraph: int,
  sentence: int,
  ...span,
});
const entity = z.object({
  name: z.string(),
  kind: z.enum(['person', 'organisation', 'place', 'other']),
  role: z.string().nullable(),
  sentences: z.array(int),
});
const numeric = z.object({ text: z.string(), value: z.number(), sentence: int, ...span });

export const annotatedArticleSchema = z.object({
  article,
  quotes: z.array(quote),
  events: z.array(event),
  entities: z.array(entity),
  numbers: z.array(numeric),
});

/** Whether `doc` is a whole AnnotatedArticle (extra fields allowed). */
export function isAnnotatedArticle(doc: unknown): doc is AnnotatedArticle {
  return annotatedArticleSchema.safeParse(doc).success;
}
