import type { TimeRule } from './rule.js';
import { CLOCK_RULES } from './clock-rules.js';
import { DAY_RULES } from './day-rules.js';
import { DURATION_RULES } from './duration-rules.js';
import { MONTH_RULES } from './month-rules.js';
import { REF_RULES } from './ref-rules.js';
import { RELATIVE_RULES } from './relative-rules.js';
import { REPORT_RULES } from './report-rules.js';
import { SET_RULES } from './set-rules.js';
import { YEAR_RULES } from './year-rules.js';

/**
 * Our grammar, in priority order. Where two proposals cover the same text the longer one wins;
 * on equal length the earlier rule here wins, so:
 * - sets come first: "a year" after "$5" is a rate, not a duration;
 * - "ago"/"earlier" before durations: "three days ago" is a date; reporting periods with them;
 * - calendar rules before relative ones, relative before durations, references last;
 * - 24-hour clock times before years: "at 1630 (1330 GMT)" is a time.
 */
export const TIME_RULES: readonly TimeRule[] = [
  ...SET_RULES,
  ...RELATIVE_RULES,
  ...REPORT_RULES,
  ...MONTH_RULES,
  ...CLOCK_RULES,
  ...YEAR_RULES,
  ...DAY_RULES,
  ...DURATION_RULES,
  ...REF_RULES,
];

export type { TimeRule } from './rule.js';
