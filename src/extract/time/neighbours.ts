import type { TimeMention } from './frame.js';

// Expressions that lean on their neighbours in the same text: a clock time on the day told after
// it, "the quarter ended Sept. 30" on that day, a period on the stretch of months just told.

/**
 * "In the first nine months, net rose … from … in the 1988 period": a period of untold length right
 * after a stretch of months is that stretch, not the reported quarter.
 */
export function periodAfterSpan(mentions: readonly TimeMention[], i: number): boolean {
  const before = mentions[i - 1];
  return mentions[i]!.frame.reported === 'period' && before !== undefined && before.sentence === mentions[i]!.sentence && before.frame.kind === 'duration';
}

/** The next expression of the same sentence when it is a date placed on its own ("ended Sept. 30"). */
export function dateRightAfter(mentions: readonly TimeMention[], i: number): TimeMention | undefined {
  const next = mentions[i + 1];
  if (!next || next.sentence !== mentions[i]!.sentence || next.frame.kind !== 'date' || next.frame.anaphoric) return undefined;
  return next.frame.day !== undefined ? next : undefined;
}

/** A clock time told without its day ("at 10 p.m."), which takes the day told next to it. */
export function isClockOnly(mention: TimeMention): boolean {
  const { frame } = mention;
  return frame.kind === 'date' && frame.anaphoric === true && frame.hour !== undefined && frame.shift?.unit === 'day' && frame.shift.amount === 0;
}

/**
 * The next expression of the same sentence, when it names a day without leaning on another date.
 * Other clock times on the way are passed over: "at 1353 (1023 GMT) on Friday".
 */
export function dayLater(mentions: readonly TimeMention[], i: number): TimeMention | undefined {
  let k = i + 1;
  while (mentions[k] && mentions[k]!.sentence === mentions[i]!.sentence && isClockOnly(mentions[k]!)) k++;
  const next = mentions[k];
  if (!next || next.sentence !== mentions[i]!.sentence || next.frame.kind !== 'date' || next.frame.anaphoric) return undefined;
  const { frame } = next;
  const daily = frame.day !== undefined || frame.weekday !== undefined || frame.holiday !== undefined || frame.shift?.unit === 'day';
  // "at 4 in the morning (4 a.m. EDT Thursday)": the same moment told again with its day.
  return daily ? next : undefined;
}
