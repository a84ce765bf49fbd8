import type { Clue } from './clues.js';
import type { MonthIndex } from './months.js';
import { monthIndex, monthOfYear, monthsSince, monthsUntil, yearOf } from './months.js';

/** The month (or year) the clues point at, how sure that is, and the clues that carried it. */
export interface Choice {
  /** `YYYY-MM`, `YYYY`, or undefined when the clues do not settle even the year. */
  month?: MonthIndex;
  year?: number;
  confidence: number;
  clues: Clue[];
}

/** What one clue says of one candidate month. */
export function clueScore(clue: Clue, at: MonthIndex): number {
  switch (clue.kind) {
    case 'after':
      return at >= clue.from! ? 0 : -clue.weight;
    case 'before':
      return at <= clue.to! ? 0 : -clue.weight;
    case 'window':
      if (at < clue.from! || at > clue.to!) return 0;
      return !clue.core || (at >= clue.core[0] && at <= clue.core[1]) ? clue.weight : clue.weight / 2;
    case 'month':
      return monthOfYear(at) === clue.month ? clue.weight : 0;
    case 'near-past':
      return clue.weight * (1 - monthsSince(clue.month!, at) / 12);
    case 'near-future':
      return clue.weight * (1 - monthsUntil(clue.month!, at) / 12);
  }
}

// News is written soon after the latest past it tells: among equals, the earlier month wins.
const RECENCY = 0.01;

/**
 * The months of `low`…`low + size - 1` (as offsets from `low`, `[from, to)`) where a bound or window
 * scores anything: below an `after` bound, above a `before` bound, inside a window. Elsewhere its
 * score is 0, which adds nothing.
 */
function scoredRange(clue: Clue, low: MonthIndex, size: number): [number, number] {
  const clamp = (offset: number) => Math.min(size, Math.max(0, offset));
  // Bounds need not be whole months ("18.5 months" back): the offsets are rounded inwards.
  const firstFrom = () => clamp(Math.ceil(clue.from! - low));
  const pastTo = () => clamp(Math.floor(clue.to! - low) + 1);
  if (clue.kind === 'after') return [0, firstFrom()];
  if (clue.kind === 'before') return [pastTo(), size];
  return [firstFrom(), pastTo()];
}

/**
 * The score of every month from `low` to `high` (by offset from `low`): the sum of `clueScore` over
 * the clues, computed by kind so the cost grows with clues plus months, not their product (stories
 * of hundreds of articles pool many clues).
 */
function scoreMonths(clues: readonly Clue[], low: MonthIndex, high: MonthIndex): Float64Array {
  const size = high - low + 1;
  const byMonth = new Float64Array(size);
  const ofYear = new Float64Array(13); // by month of the year, 1–12
  for (const clue of clues) {
    switch (clue.kind) {
      case 'month':
      case 'near-past':
      case 'near-future':
        for (let month = 1; month <= 12; month++) ofYear[month] += clueScore(clue, monthIndex(2000, month));
        break;
      case 'after':
      case 'before':
      case 'window': {
        // Bounds and windows are few per article; their months are added one by one.
        const [from, to] = scoredRange(clue, low, size);
        for (let i = from; i < to; i++) byMonth[i] += clueScore(clue, low + i);
        break;
      }
    }
  }
  // One score per month tried (`size` need not be whole: a month past the last is tried, unscored).
  const scores = new Float64Array(Math.ceil(size));
  for (let i = 0; i < size; i++) scores[i] = byMonth[i]! + ofYear[monthOfYear(low + i)]! - RECENCY * i;
  return scores;
}

/**
 * Scores every candidate month and keeps the best. The year needs a window or bounds; the month
 * needs clues about the month itself (a dateline, a current-month cue, a narrow window) and a clear
 * lead over the other months of that year.
 */
export function chooseMonth(clues: readonly Clue[]): Choice {
  const windows = clues.filter((clue) => clue.kind === 'window');
  const afters = clues.filter((clue) => clue.kind === 'after' && clue.weight >= 5);
  if (windows.length === 0 && afters.length === 0) return { confidence: 0, clues: [] };
  // Publication comes after the latest past date told; candidates start there (or at the earliest
  // window), and run three years past it or to the end of the last window.
  // Loops, not spreads: a huge text gives tens of thousands of clues, more arguments than a call takes.
  const bound = afters.length > 0 ? afters.reduce((latest, c) => Math.max(latest, c.from!), -Infinity) : undefined;
  const low = bound ?? windows.reduce((earliest, c) => Math.min(earliest, c.from!), Infinity);
  // Windows far beyond the bound (a record counted from a date long before) do not stretch the search.
  const high = windows.reduce((last, c) => (c.to! <= low + 120 ? Math.max(last, c.to!) : last), low + 36);
  const scores = scoreMonths(clues, low, high);
  let best = low;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > scores[best - low]!) best = low + i;
  const bestScore = scores[best - low]!;
  // The best score of the other years, and of the other months of the best one's year.
  let otherYears = -Infinity;
  let sameYear = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const at = low + i;
    if (yearOf(at) !== yearOf(best)) otherYears = Math.max(otherYears, scores[i]!);
    else if (at !== best) sameYear = Math.max(sameYear, scores[i]!);
  }
  const yearMargin = bestScore - otherYears;
  const monthMargin = bestScore - sameYear;
  const monthly = clues.some((clue) => (clue.kind === 'month' || (clue.kind === 'window' && clue.to! - clue.from! <= 12)) && clueScore(clue, best) > 0);
  // The binding lower bound: the latest past date told.
  const latestAfter = afters.reduce((latest, c) => Math.max(latest, c.from!), -Infinity);
  const used = clues.filter((clue) => {
    const here = clueScore(clue, best);
    if (clue.kind === 'after') return clue.weight >= 5 && clue.from === latestAfter;
    if (clue.kind === 'near-past' || clue.kind === 'near-future') return here >= 0.5 * clue.weight;
    return here > 0;
  });
  // Sure of the year when a window carries it with a lead; of the month when month clues agree too.
  const hasWindow = windows.some((clue) => clueScore(clue, best) > 0);
  if (yearMargin < 1 && !hasWindow) return { confidence: 0.2, year: yearOf(best), clues: used };
  const confidence = Math.min(0.9, 0.4 + 0.05 * Math.min(yearMargin, 6) + (hasWindow ? 0.1 : 0));
  if (monthly && monthMargin >= 0.5) return { month: best, year: yearOf(best), confidence, clues: used };
  return { year: yearOf(best), confidence: Math.max(0.3, confidence - 0.1), clues: used };
}
