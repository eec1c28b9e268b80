// The one chrono pipeline that reads a sentence's dates: chrono.casual cloned, with our recognisers as parsers
// beside its own, and refiners in this order:
//   1. chrono's own refiners, acting only on chrono's results (ours already hold a news reading), except its overlap
//      removal, which sees all results, and its range merging, replaced by shareYearInPairs (dates-refiners.ts);
//   2. refiners for what chrono reads that is no date in news (dates-refiners.ts);
//   3. the news reading of chrono's results (readAsNews, dates-chrono.ts), then overlap removal once more, as the
//      reading widens a result to the words written before it ("in", "since");
//   4. joins between neighbouring dates (dates-joins.ts).
// The extension point is here: a new recogniser goes in RECOGNISERS, a new step in the refiner list.

import * as chrono from 'chrono-node';
import { readAsNews } from './dates-chrono.ts';
import {
  withDayAfter,
  withoutRestatedDays,
  withRelativeYears,
  withCoordinatedDays,
  withSpanEnds,
  withSpanYears,
  withWeekdayDates,
} from './dates-joins.ts';
import { namedDates } from './dates-named.ts';
import { unitsAgo } from './dates-numbers.ts';
import {
  byIndexOursFirst,
  candidateRefiner,
  type NewsOption,
  READ,
  recogniserParser,
  toCandidate,
} from './dates-parsers.ts';
import {
  type Candidate,
  quarters,
  type Recogniser,
  relativePeriods,
  type SentenceContext,
  seasons,
  nthWeekdays,
  unitsAway,
  weekends,
} from './dates-patterns.ts';
import { newsParsers, newsRefiners, shareYearInPairs } from './dates-refiners.ts';
import { bareYears, twoDigitYears } from './dates-years.ts';

/** Our own recognisers, for what chrono lacks or misreads. They come before chrono's parsers: on a tie they win. */
const RECOGNISERS: [string, Recogniser][] = [
  ['relativePeriod', relativePeriods],
  ['weekend', weekends],
  ['quarter', quarters],
  ['season', seasons],
  ['year', bareYears],
  ['twoDigitYear', twoDigitYears],
  ['unitsAway', unitsAway],
  ['nthWeekday', nthWeekdays],
  ['unitsAgo', unitsAgo],
  ...namedDates.map((r, i): [string, Recogniser] => [`named${i}`, r]),
];

/** A chrono refiner that leaves results holding a news reading alone. */
function onChronoResults(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const ours = results.filter((r) => r.tags().has(READ));
      if (!ours.length) return refiner.refine(context, results);
      const refined = refiner.refine(
        context,
        results.filter((r) => !r.tags().has(READ)),
      );
      return [...ours, ...refined].sort(byIndexOursFirst);
    },
  };
}

/**
 * chrono's filter of the modal "may" read as the month: a month whose year is written for it ("between May and
 * September 2024", shareYearInPairs) is the month.
 */
function keepingDatedMonths(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || r.start.isCertain('year'));
    },
  };
}

/**
 * chrono's weekday parser takes a comma or a bracket on either side into its text ("this weekend,"), which would
 * make it outlast our own reading of the same words at overlap removal: punctuation at the edges is no part of a date.
 * Only its results: a month's comma tells chrono's filter of the modal "may" that "May," is the month.
 */
const WEEKDAY_TEXT = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|weekday)\b/i;
const withoutEdgePunctuation: chrono.Refiner = {
  refine: (_context, results) => {
    for (const r of results) {
      if (r.tags().has(READ) || !WEEKDAY_TEXT.test(r.text)) continue;
      const lead = /^[,(（]\s*/.exec(r.text)?.[0].length ?? 0;
      r.index += lead;
      r.text = r.text.slice(lead).replace(/\s*[,)）]$/, '');
    }
    return results;
  },
};

export const newsChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  const name = (r: chrono.Refiner): string => r.constructor.name;
  const overlapRemoval = c.refiners.find((r) => name(r) === 'OverlapRemovalRefiner');
  if (!overlapRemoval) throw new Error('chrono-node: no OverlapRemovalRefiner in chrono.casual');
  const own = c.refiners.map((r) => {
    if (name(r) === 'OverlapRemovalRefiner') return r;
    if (name(r) === 'ENMergeDateRangeRefiner') return onChronoResults(shareYearInPairs);
    if (name(r) === 'ENUnlikelyFormatFilter') return onChronoResults(keepingDatedMonths(r));
    return onChronoResults(r);
  });
  c.parsers = [...RECOGNISERS.map(([n, r]) => recogniserParser(n, r)), ...c.parsers, ...newsParsers];
  c.refiners = [
    withoutEdgePunctuation,
    ...own,
    ...newsRefiners.map(onChronoResults),
    readAsNews,
    overlapRemoval,
    candidateRefiner((ctx, sorted) => withRelativeYears(ctx.text, sorted), 'relativeYear'),
    candidateRefiner((ctx, sorted) => withWeekdayDates(ctx.text, sorted, ctx.ref), 'weekdayDate'),
    candidateRefiner((ctx, sorted) => withoutRestatedDays(ctx.text, sorted), 'restatedDay'),
    candidateRefiner((ctx, sorted) => withSpanYears(ctx.text, sorted), 'spanYears'),
    candidateRefiner((ctx, sorted) => withCoordinatedDays(ctx.text, sorted), 'coordinatedDays'),
    candidateRefiner((ctx, sorted) => withSpanEnds(ctx.text, sorted), 'spanEnds'),
    candidateRefiner((ctx, sorted) => withDayAfter(ctx.text, sorted), 'dayAfter'),
  ];
  return c;
})();

/** Longest text handed to chrono at once: its cost grows fast with length. */
const CHUNK = 2000;

/** Any chance of a date: a cheap test that spares chrono most sentences. */
const TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|ago|away|last|next|this|quarter|spring|summer|fall|autumn|winter|thanksgiving|christmas|boxing|new\s+year|halloween|valentine|independence|labor|memorial|veterans|weekend)|['’]\d/i;

/** The dates of one sentence, a chunk at a time so that a huge "sentence" costs linear time. */
export function sentenceCandidates(ctx: SentenceContext, instant: Date, offsetMinutes: number): Candidate[] {
  const out: Candidate[] = [];
  const reference = { instant, timezone: offsetMinutes };
  for (let offset = 0; offset < ctx.text.length; offset += CHUNK) {
    // "now" is never a date here, and chrono glues it to a neighbour ("on Thursday, now goes" → today): blank it.
    const chunk = ctx.text.slice(offset, offset + CHUNK).replace(/\bnow\b/gi, '   ');
    if (!TRIGGER.test(chunk)) continue;
    const option: NewsOption = { news: { sentence: ctx, offset } };
    try {
      for (const r of newsChrono.parse(chunk, reference, option)) out.push(toCandidate(r, offset));
    } catch {
      // a parser bug must not cost the article its other dates
    }
  }
  return out;
}
