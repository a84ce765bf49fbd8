import type { Article } from '../../types.js';
import type { ComparisonMeta } from './comparison.js';

export const changeOverTimeMeta: ComparisonMeta = {
  id: 'change-over-time',
  description:
    'Running totals (deaths, injuries, damage, arrests) grow as news comes in: a higher number in a later ' +
    'article is an update, not a conflict. A total that falls in a later article, or two reports from the same ' +
    'time that differ, conflict.',
};

// Totals that only grow while a story unfolds.
const RUNNING_TOTAL = /kill|dead|death|died|fatal|injur|wound|hurt|missing|arrest|detain|evacuat|displac|homeless|damag|destroy|collaps|hospital|rescu|affect|casualt|victim|aftershock|toll/iu;

export function isRunningTotal(counted: string | undefined): boolean {
  return counted !== undefined && RUNNING_TOTAL.test(counted);
}

/** When an article was written, as an instant we can order: its date-time, else its date. */
export interface ReportTime {
  /** Milliseconds since the epoch of the start of what is known. */
  start: number;
  /** End of the known period (a date-only publication spans its whole day). */
  end: number;
  label: string;
}

export function reportTimeOf(article: Article): ReportTime | undefined {
  const published = article.published;
  if (published.dateTime) {
    const instant = Date.parse(published.dateTime);
    if (!Number.isNaN(instant)) return { start: instant, end: instant, label: published.dateTime };
  }
  const value = published.value;
  if (!value) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  const start = Date.UTC(year!, (month ?? 1) - 1, day ?? 1);
  const end = day !== undefined ? Date.UTC(year!, month! - 1, day + 1) : month !== undefined ? Date.UTC(year!, month, 1) : Date.UTC(year! + 1, 0, 1);
  return { start, end, label: value };
}

/** -1 when `a` was certainly written before `b`, 1 after, 0 when the order is unknown or simultaneous. */
export function orderOfReports(a: ReportTime | undefined, b: ReportTime | undefined): -1 | 0 | 1 {
  if (!a || !b) return 0;
  if (a.end <= b.start && a.start < b.start) return -1;
  if (b.end <= a.start && b.start < a.start) return 1;
  return 0;
}
