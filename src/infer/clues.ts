import type { Document, Span } from '../types.js';
import type { TimeMention } from '../extract/time/frame.js';
import { scanDocument } from '../extract/time/scan.js';
import { recurringEventIn } from './recurring-events.js';
import type { MonthIndex } from './months.js';
import { describeMonth, monthIndex, monthName } from './months.js';

/**
 * What a piece of text says about when its article was published, as a score over candidate
 * publication months. Kinds:
 * - `after` / `before`: a bound (a past date mentioned means publication came after it);
 * - `window`: date arithmetic ("nearly five years" since October 2018) puts it between two months;
 * - `month`: the month of the year itself ("record heat for mid-June … on Friday");
 * - `near-past` / `near-future`: a bare month told in the past (future) is most often a recent (coming) one.
 */
export interface Clue {
  kind: 'after' | 'before' | 'window' | 'month' | 'near-past' | 'near-future';
  /** Month bounds (inclusive) for `after`, `before` and `window`. */
  from?: MonthIndex;
  to?: MonthIndex;
  /** For a window: its most likely part (full weight); the rest of the window counts half. */
  core?: [MonthIndex, MonthIndex];
  /** 1–12 for `month`, `near-past`, `near-future`. */
  month?: number;
  weight: number;
  /** The article whose text gave the clue. */
  article: string;
  reason: string;
  text: string;
  span: Span;
}

/** The sentence of a mention. */
export function sentenceOf(doc: Document, mention: TimeMention): string {
  return doc.sentences[mention.sentence]?.text ?? '';
}

function absoluteRange(mention: TimeMention): [MonthIndex, MonthIndex] | undefined {
  const { frame } = mention;
  if (frame.kind !== 'date' || frame.year === undefined) return undefined;
  if (frame.month !== undefined) return [monthIndex(frame.year, frame.month), monthIndex(frame.year, frame.month)];
  if (frame.quarter !== undefined) return [monthIndex(frame.year, frame.quarter * 3 - 2), monthIndex(frame.year, frame.quarter * 3)];
  return [monthIndex(frame.year, 1), monthIndex(frame.year, 12)];
}

const base = (doc: Document, mention: TimeMention) => ({ article: doc.article.id, text: mention.text, span: mention.span });

/** Bounds from dates with a year: told in the past they are behind publication, in the future ahead of it. */
function boundClues(doc: Document, mention: TimeMention): Clue[] {
  const range = absoluteRange(mention);
  if (!range) return [];
  const since = mention.relation === 'since' || /\bsince\b[^.;]*$/iu.test(sentenceOf(doc, mention).slice(0, mention.span.start - doc.sentences[mention.sentence]!.span.start));
  if (mention.tense === 'future') {
    return [{ kind: 'before', to: range[1], weight: 3, ...base(doc, mention), reason: `"${mention.text}" is told as ahead: published before its end` }];
  }
  const weight = since || mention.tense === 'past' ? 10 : 2;
  const cue = since ? 'since ' : '';
  const when = mention.frame.month !== undefined ? describeMonth(range[0]) : String(mention.frame.year);
  return [{ kind: 'after', from: range[0], weight, ...base(doc, mention), reason: `"${cue}${mention.text}" is in the past: published after ${when}` }];
}

const CURRENT_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|this week)\b/iu;

/** A month named without a year: the current month, a recent one or a coming one. */
function bareMonthClues(doc: Document, mention: TimeMention): Clue[] {
  const { frame } = mention;
  if (frame.kind !== 'date' || frame.month === undefined || frame.year !== undefined || frame.shift || frame.day !== undefined) return [];
  const month = frame.month;
  const sentence = sentenceOf(doc, mention);
  const clues: Clue[] = [];
  // "a record for mid-June … on Friday": a month told beside this week's days is the current one.
  if (frame.occurrence === 'current' || (mention.tense !== 'future' && frame.occurrence !== 'previous' && CURRENT_DAY.test(sentence))) {
    clues.push({ kind: 'month', month, weight: 4, ...base(doc, mention), reason: `"${mention.text}" is told beside days of the current week: published in ${monthName(month)}` });
    return clues;
  }
  const ahead = mention.tense === 'future' || frame.occurrence === 'following';
  clues.push({
    kind: ahead ? 'near-future' : 'near-past',
    month,
    weight: frame.occurrence ? 1.5 : 1,
    ...base(doc, mention),
    reason: ahead ? `"${mention.text}" is ahead: published in the months before ${monthName(month)}` : `"${mention.text}" is behind: published in the months after ${monthName(month)}`,
  });
  return clues;
}

/** "the inauguration next month of …": a known yearly event and a relative month pin the month. */
function eventClues(doc: Document, mention: TimeMention): Clue[] {
  const { frame } = mention;
  if (frame.kind !== 'date' || frame.shift?.unit !== 'month' || frame.shift.amount === null || frame.anaphoric) return [];
  const event = recurringEventIn(sentenceOf(doc, mention));
  if (!event) return [];
  const month = ((((event.month - 1 - frame.shift.amount) % 12) + 12) % 12) + 1;
  return [
    {
      kind: 'month',
      month,
      weight: 5,
      ...base(doc, mention),
      reason: `${event.name} (${event.when}) is "${mention.text}": published in ${monthName(month)}`,
    },
  ];
}

/** A dateline's date ("WASHINGTON, March 12 (AP) —"). */
function datelineClues(doc: Document, mention: TimeMention): Clue[] {
  const { frame } = mention;
  if (!mention.dateline || frame.month === undefined) return [];
  if (frame.year !== undefined) {
    const at = monthIndex(frame.year, frame.month);
    return [{ kind: 'window', from: at, to: at, weight: 20, ...base(doc, mention), reason: `the dateline "${mention.text}"` }];
  }
  return [{ kind: 'month', month: frame.month, weight: 8, ...base(doc, mention), reason: `the dateline "${mention.text}": published in ${monthName(frame.month)}` }];
}

/** Every clue one article gives on its own (look-backs are paired across the run, see `lookbacks.ts`). */
export function articleClues(doc: Document): Clue[] {
  return scanDocument(doc).flatMap((mention) => [
    ...datelineClues(doc, mention),
    ...(mention.dateline ? [] : boundClues(doc, mention)),
    ...bareMonthClues(doc, mention),
    ...eventClues(doc, mention),
  ]);
}
