import type { Span } from '../../types.js';
import type { CalendarUnit, PartOfDay, Season } from './lexicon.js';

/** Which occurrence of a partial date ("Friday", "June", "summer") is meant. */
export type Occurrence =
  /** "last Friday": the latest one entirely before the anchor. */
  | 'previous'
  /** "next Friday": the first one entirely after the anchor. */
  | 'following'
  /** "this Friday", "this June": the one in the anchor's week / year. */
  | 'current'
  /** No cue word: tense decides (past → latest not after; future → first not before). */
  | 'tense';

/** One part of a duration: `amount` of `unit`; `null` amount = unknown (TimeML `X`). */
export interface DurationPart {
  amount: number | null;
  unit: CalendarUnit;
}

/**
 * What a time expression says, before it is placed on the calendar. Scanning fills it from the
 * text alone; resolution (`resolve.ts`) places it against a reference date. Keeping the two apart
 * lets the publication date change (inference) without parsing the text again.
 */
export interface TimeFrame {
  kind: 'date' | 'duration' | 'set' | 'ref';
  // --- what the text states outright
  year?: number;
  /** Decade as TimeML writes it: 199 for the 1990s. */
  decade?: number;
  /** Century as TimeML writes it: 19 for the twentieth century (1900–1999). */
  century?: number;
  month?: number;
  day?: number;
  /** ISO weekday, 1 = Monday. */
  weekday?: number;
  season?: Season;
  quarter?: number;
  half?: number;
  weekend?: boolean;
  /** A named holiday (key of `HOLIDAYS`). */
  holiday?: string;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  second?: number;
  /** Two-digit year ("'98", "the '90s") whose century is left to resolution. */
  shortYear?: boolean;
  // --- relative placement
  /** Offset from the anchor in whole units: "last year" −1, "next month" +1, "this week" 0, "three days ago" −3. */
  shift?: { unit: CalendarUnit; amount: number | null };
  /** Which occurrence of a partial date is meant. */
  occurrence?: Occurrence;
  /** Anchored to the previous date in the text ("the next day", "a year earlier") instead of publication. */
  anaphoric?: boolean;
  /** "a year ago", "year-earlier": the same period shifted, so a quarter just told stays a quarter. */
  periodic?: boolean;
  /**
   * Counted from the quarter the article reports on (see `reporting-period.ts`): "the year-ago
   * quarter", "the latest period" (`quarter`: a quarter in any case); "the 1988 period", "the
   * year-ago period" (`period`: a quarter only when the text told one, else the year); "the full
   * year" (`year`: the year of the quarter told, else the current one).
   */
  reported?: 'quarter' | 'period' | 'year';
  /** Anchored to the date told right after it: "the quarter ended Sept. 30" is the quarter of that day. */
  anchoredAfter?: boolean;
  /** "the week of March 6": the period of this unit that holds the stated day. */
  within?: 'week' | 'weekend';
  /** "the day before last Tuesday": the stated date moved by whole units. */
  offset?: { unit: 'day' | 'week'; amount: number };
  // --- durations, sets and references
  duration?: DurationPart[];
  /** Look-back duration ("the first … in 14 years"): ends at the anchor. */
  lookBack?: boolean;
  /** Forward duration ("in the next two years"): starts at the anchor. */
  lookAhead?: boolean;
  /** A stretch of time of no stated unit ("for a while"): TimeML `PXX`. */
  unspecified?: boolean;
  /** Repeating period of a SET ("every week" → week) when it is a plain period. */
  every?: CalendarUnit;
  ref?: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
  /** TimeML `mod`: APPROX, START, MID, END, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE… */
  mod?: string;
  /** Parts written in the text (for `certainty`): `year`, `month`, `day`, `weekday`, `time`… */
  stated: string[];
}

/** The grammatical tense of the clause an expression sits in, when it steers resolution. */
export type Tense = 'past' | 'present' | 'future';

/** A time expression found in a document: its span, its frame and the context that steers it. */
export interface TimeMention {
  span: Span;
  text: string;
  frame: TimeFrame;
  /** Index of the sentence in the document. */
  sentence: number;
  tense?: Tense;
  /** Cue word before the expression: `since`, `until`, `before`, `after`, `by`, `from`, `during`, `in`, `for`, `within`. */
  relation?: string;
  /** A dateline date ("WASHINGTON, March 12 (AP) —"): publication-date inference reads it as such. */
  dateline?: boolean;
  /** Which rule (or `chrono`) proposed it, for debugging. */
  source: string;
}
