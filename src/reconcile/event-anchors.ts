import type { Article, Claim, DateInterval } from '../types.js';
import { dayNumber, isoOfDay, lengthInDays, overlaps, widen } from './compare/granularity.js';
import { SpanIndex } from '../util/span-index.js';

/** A date that situates an article (role `main`) or one of its sentences (role `background`). */
export interface Anchor {
  article: string;
  /** Sentence index, or -1 for the article's main anchor. */
  sentence: number;
  role: 'main' | 'background';
  interval: DateInterval;
  /** The time claim the anchor comes from; absent when it is the publication date. */
  claim?: string;
}

// The lead sentences say when the reported event happened.
const LEAD_SENTENCES = 6;
// A lead date this far from publication is background, not the news ("in 2010…").
const NEWS_WINDOW_DAYS = 10;
// An article dated only by its publication may report anything from the week before.
const REPORTING_LAG_DAYS = 7;
// Cue words that make a date the edge of a period, not the time of the sentence's event.
const EDGE_RELATIONS = new Set(['since', 'until', 'till', 'before', 'after', 'by', 'from', 'through']);

/** The interval a publication date covers (a day, a month or a year). */
export function publicationInterval(article: Article): DateInterval | undefined {
  const value = article.published.value;
  if (!value) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  if (day !== undefined) return { start: value, end: isoOfDay(dayNumber(value) + 1) };
  if (month !== undefined) return { start: `${value}-01`, end: month === 12 ? `${year! + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01` };
  return { start: `${value}-01-01`, end: `${year! + 1}-01-01` };
}

/** A time claim that dates the event of its sentence: an anchored date or time, not a duration or an edge. */
export function datesItsSentence(claim: Claim): claim is Claim<'time'> {
  if (claim.kind !== 'time') return false;
  const value = (claim as Claim<'time'>).value;
  if (!value.interval || (value.timex.type !== 'DATE' && value.timex.type !== 'TIME')) return false;
  if (value.relation && EDGE_RELATIONS.has(value.relation)) return false;
  if (value.anchoredBy === 'unanchored') return false;
  // Decades and centuries situate nothing precisely enough to group by.
  return lengthInDays(value.interval) <= 366;
}

/**
 * A date that names the previous occurrence of a record ("the first visit … since Hillary Clinton in 2010",
 * "since the October 2018 trip") tells when the record was last set, not when the sentence's event is.
 */
function isPreviousOccurrence(article: Article, claim: Claim, records: SpanIndex): boolean {
  if (records.contains(claim.span.start, claim.span.end)) return true;
  const before = article.text.slice(Math.max(0, claim.span.start - 50), claim.span.start);
  return /\bsince\b[^.!?\n]*$/iu.test(before);
}

/**
 * The article's main anchor: the first day-level date in its lead that falls near publication, else the
 * publication date itself, else (no publication date) the first day- or month-level date of the lead.
 */
export function mainAnchorOf(article: Article, claims: readonly Claim[]): Anchor | undefined {
  const published = publicationInterval(article);
  const lead = claims.filter((claim) => claim.sentence < LEAD_SENTENCES).filter(datesItsSentence);
  const near = published ? widen(published, NEWS_WINDOW_DAYS) : undefined;
  const dayLevel = lead.find((claim) => lengthInDays(claim.value.interval!) <= 2 && (!near || overlaps(near, claim.value.interval!)));
  if (dayLevel) return { article: article.id, sentence: -1, role: 'main', interval: dayLevel.value.interval!, claim: dayLevel.id };
  if (published) {
    const window = lengthInDays(published) === 1 ? { start: isoOfDay(dayNumber(published.start) - REPORTING_LAG_DAYS), end: published.end } : published;
    return { article: article.id, sentence: -1, role: 'main', interval: window };
  }
  const coarse = lead.find((claim) => lengthInDays(claim.value.interval!) <= 31);
  if (coarse) return { article: article.id, sentence: -1, role: 'main', interval: coarse.value.interval!, claim: coarse.id };
  return undefined;
}

/**
 * Sentences whose own date lies away from the main anchor speak of another occurrence. Without a main anchor
 * (no publication date, no absolute date in the lead) every sentence with an absolute date does: the article's
 * own news is told in relative terms ("on Sunday"), so an absolute year is background.
 */
export function sentenceAnchorsOf(article: Article, claims: readonly Claim[], main: Anchor | undefined): Anchor[] {
  const anchors: Anchor[] = [];
  const near = main ? widen(main.interval, 1) : undefined;
  const seen = new Set<number>();
  // Records by span: testing every record for every date was quadratic (25 MB: 25,000 × 200,000).
  const records = new SpanIndex(claims.filter((claim) => claim.kind === 'record').map((claim) => claim.span));
  for (const claim of claims) {
    if (seen.has(claim.sentence) || !datesItsSentence(claim) || isPreviousOccurrence(article, claim, records)) continue;
    seen.add(claim.sentence);
    if (near ? overlaps(near, claim.value.interval!) : claim.value.anchoredBy !== 'absolute') continue;
    anchors.push({ article: article.id, sentence: claim.sentence, role: 'background', interval: claim.value.interval!, claim: claim.id });
  }
  return anchors;
}

/**
 * Meetings, visits and trips are placed by their own time, not their sentence's: the meeting extractor
 * attaches the time that governs the event ("his last visit in June"), so a date elsewhere in the
 * sentence speaks of something else ("previewing Blinken's trip, said relations were at a low a year
 * ago"). Gives, by claim id, an anchor for each meeting dated away from the main anchor, and `main`
 * for each meeting with no date of its own or one near the main anchor.
 */
export function meetingAnchorsOf(article: Article, claims: readonly Claim[], main: Anchor | undefined): Map<string, Anchor | 'main'> {
  const anchors = new Map<string, Anchor | 'main'>();
  const near = main ? widen(main.interval, 1) : undefined;
  let timeById: Map<string, Claim> | undefined;
  for (const claim of claims) {
    if (claim.kind !== 'meeting') continue;
    const timeId = (claim as Claim<'meeting'>).value.time;
    timeById ??= new Map(claims.filter((other) => other.kind === 'time').map((other) => [other.id, other]));
    const time = timeId === undefined ? undefined : timeById.get(timeId);
    if (!time || !datesItsSentence(time) || (near ? overlaps(near, time.value.interval!) : time.value.anchoredBy !== 'absolute')) {
      anchors.set(claim.id, 'main');
      continue;
    }
    anchors.set(claim.id, { article: article.id, sentence: claim.sentence, role: 'background', interval: time.value.interval!, claim: time.id });
  }
  return anchors;
}
