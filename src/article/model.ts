// The Article model: what every later stage reads. Offsets are UTF-16 indices into `Article.text`.

export type ParagraphKind = 'body' | 'heading' | 'list';

export interface Sentence {
  /** 1-based number of the sentence in the article (stable id). */
  n: number;
  /** 1-based number of the paragraph holding it. */
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based number of the paragraph among the article's content paragraphs. */
  n: number;
  kind: ParagraphKind;
  text: string;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface Published {
  /** ISO 8601 instant as given in the metadata line, e.g. 2023-12-08T07:58:02Z. */
  instant: string;
  /** Opaque id that followed the timestamp, or null. */
  id: string | null;
}

export interface Article {
  /** Short stable id, e.g. the file name without `.txt`. */
  id: string;
  /** The first heading, or the lead sentence cut short when there is none. */
  title: string;
  /** Publisher named by a trailer ("For more CNN news …" → "CNN"), else null. */
  source: string | null;
  published: Published | null;
  /** Cleaned text (no BOM, LF line ends, no soft hyphens) that offsets point into. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** One direct quote with its speaker. */
export interface Quote {
  /** The quoted words without their quote marks. */
  text: string;
  /** Full name or source ("Jane Roe", "the joint statement"). */
  speaker: string;
  role: string | null;
  paragraph: number;
  /** Sentence number (Sentence.n) where the quote starts. */
  sentence: number;
  start: number;
  end: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A dated event: a sentence with the expression that dates it. */
export interface DatedEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
  /** The words that gave the date, as written. */
  expression: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

export interface Entity {
  name: string;
  kind: EntityKind;
  role: string | null;
  /** Sentence numbers that mention it. */
  sentences: number[];
}

/** A numeric fact: "32 prisoners of war", "more than 90% of its exports". */
export interface NumericFact {
  text: string;
  value: number;
  sentence: number;
  start: number;
  end: number;
}

/** An article with everything preprocessing found in it. */
export interface AnnotatedArticle {
  article: Article;
  quotes: Quote[];
  events: DatedEvent[];
  entities: Entity[];
  numbers: NumericFact[];
}
