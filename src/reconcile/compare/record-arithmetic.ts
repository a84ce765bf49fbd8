import type { DateInterval, RecordValue } from '../../types.js';
import type { Comparison, ComparisonMeta } from './comparison.js';
import { compareIntervals, dayNumber, describeInterval, isoOfDay } from './granularity.js';

export const recordArithmeticMeta: ComparisonMeta = {
  id: 'record-arithmetic',
  description:
    '"First … since X" and "first … in N years" are compared through the previous occurrence they imply: ' +
    '"since 2010" ≡ "the first in 14 years" when published in 2024; "nearly five years" fits a previous visit ' +
    '4 years 8 months earlier.',
};

const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/u;

/** Length of an ISO 8601 duration in days (years of 365.25 days), or undefined when not a plain duration. */
export function durationInDays(duration: string): number | undefined {
  const match = DURATION.exec(duration);
  if (!match || match[0] === 'P') return undefined;
  const [, years = '0', months = '0', weeks = '0', days = '0'] = match;
  return Number(years) * 365.25 + Number(months) * 30.44 + Number(weeks) * 7 + Number(days);
}

/**
 * The interval the previous occurrence falls in: the stated one, else publication − gap. A gap of N years is
 * rounded by the writer, so it stands for N ± half a year; "nearly N years" for 85–100 % of N.
 */
export function previousOccurrence(record: RecordValue, published: string | null | undefined): DateInterval | undefined {
  if (record.previous) return { start: record.previous.start, end: record.previous.end };
  if (!record.gap || !published) return undefined;
  const gapDays = durationInDays(record.gap);
  if (gapDays === undefined) return undefined;
  const anchor = dayNumber(published);
  if (record.approximate) return { start: isoOfDay(Math.round(anchor - gapDays)), end: isoOfDay(Math.round(anchor - gapDays * 0.85) + 1) };
  const slack = record.gap.includes('Y') ? 183 : record.gap.includes('M') ? 15 : 1;
  return { start: isoOfDay(Math.round(anchor - gapDays - slack)), end: isoOfDay(Math.round(anchor - gapDays + slack) + 1) };
}

/** Compares the previous occurrences two records imply. */
export function compareRecords(a: DateInterval, b: DateInterval): Comparison {
  const comparison = compareIntervals(a, b);
  if (comparison.relation === 'different') {
    return { relation: 'different', reason: `the previous occurrence would be ${describeInterval(a)} on one side and ${describeInterval(b)} on the other` };
  }
  return { relation: comparison.relation, reason: `both put the previous occurrence in ${describeInterval(a)}${comparison.relation === 'same' ? '' : ` / ${describeInterval(b)}`}` };
}
