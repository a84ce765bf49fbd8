import type { Article, Document, Sentence } from '../../types.js';
import { chronoProposals } from './chrono-adapter.js';
import { futureCueBefore, placeDuration, relationBefore, strongCueBefore, tenseAt, tenseCueBefore } from './context.js';
import type { TimeMention } from './frame.js';
import { addCoordinatedDays, extendParts, joinAdjacent, selectCandidates } from './refine.js';
import type { Candidate } from './refine.js';
import { mayHoldTime, ruleCandidates } from './rule-matches.js';
import { TIME_RULES } from './rules/index.js';
import { DocumentCache } from '../document-cache.js';

// chrono's proposals lose ties to our rules: where both read the same words, ours carry the cue
// words (last, next, this) that chrono drops.
const CHRONO_PRIORITY = TIME_RULES.length;

const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/**
 * What chrono's date and clock parsers cannot match without: a digit beside a month name, a date
 * separator or a meridiem. A month is followed by a day (one or two digits: chrono reads no date
 * in "December 2008"), and a year with a hyphen by a month and a day ("2012-13" is two years).
 */
const CHRONO_SHAPES = new RegExp(`\\d[:/]\\d|\\d{4}-\\d\\d[-.\\s]\\d|\\d\\s*(?:[ap]\\.?m\\b|o['’]?clock)|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_START}|${MONTH_START}\\s+\\d\\d?(?!\\d)`, 'iu');

/** Every proposal for one sentence: our rules, then chrono (only where a written date or clock time may be). */
function propose(sentence: Sentence): Candidate[] {
  const { text } = sentence;
  if (!mayHoldTime(text)) return [];
  const candidates = ruleCandidates(text);
  // Every shape holds a digit: most sentences without one are ruled out by the quicker test.
  if (/\d/u.test(text) && CHRONO_SHAPES.test(text)) {
    for (const proposal of chronoProposals(text)) {
      candidates.push({ start: proposal.index, end: proposal.index + proposal.text.length, frame: proposal.frame, source: 'chrono', priority: CHRONO_PRIORITY });
    }
  }
  return candidates;
}

/** A trailing possessive ("Monday's") is not part of the expression. */
function trimPossessive(text: string, candidate: Candidate): Candidate {
  const { start, end } = candidate;
  const possessive = end - start > 2 && text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’');
  return possessive ? { ...candidate, end: end - 2 } : candidate;
}

/** "WASHINGTON, March 12 (Xinhua) —": a place in capitals, a comma, the date, then the agency or a dash. */
function isDateline(sentence: Sentence, start: number, end: number): boolean {
  if (sentence.index > 1) return false;
  const before = sentence.text.slice(0, start);
  return /^\s*\p{Lu}[\p{Lu}\p{L} .'’-]*,\s*$/u.test(before) && /^\p{Lu}{2}/u.test(before.trim()) && /^\s*(?:\(|--|—|–|-|_)/u.test(sentence.text.slice(end));
}

function scanSentence(sentence: Sentence): TimeMention[] {
  const { text } = sentence;
  const base = sentence.span.start;
  const refined = addCoordinatedDays(extendParts(joinAdjacent(selectCandidates(propose(sentence)), text), text), text);
  return refined.map((raw) => {
    const candidate = trimPossessive(text, raw);
    const start = base + candidate.start;
    const end = base + candidate.end;
    const relation = relationBefore(text, candidate.start);
    // The verb decides; where it gives no tense (or only the present), cue words do.
    const verbTense = strongCueBefore(text, candidate.start) ?? tenseAt(sentence, start, end);
    const tense =
      verbTense === 'past' || verbTense === 'future'
        ? verbTense
        : (tenseCueBefore(text, candidate.start) ?? (futureCueBefore(text, candidate.start) ? 'future' : verbTense));
    const frame = placeDuration(candidate.frame, relation, text.slice(0, candidate.start), tense, text.slice(candidate.start, candidate.end), text.slice(candidate.end));
    return {
      span: { start, end },
      text: text.slice(candidate.start, candidate.end),
      frame,
      sentence: sentence.index,
      ...(tense ? { tense } : {}),
      ...(relation ? { relation } : {}),
      ...(isDateline(sentence, candidate.start, candidate.end) ? { dateline: true } : {}),
      source: candidate.source,
    };
  });
}

/** The expressions of each document, read by the time extractor and by inference (see the registry). */
export const SCAN_CACHE = new DocumentCache<readonly TimeMention[]>();
/**
 * Articles without a publication date keep their expressions: publication-date inference
 * (`src/infer`) reads them, and the article is then extracted again against the inferred date —
 * from a new segmentation of the same text, with the same expressions, never parsed twice. Only the
 * expressions are kept (not the document), and only as long as the article is.
 */
const undated = new WeakMap<Article, { text: string; mentions: readonly TimeMention[] }>();

/**
 * The time expressions of a document, found once: the text is parsed (by our rules and chrono)
 * a single time per document, and the frames are kept, so resolving against another publication
 * date — as publication-date inference does — never parses again.
 */
export function scanDocument(doc: Document): readonly TimeMention[] {
  const cached = SCAN_CACHE.get(doc);
  if (cached) return cached;
  const kept = undated.get(doc.article);
  const mentions = kept && kept.text === doc.article.text ? kept.mentions : doc.sentences.flatMap(scanSentence);
  SCAN_CACHE.set(doc, mentions);
  if (doc.article.published.value === null && !kept) undated.set(doc.article, { text: doc.article.text, mentions });
  return mentions;
}

/** The expressions kept for an undated article scanned on this thread, if any (a worker hands them on). */
export function keptScan(article: Article): readonly TimeMention[] | undefined {
  return undated.get(article)?.mentions;
}

/**
 * Keeps the expressions another thread found in an undated article (`keptScan` there), so that
 * inference and the extraction after it do not parse its text again on this one.
 */
export function keepScan(article: Article, mentions: readonly TimeMention[]): void {
  undated.set(article, { text: article.text, mentions });
}

/** Lets go of an article's kept expressions once its date is settled. */
export function releaseScan(article: Article): void {
  undated.delete(article);
}
