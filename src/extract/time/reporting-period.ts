import { civil, compareCivil, daysBetween } from './calendar.js';
import type { TimeFrame } from './frame.js';
import type { Anchor } from './place-date.js';
import type { ResolvedDate } from './resolved-date.js';
import { periodOf, shiftPeriod } from './resolved-date.js';

/**
 * Company results compare periods: "the year-ago period", "the same quarter last year", "the 1988
 * period", "the latest period" all point at the quarter the article reports on. A results story
 * names that quarter in its lead ("posted a 20% gain in third-quarter net income") before any
 * digression ("After a flat second quarter, …"), so the reported quarter is the first quarter the
 * document tells that has begun by publication; without one, the quarter just reported when the
 * article appeared.
 */

/** How many days into a quarter its predecessor is still the one being reported. */
const REPORTING_SEASON_DAYS = 45;

/** True when the publication day falls early in its quarter, while the previous quarter's results come out. */
export function inReportingSeason(anchor: Anchor): boolean {
  if (anchor.period.granularity !== 'day') return false;
  const quarterStart = periodOf('quarter', anchor.period.start).start;
  return daysBetween(quarterStart, anchor.period.start) < REPORTING_SEASON_DAYS;
}

/** The quarter just reported at publication: in mid-October, the third quarter. */
function publicationQuarter(anchor: Anchor | undefined): ResolvedDate | undefined {
  if (anchor?.period.granularity !== 'day') return undefined;
  const quarter = periodOf('quarter', anchor.period.start);
  return inReportingSeason(anchor) ? shiftPeriod(quarter, -1) : quarter;
}

/**
 * Whether a placed date can be the reported quarter: a quarter that has begun by publication (a
 * forecast for "the fourth quarter of 1990" is not what the results are about).
 */
export function canReport(placed: ResolvedDate, anchor: Anchor | undefined): boolean {
  if (placed.granularity !== 'quarter') return false;
  return !anchor || compareCivil(placed.start, anchor.period.start) <= 0;
}

const PER_YEAR: Partial<Record<ResolvedDate['granularity'], number>> = { year: 1, half: 2, quarter: 4, month: 12 };

/**
 * Places a frame that counts from the reported quarter (`frame.reported`). `told` is the reported
 * quarter the document named, if any. "The full year" is the year that quarter falls in. A
 * "period" of untold length ("the 1988 period" after "the first nine months") is a quarter only
 * when the document told one; otherwise its year, and "the year-earlier figures" count back a
 * year from the period just told ("2019"), or from publication.
 */
export function placeReported(frame: TimeFrame, anchor: Anchor | undefined, told: ResolvedDate | undefined, previous?: ResolvedDate): ResolvedDate | undefined {
  if (frame.reported === 'year') {
    const within = told ?? anchor?.period;
    return within && within.granularity !== 'century' && within.granularity !== 'decade' ? periodOf('year', within.start) : undefined;
  }
  const quarter = told ?? (frame.reported === 'quarter' ? publicationQuarter(anchor) : undefined);
  const amount = frame.shift?.unit === 'quarter' && frame.shift.amount !== null ? frame.shift.amount : 0;
  if (frame.year !== undefined) {
    return quarter ? periodOf('quarter', civil(frame.year, quarter.quarter! * 3, 1)) : periodOf('year', civil(frame.year, 1, 1));
  }
  if (quarter) return shiftPeriod(quarter, amount);
  const years = Math.trunc(amount / 4);
  const perYear = previous ? PER_YEAR[previous.granularity] : undefined;
  if (previous && perYear) return shiftPeriod(previous, years * perYear);
  if (anchor?.period.granularity !== 'day' && anchor?.period.granularity !== 'month') return undefined;
  return shiftPeriod(periodOf('year', anchor.period.start), years);
}
