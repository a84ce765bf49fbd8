import type { Certainty, TimeValue } from '../../types.js';
import type { CivilDate } from './calendar.js';
import { formatDay, parseCivil } from './calendar.js';
import type { TimeFrame, TimeMention } from './frame.js';
import type { Anchor } from './place-date.js';
import { UNIT_GRANULARITY, nestsIn, placeDate } from './place-date.js';
import type { DateGranularity, ResolvedDate } from './resolved-date.js';
import { formatResolved, intervalOf, periodOf, shiftPeriod } from './resolved-date.js';
import { dateRightAfter, dayLater, isClockOnly, periodAfterSpan } from './neighbours.js';
import { canReport, inReportingSeason, placeReported } from './reporting-period.js';
import { addDuration, durationValue, setValue, unanchoredValue } from './timex-forms.js';

/** A mention placed against a reference date: its TimeValue, what was stated or implied, the placed date. */
export interface Resolution {
  value: TimeValue;
  certainty: Record<string, Certainty>;
  placed?: ResolvedDate;
}

/** The anchor a publication value gives: a day, or a whole month or year when only that is known. */
export function publicationAnchor(published: string | null | undefined): Anchor | undefined {
  if (!published) return undefined;
  const date = parseCivil(published);
  if (!date) return undefined;
  const granularity: DateGranularity = /^\d{4}-\d{2}-\d{2}/u.test(published) ? 'day' : /^\d{4}-\d{2}/u.test(published) ? 'month' : 'year';
  return { period: periodOf(granularity, date) };
}

const VALUE_GRANULARITY: Record<DateGranularity, TimeValue['granularity'] | undefined> = {
  century: 'century', decade: 'decade', year: 'year', half: undefined, season: 'season', quarter: 'quarter',
  month: 'month', week: 'week', weekend: 'week', day: 'day',
};

function hasTime(frame: TimeFrame): boolean {
  return frame.hour !== undefined || frame.partOfDay !== undefined;
}

function dateCertainty(frame: TimeFrame, placed: ResolvedDate | undefined): Record<string, Certainty> {
  const certainty: Record<string, Certainty> = {};
  for (const part of frame.stated) certainty[part] = 'stated';
  if (frame.shift) certainty.offset = 'stated';
  if (!placed) return certainty;
  const carried: string[] = ['year'];
  if (!['century', 'decade', 'year', 'half', 'season', 'quarter'].includes(placed.granularity)) carried.push('month');
  if (placed.granularity === 'day') carried.push('day');
  const missing = carried.filter((part) => !frame.stated.includes(part) && !(part === 'year' && (frame.decade !== undefined || frame.century !== undefined)));
  if (missing.includes('day')) certainty.date = 'implied';
  else for (const part of missing) certainty[part] = 'implied';
  return certainty;
}

/** The date just told can anchor the frame when it is fine enough ("the next day" needs a day). */
function anaphoraFits(frame: TimeFrame, previous: ResolvedDate): boolean {
  if (frame.partOfDay || frame.hour !== undefined || frame.weekday !== undefined) return previous.granularity === 'day';
  const unit = frame.shift ? UNIT_GRANULARITY[frame.shift.unit] : undefined;
  return unit === undefined || nestsIn(previous.granularity, unit);
}

/** "a year ago", "a year earlier" right after a quarter: the same quarter a year before (financial reports). */
function comparesPeriods(frame: TimeFrame, previous: ResolvedDate | undefined): boolean {
  return frame.periodic === true && frame.stated.length === 0 && previous !== undefined && (previous.granularity === 'quarter' || previous.granularity === 'half');
}

/**
 * "the quarter" with nothing before it, early in a quarter, is the quarter just reported: in
 * mid-October, results "for the quarter" are the third quarter's.
 */
function reportedQuarter(frame: TimeFrame, anchor: Anchor | undefined): TimeFrame {
  if (!(frame.anaphoric && frame.shift?.unit === 'quarter' && frame.shift.amount !== null && frame.shift.amount <= 0 && anchor)) return frame;
  return inReportingSeason(anchor) ? { ...frame, shift: { unit: 'quarter', amount: frame.shift.amount - 1 } } : frame;
}

/** "the week of March 6" → the week that holds it; "the day before last Tuesday" → the Monday. */
function landmark(frame: TimeFrame, placed: ResolvedDate | undefined): ResolvedDate | undefined {
  if (!placed || placed.granularity !== 'day') return placed;
  if (frame.within) return periodOf(frame.within, placed.start);
  if (frame.offset) return shiftPeriod(periodOf(frame.offset.unit === 'week' ? 'week' : 'day', placed.start), frame.offset.amount);
  return placed;
}

function resolveDuration(mention: TimeMention, anchor: Anchor | undefined, published: string | null): Resolution {
  const { frame } = mention;
  const parts = frame.duration ?? [];
  const timex: TimeValue['timex'] = { type: 'DURATION', value: frame.unspecified ? 'PXX' : durationValue(parts), ...(frame.mod ? { mod: frame.mod } : {}) };
  const value: TimeValue = { timex };
  const certainty: Record<string, Certainty> = { duration: 'stated' };
  if ((frame.lookBack || frame.lookAhead) && anchor && published) {
    const end: CivilDate = anchor.period.start;
    const other = addDuration(end, parts, frame.lookBack ? -1 : 1);
    timex.anchor = published;
    value.anchoredBy = 'publication';
    certainty.anchor = 'implied';
    if (other) value.interval = frame.lookBack ? { start: formatDay(other), end: formatDay(end) } : { start: formatDay(end), end: formatDay(other) };
  }
  // A look-back ("the first … in 14 years") says since when: its relation is `since`.
  if (frame.lookBack) value.relation = 'since';
  return { value, certainty };
}

function resolveDate(mention: TimeMention, anchor: Anchor | undefined, previous: ResolvedDate | undefined, reporting?: ResolvedDate): Resolution {
  const { frame } = mention;
  // Count from the date just told when it is fine enough ("the next day" needs a day), else from publication.
  const usesPrevious = frame.reported
    ? reporting !== undefined
    : ((frame.anaphoric === true || frame.anchoredAfter === true) && previous !== undefined && anaphoraFits(frame, previous)) || comparesPeriods(frame, previous);
  const effective = usesPrevious ? frame : reportedQuarter(frame, anchor);
  const placed = frame.reported
    ? placeReported(frame, anchor, reporting, previous)
    : landmark(frame, placeDate(effective, mention.tense, usesPrevious ? { period: previous! } : anchor));
  const timex: TimeValue['timex'] = {
    type: hasTime(frame) ? 'TIME' : 'DATE',
    value: placed ? formatResolved(placed) : unanchoredValue(frame),
    ...(frame.mod ? { mod: frame.mod } : {}),
  };
  const value: TimeValue = { timex };
  if (placed) {
    value.interval = intervalOf(placed);
    const granularity = hasTime(frame) && placed.granularity === 'day' ? 'time' : VALUE_GRANULARITY[placed.granularity];
    if (granularity) value.granularity = granularity;
    const absolute = frame.year !== undefined || frame.decade !== undefined || frame.century !== undefined;
    value.anchoredBy = absolute && !frame.shortYear ? 'absolute' : usesPrevious ? 'previous-date' : 'publication';
  } else {
    value.anchoredBy = 'unanchored';
  }
  return { value, certainty: dateCertainty(frame, placed), ...(placed ? { placed } : {}) };
}

/**
 * Resolves one mention. `previous` is the last date placed earlier in the same text, `reporting`
 * the quarter the text reports on (see `reporting-period.ts`).
 */
export function resolveMention(mention: TimeMention, published: string | null, previous?: ResolvedDate, reporting?: ResolvedDate): Resolution {
  const anchor = publicationAnchor(published);
  const { frame } = mention;
  let resolution: Resolution;
  switch (frame.kind) {
    case 'ref':
      resolution = {
        value: { timex: { type: 'DATE', value: frame.ref! }, anchoredBy: anchor ? 'publication' : 'unanchored' },
        certainty: {},
      };
      break;
    case 'set':
      resolution = {
        value: { timex: { type: 'SET', value: setValue(frame), ...(frame.mod ? { mod: frame.mod } : {}) } },
        certainty: Object.fromEntries(frame.stated.map((part) => [part, 'stated' as const])),
      };
      break;
    case 'duration':
      resolution = resolveDuration(mention, anchor, published);
      break;
    case 'date':
      resolution = resolveDate(mention, anchor, previous, reporting);
      break;
  }
  if (mention.tense && frame.kind === 'date' && !frame.year && !frame.shift) resolution.value.tense = mention.tense;
  if (mention.relation && !resolution.value.relation) resolution.value.relation = mention.relation;
  return resolution;
}

/**
 * Resolves a document's mentions in text order against one publication date. Anaphoric expressions
 * ("the next day", "a year earlier") count from the last date placed before them.
 */
export function resolveMentions(mentions: readonly TimeMention[], published: string | null): Resolution[] {
  const publication = publicationAnchor(published);
  let previous: ResolvedDate | undefined;
  let reporting: ResolvedDate | undefined;
  return mentions.map((mention, i) => {
    // "at 1930 GMT on Sunday, March 10": a clock time told before its day takes that day; "the
    // quarter ended Sept. 30" the quarter of that day.
    const day = isClockOnly(mention) ? dayLater(mentions, i) : mention.frame.anchoredAfter ? dateRightAfter(mentions, i) : undefined;
    const anchor = day ? resolveMention(day, published, previous).placed ?? previous : previous;
    // A period right after a stretch of months is that stretch: neither the reported quarter nor the last date told.
    const stretch = periodAfterSpan(mentions, i);
    const resolution = resolveMention(mention, published, stretch ? undefined : anchor, stretch ? undefined : reporting);
    // Comparison periods do not become the reference for what follows: "Two years later" moves the story on and anchors what follows; "a year earlier" and "a year ago" only compare.
    const { shift } = mention.frame;
    const comparison = (shift?.unit === 'year' && shift.amount !== null && shift.amount < 0) || (mention.frame.periodic === true && shift?.unit === 'quarter');
    if (resolution.placed && mention.frame.kind === 'date' && !comparison) {
      previous = resolution.placed;
      // The first quarter told (and begun) is the one the results are about.
      if (!reporting && !mention.frame.reported && canReport(resolution.placed, publication)) reporting = resolution.placed;
    }
    return resolution;
  });
}
