import type { Span } from '../types.js';
import { lineRanges } from '../segment/lines.js';
import { findDates, type DateMatch } from './date-text.js';

/** A publication date read from a line at the top of a plain article. */
export interface DatelineDate {
  value: string;
  dateTime?: string;
  /** The date as written, in the article text. */
  span: Span;
  /** The whole line it was read from. */
  line: Span;
  /** `published`, `posted`, `bare` (a line that is only a date) or `updated`. */
  label: DatelineLabel;
  corrections: { from: string; to: string }[];
}

export type DatelineLabel = 'published' | 'posted' | 'bare' | 'updated';

/** Metadata read from the lines at the top of a plain article. */
export interface MetadataLines {
  url?: string;
  outlet?: string;
  published?: DatelineDate;
  /** The lines recognised, to keep them out of extraction. */
  spans: { span: Span; label: 'url-line' | 'dateline' }[];
}

// How many non-empty lines from the top may carry metadata (title, byline, URL, dates).
const HEADER_LINES = 8;
// A dateline is short; a longer line is prose that mentions a date.
const MAX_DATELINE_LENGTH = 100;

const URL_LINE = /^\s*(?:url|source|link|permalink)\s*:\s*(\S+)\s*$/iu;
const YEAR_WRITTEN = /\b(?:1[89]|20|21)\d\d\b|\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d\d\b|-\d{1,2}-\d\d\b/u;

// Labels and how much each says about the first publication (lower is better).
const LABELS: readonly { pattern: RegExp; label: DatelineLabel }[] = [
  { pattern: /\b(?:first|originally)\s+(?:published|posted)\b/giu, label: 'published' },
  { pattern: /\b(?:published|released?|created)\b/giu, label: 'published' },
  { pattern: /\bposted\b/giu, label: 'posted' },
  { pattern: /\b(?:last\s+)?(?:updated|modified|edited)\b/giu, label: 'updated' },
];
const LABEL_RANK: Record<DatelineLabel, number> = { published: 0, posted: 1, bare: 2, updated: 3 };

// Words a dateline may hold besides its dates: weekdays, times, zones, small joining words.
const ALLOWED_WORD = new RegExp(
  `^(?:${[
    '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?',
    '\\d{1,2}(?:[:.]\\d{2}){1,2}(?:[ap]\\.?m\\.?|[ap])?',
    '\\d{3,4}', // 0947 GMT
    '[ap]\\.?m\\.?',
    'hrs?|at|on|by|time|date|dateline|local|story|article|found|first|last|originally|am|pm',
    '(?:gmt|utc)(?:[+-]\\d{1,2}(?::?\\d{2})?)?',
  ].join('|')})$`,
  'iu',
);
// Names in capitals: zones (PDT), places (UNITED STATES, MUMBAI), agencies (AFP, CNA), "D.C.".
const CAPITALS = /^\p{Lu}[\p{Lu}.]*$/u;
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u;

export function outletFromUrl(url: string): string | undefined {
  try {
    const full = /^[a-z][a-z0-9+.-]*:\/\//iu.test(url) ? url : `http://${url}`;
    return new URL(full).hostname.replace(/^www\d?\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Recognises metadata lines among the first lines of a plain article: `URL: …` (the outlet is
 * the host), labelled dates (`Published: …`, `Posted: … Last Updated: …`, `First Posted: …`), and
 * lines that are only a date with its weekday, time, zone or place ("Thursday, March 14, 2013",
 * "March 14, 2013-UNITED STATES -", "May 2, 2013 | 5:03pm"). The publication date is the best
 * labelled one: published, then posted, then a bare date, then an update stamp. Dates without a
 * year ("Nov 11") are not publication dates and stay in the text.
 */
export function readMetadataLines(text: string, from = 0): MetadataLines {
  const result: MetadataLines = { spans: [] };
  let seen = 0;
  for (const { span } of lineRanges(text, from)) {
    if (seen >= HEADER_LINES) break;
    const line = text.slice(span.start, span.end);
    if (line.trim() === '') continue;
    seen++;
    const url = URL_LINE.exec(line);
    if (url && /^(?:https?:\/\/|www\.)/iu.test(url[1]!)) {
      result.url = url[1]!;
      const outlet = outletFromUrl(url[1]!);
      if (outlet) result.outlet = outlet;
      result.spans.push({ span, label: 'url-line' });
      continue;
    }
    if (line.trim().length > MAX_DATELINE_LENGTH) continue;
    const dates = readDateline(line);
    if (!dates) continue;
    result.spans.push({ span, label: 'dateline' });
    for (const date of dates) {
      if (result.published && LABEL_RANK[date.label] >= LABEL_RANK[result.published.label]) continue;
      result.published = {
        value: date.match.value!,
        ...(date.match.dateTime ? { dateTime: date.match.dateTime } : {}),
        span: { start: span.start + date.match.index, end: span.start + date.match.index + date.match.length },
        line: span,
        label: date.label,
        corrections: date.match.corrections,
      };
    }
  }
  return result;
}

/** The dated parts of a line that is a dateline, each with its label; undefined for any other line. */
function readDateline(line: string): { match: DateMatch; label: DatelineLabel }[] | undefined {
  // Only dates with a year count, and a year is written in digits — four ("2005"), or two at the end of
  // a numeric date ("11 / 28 / 05", "Dec-19-05"): a line without one is no dateline, and most header
  // lines (headlines, bylines, "10 minutes later") never wake chrono, whose parse is costly.
  if (!YEAR_WRITTEN.test(line)) return undefined;
  const matches = findDates(line);
  const dated = matches.filter((match) => match.value !== undefined);
  if (dated.length === 0) return undefined;
  const labels: { index: number; end: number; label: DatelineLabel }[] = [];
  for (const { pattern, label } of LABELS) {
    for (const found of line.matchAll(pattern)) {
      const index = found.index!;
      if (!labels.some((other) => index < other.end && other.index < index + found[0].length)) {
        labels.push({ index, end: index + found[0].length, label });
      }
    }
  }
  if (!isOnlyMetadata(line, [...matches, ...labels.map((l) => ({ index: l.index, length: l.end - l.index }))])) return undefined;
  return dated.map((match) => {
    // A date takes the label written before it, unless another date stands in between.
    const before = labels.filter((l) => l.end <= match.index && !dated.some((d) => d !== match && d.index >= l.end && d.index < match.index));
    const nearest = before.sort((a, b) => b.end - a.end)[0];
    return { match, label: nearest?.label ?? 'bare' };
  });
}

/**
 * Whether what is left of a line once its dates and labels are taken out is only what datelines
 * hold: weekdays, times, zones, separators, names in capitals, and at most two capitalised words
 * (a place such as "Washington", an outlet such as "Reuters"). A headline or a sentence that
 * mentions a date has more words than that.
 */
function isOnlyMetadata(line: string, taken: readonly { index: number; length: number }[]): boolean {
  let rest = '';
  let at = 0;
  for (const part of [...taken].sort((a, b) => a.index - b.index)) {
    if (part.index > at) rest += line.slice(at, part.index);
    rest += ' ';
    at = Math.max(at, part.index + part.length);
  }
  rest += line.slice(at);
  let capitalised = 0;
  for (const raw of rest.split(/[\s|@/,;:()[\]•·*–—_-]+/u)) {
    const word = raw.replace(/^[.'"“”‘’]+|['"“”‘’]+$/gu, '');
    if (word === '' || /^[.\d]+$/u.test(word) && word.length <= 2) continue;
    if (ALLOWED_WORD.test(word)) continue;
    if (CAPITALS.test(word)) continue;
    if (CAPITALISED.test(word) && ++capitalised <= 2) continue;
    return false;
  }
  return true;
}
