import { isOneEditApart } from '../util/one-edit.js';
import { datelineChrono } from './dateline-chrono.js';

/** A date or time found in a short metadata string, with offsets into that string as written. */
export interface DateMatch {
  index: number;
  length: number;
  /** `YYYY-MM-DD` or `YYYY-MM` when the match states a year and a month. */
  value?: string;
  /** ISO date-time with offset when a day, an hour and a plausible zone were stated. */
  dateTime?: string;
  /** Misspelt month names read as the month they were meant to be (`Novemer` → `November`). */
  corrections: { from: string; to: string }[];
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ABBREVIATION = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\./giu;
const WEEKDAY_ABBREVIATION = /\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\./giu;

interface Normalised {
  text: string;
  /** `origin[i]` = offset in the original of normalised offset `i`; one entry past the end. */
  origin: number[];
  corrections: { from: string; to: string; at: number }[];
}

/**
 * Rewrites the ways sites print dates that chrono does not read, keeping a map back to the
 * original offsets: spaced slashes (`03 / 14 / 2013`), periods after month and weekday
 * abbreviations (`Fri., May. 3`), day-first dotted dates (`08.07.2012` is 8 July, as in Europe),
 * `5:03p`, `Dec-19-05`, and month names with one typing error.
 */
function normalise(raw: string): Normalised {
  const edits: { start: number; end: number; replacement: string; correction?: { from: string; to: string } }[] = [];
  const add = (pattern: RegExp, replace: (match: RegExpExecArray) => string | undefined) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
      const replacement = replace(match);
      if (replacement !== undefined) edits.push({ start: match.index, end: match.index + match[0].length, replacement });
    }
  };
  add(/(\d)\s*\/\s*(?=\d)/gu, (m) => (m[0].length > 2 ? `${m[1]}/` : undefined));
  add(MONTH_ABBREVIATION, (m) => m[0].slice(0, -1) + ' ');
  add(WEEKDAY_ABBREVIATION, (m) => m[0].slice(0, -1) + ' ');
  add(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/gu, (m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  add(/\b(\d{1,2}:\d{2})([ap])\b(?!\.?m)/giu, (m) => `${m[1]}${m[2]}m`);
  // "Dec-19-05": month, day and a two-digit year joined by dashes (years below 50 are 20xx).
  add(/\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*-(\d{1,2})-(\d{2}|\d{4})\b/giu, (m) => {
    const year = m[3]!.length === 4 ? m[3]! : `${Number(m[3]) < 50 ? '20' : '19'}${m[3]}`;
    return `${m[1]} ${m[2]}, ${year}`;
  });
  // Only next to a day number or year, so a town called Augusta stays a town.
  for (const word of raw.matchAll(/(?<=\d(?:st|nd|rd|th)?\s+)\p{L}{5,10}|\p{L}{5,10}(?=\.?\s*\d)/gu)) {
    const lower = word[0].toLowerCase();
    if (MONTHS.includes(lower)) continue;
    const near = MONTHS.filter((month) => month.length >= 5 && isOneEditApart(lower, month));
    if (near.length !== 1) continue;
    const to = near[0]![0]!.toUpperCase() + near[0]!.slice(1);
    edits.push({ start: word.index!, end: word.index! + word[0].length, replacement: to, correction: { from: word[0], to } });
  }
  edits.sort((a, b) => a.start - b.start);
  let text = '';
  const origin: number[] = [];
  const corrections: Normalised['corrections'] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping rewrites: the first one wins
    for (; at < edit.start; at++) {
      origin.push(at);
      text += raw[at];
    }
    if (edit.correction) corrections.push({ ...edit.correction, at: text.length });
    for (let i = 0; i < edit.replacement.length; i++) origin.push(edit.start + Math.min(i, edit.end - edit.start - 1));
    text += edit.replacement;
    at = edit.end;
  }
  for (; at < raw.length; at++) {
    origin.push(at);
    text += raw[at];
  }
  origin.push(raw.length);
  return { text, origin, corrections };
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetString(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// chrono reads "-13:42" after a date as a zone; real zones are whole quarter hours within ±14 h.
const isPlausibleOffset = (minutes: number) => Math.abs(minutes) <= 14 * 60 && minutes % 15 === 0;

/**
 * Every date and time chrono finds in a short string (a dateline, a front-matter value), after
 * the rewrites above; offsets refer to `raw` as written. The calendar date is the one written,
 * never shifted into another zone. Only years 1900–2100 count as stated years.
 */
export function findDates(raw: string): DateMatch[] {
  const normalised = normalise(raw);
  const results = datelineChrono().parse(normalised.text, new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  return results.map((result) => {
    const start = result.start;
    const from = result.index;
    const to = result.index + result.text.length;
    const match: DateMatch = {
      index: normalised.origin[from]!,
      length: normalised.origin[to]! - normalised.origin[from]!,
      corrections: normalised.corrections.filter((c) => c.at >= from && c.at < to).map(({ from: f, to: t }) => ({ from: f, to: t })),
    };
    const year = start.get('year');
    if (start.isCertain('year') && start.isCertain('month') && year !== null && year >= 1900 && year <= 2100) {
      match.value = `${year}-${pad(start.get('month')!)}`;
      if (start.isCertain('day')) {
        match.value += `-${pad(start.get('day')!)}`;
        const offset = start.get('timezoneOffset');
        if (start.isCertain('hour') && start.isCertain('timezoneOffset') && offset !== null && isPlausibleOffset(offset)) {
          match.dateTime = `${match.value}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}${offsetString(offset)}`;
        }
      }
    }
    return match;
  });
}
