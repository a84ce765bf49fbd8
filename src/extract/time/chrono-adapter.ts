import type * as ChronoEn from 'chrono-node/en';
import type { TimeFrame } from './frame.js';
import { frame } from './rules/rule.js';
import { chronoEnglish } from '../../util/chrono-english.js';

/** A chrono proposal translated into our terms: offsets into the parsed text and a frame. */
export interface ChronoProposal {
  index: number;
  text: string;
  frame: TimeFrame;
}

let chrono: ChronoEn.Chrono | undefined;

/**
 * chrono-node's strict English parser, loaded on first use: only runs that extract time pay for it,
 * and only the English locale is loaded (the package root loads every locale, four times slower).
 * Without its casual parsers chrono reads what it is right about — written dates ("Jan. 1, 1959",
 * "3/21/2013", ISO), clock times ("5 p.m. EST") and their combinations; relative results ("two weeks
 * ago", "in 14 years") are dropped here, our rules read those with their tense.
 */
// Parsers and refiners whose results we would throw away (relative dates, lone weekdays: our rules
// read those with their cue words); leaving them out makes chrono about a third faster. Matched by
// class name: if a release renames them, they stay in and only cost time.
const UNUSED = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENWeekdayParser',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'MergeWeekdayComponentRefiner',
]);

function parser(): ChronoEn.Chrono {
  if (!chrono) {
    const en = chronoEnglish();
    // The plain (not casual) configuration: strict mode would drop "10:35 a.m. Friday" for its weekday.
    const configuration = en.configuration.createConfiguration(false, false);
    const used = <T extends object>(part: T) => !UNUSED.has(part.constructor.name);
    chrono = new en.Chrono({ parsers: configuration.parsers.filter(used), refiners: configuration.refiners.filter(used) });
  }
  return chrono;
}

// Any fixed instant does: we read only the components chrono marks as stated, never its implied ones.
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Prepositions chrono keeps in front of a date ("on May 5", "at 7:15"); TimeML leaves them out. */
const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|before|after|around|about|of)\s+)+/iu;

/** Runs chrono once over a text and returns its proposals with stated components only. */
export function chronoProposals(text: string): ChronoProposal[] {
  const proposals: ChronoProposal[] = [];
  for (const result of parser().parse(text, FIXED_REFERENCE)) {
    if (result.tags().has('result/relativeDate')) continue;
    let index = result.index;
    let span = result.text;
    const lead = LEADING.exec(span);
    if (lead) {
      index += lead[0].length;
      span = span.slice(lead[0].length);
    }
    span = trimEnd(span);
    // We ask chrono only for written dates and clock times: without a digit it read words ("first march").
    if (!/\d/u.test(span)) continue;
    // "Sept. 14 to Thursday", "Aug. 26 to Oct. 20": two expressions, as TimeML marks them.
    const range = result.end ? /^(.*?\p{L}.*?)(\s*(?:-|–|to|through|until|till)\s*)(.*\p{L}.*)$/u.exec(span) : null;
    if (range && result.end) {
      const first = frameOf(result.start, range[1]!);
      const second = frameOf(result.end, range[3]!);
      if (first) proposals.push({ index, text: range[1]!, frame: first });
      if (second) proposals.push({ index: index + range[1]!.length + range[2]!.length, text: range[3]!, frame: second });
      continue;
    }
    const built = frameOf(result.start, span);
    if (built && span.length > 0) proposals.push({ index, text: span, frame: built });
  }
  return proposals;
}

/**
 * Drops trailing spaces, commas and a sentence period, but keeps the dot of "a.m." or "Nov."; and
 * the bracket that closes a restatement chrono read a zone into ("18:30 (16:30 GMT)").
 */
function trimEnd(span: string): string {
  let trimmed = span.replace(/[\s,]+$/u, '');
  if (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1).replace(/[\s,]+$/u, '');
  if (!trimmed.endsWith('.')) return trimmed;
  return /(?:\b[ap]\.m|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.$/iu.test(trimmed) ? trimmed : trimmed.slice(0, -1);
}

function frameOf(components: ChronoEn.ParsedResult['start'], text: string): TimeFrame | undefined {
  const known = (name: ChronoEn.Component): number | undefined =>
    components.isCertain(name) ? (components.get(name) ?? undefined) : undefined;
  const result = frame('date');
  const year = known('year');
  const month = known('month');
  const day = known('day');
  const weekday = known('weekday');
  const hour = known('hour');
  if (year !== undefined) {
    result.year = year;
    result.stated.push('year');
  }
  if (month !== undefined) {
    result.month = month;
    result.stated.push('month');
  }
  if (day !== undefined) {
    result.day = day;
    result.stated.push('day');
  }
  if (weekday !== undefined) {
    result.weekday = weekday === 0 ? 7 : weekday;
    result.stated.push('weekday');
  }
  // A bare "at 6" is too often a count or a score: keep clock times that say they are one.
  const clock = hour !== undefined && /\d:\d\d|\d\s*(?:[ap]\.m\b|[ap]m\b)|o['’]?clock|\b(?:noon|midnight)\b/iu.test(text);
  if (clock) {
    result.hour = hour;
    result.minute = known('minute') ?? 0;
    const second = known('second');
    if (second !== undefined && second !== 0) result.second = second;
    result.stated.push('time');
  }
  if (result.stated.length === 0) return undefined;
  // A weekday alone is our weekday rule's job (it reads "last"/"next"); chrono also takes "Sun" or "Wed" in names.
  if (weekday !== undefined && result.stated.length === 1) return undefined;
  // "3/8", "12 3/4", "112 5/8": fractions (prices, rates), not dates.
  if (/^\d{1,2}\/\d{1,2}$|\d\s+\d{1,2}\/\d{1,2}\b/u.test(text)) return undefined;
  // Only a time: the day is the one just told of, or the publication day ("at 10:35 a.m.").
  if (clock && year === undefined && month === undefined && day === undefined && weekday === undefined) {
    result.shift = { unit: 'day', amount: 0 };
    result.anaphoric = true;
  }
  // A day of the month alone ("the 25th") is too weak to keep.
  if (day !== undefined && month === undefined) return undefined;
  return result;
}
