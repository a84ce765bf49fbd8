import type { Document } from '../types.js';
import type { TimeMention } from '../extract/time/frame.js';
import { scanDocument } from '../extract/time/scan.js';
import { RECORD_CUE } from '../extract/time/context.js';
import type { Clue } from './clues.js';
import { sentenceOf } from './clues.js';
import type { MonthIndex } from './months.js';
import { describeMonth, monthIndex, monthOfYear, yearOf } from './months.js';

/**
 * Date arithmetic between records: "the highest-level visit in nearly five years" and "the first
 * visit … since the October 2018 trip" speak of the same previous occurrence, so publication is
 * about five years after October 2018. The two halves may sit in one article or in two articles of
 * the same story ("the first in 14 years" here, "the first … since 2010" there).
 */

/** A look-back duration ("in 14 years", "in nearly five years") in months. */
interface LookBack {
  doc: Document;
  mention: TimeMention;
  months: number;
  approximate: 'less' | 'more' | 'about' | 'exact';
}

/** A previous occurrence a record is counted from ("since the October 2018 trip", "since … in 2010"). */
interface SinceDate {
  doc: Document;
  mention: TimeMention;
  from: MonthIndex;
  to: MonthIndex;
}

const UNIT_MONTHS: Partial<Record<string, number>> = { year: 12, month: 1, decade: 120, quarter: 3 };

/** The first `limit` look-backs of a document, in reading order. */
function lookBacks(doc: Document, limit: number): LookBack[] {
  const found: LookBack[] = [];
  for (const mention of scanDocument(doc)) {
    if (found.length >= limit) break;
    const { frame } = mention;
    if (frame.kind !== 'duration' || !frame.lookBack || !frame.duration) continue;
    let months = 0;
    for (const part of frame.duration) {
      const per = UNIT_MONTHS[part.unit];
      if (part.amount === null || per === undefined) {
        months = 0;
        break;
      }
      months += part.amount * per;
    }
    if (months < 12) continue; // a few weeks or months back says little about the year
    const mod = frame.mod;
    const approximate = mod === 'APPROX' && /\b(?:nearly|almost)\b/iu.test(mention.text) ? 'less' : mod === 'LESS_THAN' || mod === 'EQUAL_OR_LESS' ? 'less' : mod === 'MORE_THAN' || mod === 'EQUAL_OR_MORE' ? 'more' : mod ? 'about' : 'exact';
    found.push({ doc, mention, months, approximate });
  }
  return found;
}

const RECORD = RECORD_CUE;

/** The first `limit` since-dates of a document, in reading order. */
function sinceDates(doc: Document, limit: number): SinceDate[] {
  const found: SinceDate[] = [];
  for (const mention of scanDocument(doc)) {
    if (found.length >= limit) break;
    const { frame } = mention;
    if (frame.kind !== 'date' || frame.year === undefined || frame.shortYear) continue;
    const sentence = sentenceOf(doc, mention);
    const before = sentence.slice(0, mention.span.start - doc.sentences[mention.sentence]!.span.start);
    // "since October 2018", or "the first … since Hillary Clinton in 2010".
    if (mention.relation !== 'since' && !(/\bsince\b(?:\s+\S+){0,5}\s*$/iu.test(before) && RECORD.test(before))) continue;
    const from = monthIndex(frame.year, frame.month ?? 1);
    const to = monthIndex(frame.year, frame.month ?? 12);
    found.push({ doc, mention, from, to });
  }
  return found;
}

// A news article tells a handful of records; the first ones (the lead) date it best. Each look-back is
// paired with each since-date, so a long text (a dump of thousands of records) is held to these.
const MAX_LOOKBACKS = 20;
const MAX_SINCE_DATES = 20;

const STOP = new Set('that this with from have been were which their they would there about other into than then them these those since after before while where when what will also more most over only first last year years'.split(' '));

/** A record sentence as `affinity` compares it: its content words and whether it holds a record word. */
interface RecordSentence {
  words: Set<string>;
  record: boolean;
}

function recordSentence(sentence: string): RecordSentence {
  const words = new Set<string>();
  for (const match of sentence.toLowerCase().matchAll(/\p{L}{4,}/gu)) if (!STOP.has(match[0])) words.add(match[0]);
  return { words, record: RECORD.test(sentence) };
}

/** How alike two record sentences are: shared content words, plus the record word itself. */
function affinity(a: RecordSentence, b: RecordSentence): number {
  let shared = 0;
  for (const word of b.words) if (a.words.has(word)) shared++;
  return shared + (a.record && b.record ? 1 : 0);
}

function describeSpan([from, to]: [MonthIndex, MonthIndex]): string {
  if (from === to) return `in ${describeMonth(from)}`;
  if (monthOfYear(from) === 1 && to === from + 11) return `in ${yearOf(from)}`;
  return `between ${describeMonth(from)} and ${describeMonth(to)}`;
}

/** The window publication falls in, and its most likely core ("14 years" after 2010: 2024, give or take half a year). */
function windowOf(since: SinceDate, back: LookBack): { from: MonthIndex; to: MonthIndex; core: [MonthIndex, MonthIndex] } {
  const { months, approximate } = back;
  const core: [MonthIndex, MonthIndex] = [since.from + months, since.to + months];
  switch (approximate) {
    case 'less':
      return { from: since.from + months - 6, to: since.to + months, core: [since.from + months - 6, since.to + months] };
    case 'more':
      return { from: since.from + months, to: since.to + months + 12, core };
    default:
      return { from: since.from + months - 6, to: since.to + months + 6, core };
  }
}

/** Another article of the run and how closely it is linked to the one being dated (1 = its closest). */
export interface Related {
  /** Read only when the article has a look-back to pair (it may need segmenting and scanning). */
  readonly doc: Document;
  ratio: number;
}

/**
 * Window clues for each look-back of `own`, paired with the since-dates of `own` and of the related
 * articles. A pair counts only between record sentences that are alike, and as much as the other
 * article is linked to this one.
 */
export function lookBackClues(own: Document, related: readonly Related[]): Clue[] {
  const clues: Clue[] = [];
  const backs = lookBacks(own, MAX_LOOKBACKS);
  if (backs.length === 0) return clues;
  const candidates = [{ doc: own, ratio: 1 }, ...related].flatMap(({ doc, ratio }) =>
    sinceDates(doc, MAX_SINCE_DATES).map((since) => ({ since, ratio, sentence: recordSentence(sentenceOf(doc, since.mention)) })),
  );
  for (const back of backs) {
    const backSentence = sentenceOf(own, back.mention);
    // "At the time, he was the first … in five years": counted from that earlier time, not from publication.
    if (/\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then|then)\b/iu.test(backSentence)) continue;
    const backRecord = recordSentence(backSentence);
    for (const { since, ratio, sentence } of candidates) {
      // Within one article two record sentences need less in common than across articles.
      const score = affinity(backRecord, sentence);
      if (score < (since.doc === own ? 2 : 3)) continue;
      const { from, to, core } = windowOf(since, back);
      const elsewhere = since.doc === own ? '' : ` (article ${since.doc.article.id})`;
      clues.push({
        kind: 'window',
        from,
        to,
        core,
        weight: Math.min(8, 2 * score) * (since.doc === own ? 1 : 0.8 * ratio),
        article: own.article.id,
        text: back.mention.text,
        span: back.mention.span,
        reason: `"${back.mention.text}" back to "${since.mention.text}"${elsewhere}: published ${describeSpan(core)}${core[0] === from && core[1] === to ? '' : ', give or take six months'}`,
      });
    }
  }
  return clues;
}
