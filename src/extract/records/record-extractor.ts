import type { Certainty, ClaimDraft, Extractor, ExtractorContext, PublishedDate, TimeValue } from '../../types.js';
import { buildViews } from '../events/build-views.js';
import { clauseStart } from '../events/modality.js';
import { isCapitalised, mentionAt, type SentenceView } from '../events/sentence-view.js';
import { readComplement, type Complement } from './complement.js';
import { yearsBefore } from './dates.js';
import { gapYears, numberOf } from './gap.js';
import { elidedHead, readRecordPhrase, type RecordPhrase } from './record-phrase.js';
import type { RecordClaimValue } from './record-value.js';
import { superlativeAt, type SuperlativeMatch } from './superlatives.js';
import { caseInsensitiveTest } from '../events/word-gate.js';

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** "two largest economies", "one of the biggest", "second largest city", "at best": not a record claim. */
function isRanking(view: SentenceView, match: SuperlativeMatch): boolean {
  const before = view.lower[match.from - 1] ?? '';
  if (view.tokens[match.from - 1]?.kind === 'number' || (numberOf(before) !== undefined && before !== 'a' && before !== 'an') || ORDINALS.has(before) || before === 'at') return true;
  // "one of the biggest", "one of the world's biggest", "among the largest".
  const window = view.lower.slice(Math.max(0, match.from - 5), match.from).join(' ');
  return /\b(?:one|some|many|several|two|three|few|most) of (?:the|its|their|his|her)\b|\bamong (?:the|its|their)\b/u.test(window);
}

/** "At the time, he was the first … in five years": the look-back counts from an earlier moment. */
function anchoredEarlier(view: SentenceView): boolean {
  return /^(?:at the time|at that time|back then|then)\b/u.test(view.lower.slice(0, 3).join(' '));
}

/** The date a look-back counts from: the duration claim's anchor, else the publication date. */
function anchorOf(complement: Complement, published: PublishedDate, view: SentenceView): string | undefined {
  if (anchoredEarlier(view)) return undefined;
  const anchor = (complement.time?.claim?.value as TimeValue | undefined)?.timex.anchor;
  return anchor ?? published.value ?? undefined;
}

// Words a record phrase starts with when they stand right before the superlative.
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** "a new 12-year low", "its lowest level": the determiner (and "new") belong to the record. */
function phraseStart(view: SentenceView, from: number): number {
  let start = from;
  if (view.lower[start - 1] === 'new') start--;
  return OPENERS.has(view.lower[start - 1] ?? '') ? start - 1 : start;
}

function tokenText(view: SentenceView, from: number, to: number, text: string): string {
  return to > from ? text.slice(view.tokens[from]!.span.start, view.tokens[to - 1]!.span.end) : '';
}

/** The record's what and scope, filling an elided head from the noun phrase before it. */
function subjectOf(view: SentenceView, match: SuperlativeMatch, phrase: RecordPhrase, start: number, text: string): { what: string; head?: string; scope?: string; elided: boolean } {
  if (match.clausal) {
    const from = Math.max(clauseStart(view, match.from), match.from - 6);
    return { what: tokenText(view, from, match.from, text), elided: true, ...(phrase.scope ? { scope: phrase.scope } : {}) };
  }
  if (match.level && !phrase.head) return { what: 'level', head: 'level', elided: true, ...(phrase.scope ? { scope: phrase.scope } : {}) };
  if (phrase.head) return { what: phrase.what, head: phrase.head, elided: false, ...(phrase.scope ? { scope: phrase.scope } : {}) };
  const elided = elidedHead(view, start);
  if (!elided) return { what: phrase.what, elided: false, ...(phrase.scope ? { scope: phrase.scope } : {}) };
  const scope = phrase.scope ?? (elided.scope ? tokenText(view, elided.scope.from, elided.scope.to, text) : undefined);
  return { what: `${elided.head} ${phrase.what}`.trim(), head: elided.head, elided: true, ...(scope ? { scope } : {}) };
}

// Superlatives of measure: with a scope alone they state a record ("the largest theft in Belgium").
// Evaluative ones ("best", "most exciting") need a since-phrase, a look-back or "ever" to be one.
const MEASURES = new Set(
  `biggest largest deadliest worst strongest highest lowest longest heaviest hottest coldest warmest wettest
  driest fastest smallest costliest bloodiest busiest tallest deepest widest`.split(/\s+/u),
);
const TIME_SCOPES = new Set(['year', 'decade', 'century', 'war', 'offensive', 'campaign', 'conflict', 'season', 'crisis', 'month', 'week', 'day', 'uprising', 'intifada']);

/**
 * "the largest art theft in Belgium", "the deadliest raid of the war", "the costliest storm in the
 * country's history": a superlative of measure with a scope of place or of a period or event.
 */
function rankedInScope(view: SentenceView, match: SuperlativeMatch, phrase: RecordPhrase): boolean {
  const range = phrase.scopeRange;
  if (!range || phrase.head === undefined || match.superlative === 'first') return false;
  const words = view.lower.slice(range.from, range.to);
  if (words.includes('history')) return true;
  if (!MEASURES.has(match.superlative)) return false;
  const [preposition, next] = words;
  const object = range.from + 1;
  const time = mentionAt(view.times, object);
  if (time && time.to >= range.to) return false;
  if (preposition === 'of') return ARTICLES.has(next ?? '') && TIME_SCOPES.has(words[words.length - 1]!);
  if (!['in', 'across', 'within', 'throughout', 'on'].includes(preposition ?? '')) return false;
  return mentionAt(view.places, object) !== undefined || isCapitalised(view.tokens[object]) || next === 'the';
}

const ARTICLES = new Set(['the', 'this', 'its', 'their']);

/** One record at a superlative, or undefined when the words around it do not make one. */
function recordAt(view: SentenceView, match: SuperlativeMatch, published: PublishedDate, text: string): { draft: ClaimDraft<'record'>; end: number } | undefined {
  if (isRanking(view, match)) return undefined;
  // "the biggest ever heist": "ever" between the superlative and its noun.
  const everFirst = !match.clausal && (view.lower[match.to] === 'ever' || view.lower[match.to] === 'ever-');
  const phraseFrom = everFirst ? match.to + 1 : match.to;
  const phrase: RecordPhrase = match.clausal ? { what: '', to: match.to } : readRecordPhrase(view, phraseFrom, text);
  const complement = readComplement(view, phrase.to, text) ?? (everFirst ? { kind: 'ever' as const, from: match.to, to: match.to + 1 } : undefined);
  const stated = complement !== undefined || match.level === true || rankedInScope(view, match, phrase);
  if (!stated) return undefined;
  const start = phraseStart(view, match.from);
  const about = subjectOf(view, match, phrase, start, text);
  const gap = complement?.gap ?? match.gap;
  const value: RecordClaimValue = { superlative: match.superlative, what: about.what, approximate: gap?.mod !== undefined };
  const certainty: Record<string, Certainty> = { superlative: 'stated', what: about.elided ? 'implied' : 'stated' };
  if (about.head) value.head = about.head;
  if (about.scope) value.scope = about.scope;
  if (gap) {
    value.gap = gap.value;
    if (gap.mod) value.mod = gap.mod;
    certainty.gap = 'stated';
  }
  if (complement?.previous) {
    value.previous = complement.previous;
    certainty.previous = 'stated';
  } else if (gap && complement) {
    const anchor = anchorOf(complement, published, view);
    const years = gapYears(gap);
    const previous = anchor && years !== undefined ? yearsBefore(anchor, years) : undefined;
    if (anchor) value.anchor = anchor;
    if (previous) {
      value.previous = previous;
      certainty.previous = 'implied';
    }
  } else if (gap && published.value && !anchoredEarlier(view)) {
    // "a 12-year low": the look-back counts from publication.
    const previous = gapYears(gap) !== undefined ? yearsBefore(published.value, gapYears(gap)!) : undefined;
    value.anchor = published.value;
    if (previous) {
      value.previous = previous;
      certainty.previous = 'implied';
    }
  }
  if (complement?.previousText) value.previousText = complement.previousText;
  if (complement?.previousHolder) value.previousHolder = complement.previousHolder;
  if (complement?.time?.claim) value.time = complement.time.claim.id;
  if (complement?.kind === 'ever') value.ever = true;
  const end = Math.max(phrase.to, complement?.to ?? 0, match.to);
  let last = end - 1;
  while (last > start && view.tokens[last]!.kind === 'punct') last--;
  const span = { start: view.tokens[start]!.span.start, end: view.tokens[last]!.span.end };
  return { draft: { kind: 'record', span, value, certainty }, end };
}

// What every superlative in `superlatives.ts` contains: "first", "worst", an -est word, "most", "record",
// "all-time", "new low", "12-year high".
const hasRecordWord = caseInsensitiveTest(String.raw`first|worst|est\b|est-|\bmost\b|record|all-time|\bnew (?:low|high)|(?:year|month|week|decade)s?[- ]?(?:low|high|peak|record)`);

/**
 * Records: "the first visit by … since 2010", "the first … in 14 years", "the highest-level visit in
 * nearly five years", "its lowest level since October 1997", "a new 12-year low", "the biggest heist
 * in France". Each is normalised to superlative, what, scope, the previous occurrence as a date
 * interval (from a time claim over the since-phrase, or publication − gap), the gap, and who held
 * the record before. Reads time and person claims when they ran first; works without them.
 */
export const recordExtractor: Extractor = {
  kind: 'record',
  requires: ['time', 'person'],
  extract({ doc, earlier, published }: ExtractorContext): ClaimDraft[] {
    const drafts: ClaimDraft[] = [];
    const views = buildViews(doc, earlier);
    for (const sentence of doc.sentences) {
      // Most sentences hold no superlative: one pattern test keeps them from being read at all.
      if (!hasRecordWord(sentence.text)) continue;
      const view = views.at(sentence.index);
      for (let i = 0; i < view.tokens.length; i++) {
        const match = superlativeAt(view, i);
        if (!match) continue;
        const found = recordAt(view, match, published, doc.article.text);
        if (!found) continue;
        drafts.push(found.draft);
        i = Math.max(i, found.end - 1);
      }
    }
    return drafts;
  },
};
