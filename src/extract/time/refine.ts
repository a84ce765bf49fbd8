import type { TimeFrame } from './frame.js';
import { partMod } from './rules/rule.js';

/** A proposed time expression: offsets into the sentence text, its frame, who proposed it. */
export interface Candidate {
  start: number;
  end: number;
  frame: TimeFrame;
  source: string;
  /** Lower wins between proposals of the same length. */
  priority: number;
}

const CALENDAR_FIELDS = ['year', 'month', 'day', 'weekday', 'holiday', 'season', 'quarter', 'half', 'decade', 'century', 'weekend'] as const;

function hasCalendar(frame: TimeFrame): boolean {
  return CALENDAR_FIELDS.some((field) => frame[field] !== undefined);
}

function isTimeOnly(frame: TimeFrame): boolean {
  return (
    frame.kind === 'date' &&
    (frame.hour !== undefined || frame.partOfDay !== undefined) &&
    !hasCalendar(frame) &&
    (!frame.shift || (frame.shift.unit === 'day' && frame.shift.amount === 0))
  );
}

function isDayLevel(frame: TimeFrame): boolean {
  if (frame.kind !== 'date' || frame.hour !== undefined || frame.partOfDay !== undefined) return false;
  return frame.day !== undefined || frame.weekday !== undefined || frame.holiday !== undefined || frame.shift?.unit === 'day';
}

function isWeekdayOnly(frame: TimeFrame): boolean {
  return frame.kind === 'date' && frame.weekday !== undefined && frame.month === undefined && frame.day === undefined && !frame.shift;
}

function isMonthDay(frame: TimeFrame): boolean {
  return frame.kind === 'date' && frame.month !== undefined && frame.day !== undefined && frame.weekday === undefined;
}

function monthOnly(f: TimeFrame): boolean {
  return f.kind === 'date' && (f.month !== undefined || f.season !== undefined) && f.day === undefined && f.year === undefined && !f.shift && !f.anaphoric && (!f.occurrence || f.occurrence === 'tense');
}

function yearOnly(f: TimeFrame): boolean {
  return f.kind === 'date' && f.year !== undefined && f.stated.length === 1 && f.month === undefined && f.season === undefined;
}

/** Joins two frames that name one moment ("10 p.m." + "Wednesday", "Wednesday" + "March 20"), or undefined. */
export function join(a: TimeFrame, b: TimeFrame): TimeFrame | undefined {
  const [time, day] = isTimeOnly(a) && isDayLevel(b) ? [a, b] : isTimeOnly(b) && isDayLevel(a) ? [b, a] : [undefined, undefined];
  if (time && day) {
    const joined: TimeFrame = { ...day, stated: [...day.stated, ...time.stated] };
    if (time.hour !== undefined) {
      joined.hour = time.hour;
      joined.minute = time.minute ?? 0;
      if (time.second !== undefined) joined.second = time.second;
    } else joined.partOfDay = time.partOfDay!;
    const mod = day.mod ?? time.mod;
    if (mod) joined.mod = mod;
    return joined;
  }
  // "last Oct." (our month rule, with its cue) and "Oct. 23" (chrono): one date.
  if (a.kind === 'date' && b.kind === 'date' && a.month !== undefined && a.month === b.month && (a.day === undefined) !== (b.day === undefined)) {
    const [withDay, withCue] = a.day !== undefined ? [a, b] : [b, a];
    const joined: TimeFrame = { ...withDay };
    if (withCue.occurrence) joined.occurrence = withCue.occurrence;
    if (withCue.mod && !joined.mod) joined.mod = withCue.mod;
    if (withCue.year !== undefined && joined.year === undefined) {
      joined.year = withCue.year;
      joined.stated = [...joined.stated, 'year'];
    }
    if (withCue.shift && joined.year === undefined) joined.shift = withCue.shift;
    return joined;
  }
  // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season and a year told apart.
  if (monthOnly(a) && yearOnly(b)) return { ...a, year: b.year!, stated: [...a.stated, 'year'] };
  const [weekday, date] = isWeekdayOnly(a) && isMonthDay(b) ? [a, b] : isWeekdayOnly(b) && isMonthDay(a) ? [b, a] : [undefined, undefined];
  if (weekday && date) return { ...date, weekday: weekday.weekday!, stated: [...date.stated, 'weekday'] };
  return undefined;
}

/**
 * Keeps one proposal per stretch of text: longer first, then by rule priority. A partly
 * overlapping proposal that names the same moment is joined into the kept one.
 */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    const overlapping = kept.findIndex((k) => candidate.start < k.end && k.start < candidate.end);
    if (overlapping < 0) {
      kept.push(candidate);
      continue;
    }
    const other = kept[overlapping]!;
    const contained = candidate.start >= other.start && candidate.end <= other.end;
    const joined = contained ? undefined : join(other.frame, candidate.frame);
    if (joined && kept.every((k, i) => i === overlapping || !(Math.min(other.start, candidate.start) < k.end && k.start < Math.max(other.end, candidate.end)))) {
      kept[overlapping] = { ...other, start: Math.min(other.start, candidate.start), end: Math.max(other.end, candidate.end), frame: joined, source: `${other.source}+${candidate.source}` };
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Joins neighbours separated only by spaces or a comma: "10 p.m. Wednesday", "Wednesday, March 20". */
export function joinAdjacent(candidates: readonly Candidate[], text: string): Candidate[] {
  const result: Candidate[] = [];
  for (const candidate of candidates) {
    const last = result[result.length - 1];
    const gap = last ? text.slice(last.end, candidate.start) : '';
    // "the winter of nineteen ninety-four": a month or season "of" a year said in words.
    const ofYear = last !== undefined && /^\s+of\s+$/u.test(gap) && monthOnly(last.frame) && yearOnly(candidate.frame);
    if (last && ((/^\s*,?\s*$/u.test(gap) && gap.length <= 3) || ofYear)) {
      const joined = join(last.frame, candidate.frame);
      if (joined) {
        result[result.length - 1] = { ...last, end: candidate.end, frame: joined, source: `${last.source}+${candidate.source}` };
        continue;
      }
    }
    result.push(candidate);
  }
  return result;
}

const PART_BEFORE = /(?:^|[^\w'’-])((?:early|late|mid|the\s+(?:end|beginning|start|middle|close)\s+of|the\s+(?:first|second|latter)\s+half\s+of))[-\s]+$/iu;

/**
 * A day told as the landmark of another: "the week of March 6" (the week that holds it), "the day
 * before last Tuesday's hearing" (a day earlier).
 */
const AROUND_DAY = /(?:^|[^\w'’-])(the\s+(?:(week|weekend)\s+of|(day|week)\s+(before|after)))\s+$/iu;

/** "around 7:15 p.m.", "at about noon": an approximate clock time (a preposition "about" before a day is not). */
const APPROX_BEFORE = /(?:^|[^\w'’-])(around|about|approximately|roughly)\s+$/iu;

/**
 * Takes "early", "mid-", "the end of" into a date's span and `mod` ("early 2010", "mid-2012"), and
 * "around" into a clock time's ("around 7:15 p.m.", APPROX).
 */
export function extendParts(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.frame.kind !== 'date' || candidate.frame.mod) return candidate;
    const windowStart = Math.max(0, candidate.start - 40);
    const before = text.slice(windowStart, candidate.start);
    const approx = candidate.frame.hour !== undefined ? APPROX_BEFORE.exec(before) : null;
    if (approx) return { ...candidate, start: windowStart + approx.index + approx[0].indexOf(approx[1]!), frame: { ...candidate.frame, mod: 'APPROX' } };
    const around = isDayLevel(candidate.frame) && candidate.frame.hour === undefined ? AROUND_DAY.exec(before) : null;
    if (around) {
      const start = windowStart + around.index + around[0].indexOf(around[1]!);
      if (around[2]) return { ...candidate, start, frame: { ...candidate.frame, within: around[2].toLowerCase() as 'week' | 'weekend' } };
      const unit = around[3]!.toLowerCase() as 'day' | 'week';
      return { ...candidate, start, frame: { ...candidate.frame, offset: { unit, amount: around[4]!.toLowerCase() === 'before' ? -1 : 1 } } };
    }
    const match = PART_BEFORE.exec(before);
    if (!match) return candidate;
    const mod = partMod(match[1]);
    if (!mod) return candidate;
    const start = windowStart + match.index + match[0].indexOf(match[1]!);
    return { ...candidate, start, frame: { ...candidate.frame, mod } };
  });
}

/** A bare day number coordinated with a date: "April 24 and 25", "May 3 or 4". */
const NEXT_DAY_NUMBER = /^(\s*(?:and|or|&)\s*)(\d{1,2})(?:st|nd|rd|th)?(?![\w%'’]|[.,:/]\d|\s*(?:%|percent|per\b|[ap]\.?m\b|o['’]clock))/iu;

/** Adds the second day of "April 24 and 25": the same month (and year), another day. */
export function addCoordinatedDays(candidates: readonly Candidate[], text: string): Candidate[] {
  const result: Candidate[] = [];
  for (const candidate of candidates) {
    result.push(candidate);
    const { frame } = candidate;
    if (frame.kind !== 'date' || frame.month === undefined || frame.day === undefined || frame.hour !== undefined) continue;
    const match = NEXT_DAY_NUMBER.exec(text.slice(candidate.end, candidate.end + 16));
    if (!match) continue;
    const day = Number(match[2]);
    if (day <= frame.day || day > 31) continue;
    const start = candidate.end + match[1]!.length;
    const { weekday: _weekday, ...rest } = frame;
    result.push({ ...candidate, start, end: start + match[2]!.length, frame: { ...rest, day, stated: rest.stated.filter((part) => part !== 'weekday') }, source: `${candidate.source}+day` });
  }
  return result;
}
