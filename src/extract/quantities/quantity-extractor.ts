import type { Certainty, Claim, ClaimDraft, Extractor, ExtractorContext, QuantityValue, Sentence, Span } from '../../types.js';
import { analyseSpeech, speakerAt, type SpeechAnalysis } from '../quotes/speech-analysis.js';
import { readCount, type PreviousCount } from './count-reader.js';
import { readMagnitude, readMagnitudeContinuation } from './magnitude-reader.js';
import { readMeasure } from './measure-reader.js';
import { readMoney } from './money-reader.js';
import { findNumbers, groupNumbers, type NumberGroup } from './number-groups.js';
import { roundNumber } from './number-words.js';
import { boundsOf, qualifierAfter, qualifierBefore, type QualifierMatch } from './qualifiers.js';
import type { ReadInput, Reading } from './reading.js';

const QUAKE_CONTEXT = /quake|temblor|tremor|shock|seismic|richter|magnitude|shaker/iu;

/** Time claims (dates, clock times) cover numbers that are not quantities; durations do not. */
function timeSpansOf(earlier: readonly Claim[]): Span[] {
  const spans: Span[] = [];
  for (const claim of earlier) {
    if (claim.kind !== 'time') continue;
    const { type } = (claim as Claim<'time'>).value.timex;
    if (type !== 'DURATION' && type !== 'SET') spans.push(claim.span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The time spans inside a sentence, relative to it (`spans` sorted, `from` advances monotonically). */
function spansIn(sentence: Sentence, spans: readonly Span[], cursor: { from: number }): Span[] {
  const inside: Span[] = [];
  while (cursor.from < spans.length && spans[cursor.from]!.end <= sentence.span.start) cursor.from++;
  for (let k = cursor.from; k < spans.length && spans[k]!.start < sentence.span.end; k++) {
    inside.push({ start: spans[k]!.start - sentence.span.start, end: spans[k]!.end - sentence.span.start });
  }
  return inside;
}

function qualifierOf(text: string, group: NumberGroup, reading: Reading): QualifierMatch | undefined {
  return reading.qualifier ?? qualifierBefore(text, reading.start) ?? qualifierBefore(text, group.start);
}

/** Turns one reading of a group into claims: one per listed number, one for a range. */
function claimsOf(sentence: Sentence, group: NumberGroup, reading: Reading, analysis: SpeechAnalysis): ClaimDraft<'quantity'>[] {
  const text = sentence.text;
  const offset = sentence.span.start;
  const qualifier = qualifierOf(text, group, reading);
  const after = qualifierAfter(text, group.members[group.members.length - 1]!.end);
  const start = Math.min(reading.start, qualifier?.start ?? reading.start);
  const scale = reading.scale ?? 1;
  const pieces = group.shape === 'list' ? group.members.map((member) => [member]) : [group.members];
  return pieces.map((members, index) => {
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const isFirst = index === 0;
    const isLast = index === pieces.length - 1;
    const span = {
      start: offset + (isFirst ? start : first.start),
      end: offset + (isLast ? Math.max(reading.end, last.end) : last.end),
    };
    const amount = roundNumber(first.parsed.value * scale);
    let value: QuantityValue;
    const base = { unit: reading.unit, dimension: reading.dimension };
    if (members.length === 2) {
      const high = roundNumber(last.parsed.value * scale);
      value = { amount, low: Math.min(amount, high), high: Math.max(amount, high), ...base, qualifier: 'range' };
    } else if (first.parsed.vague && !qualifier) {
      value = { amount, low: roundNumber(first.parsed.low! * scale), high: roundNumber(first.parsed.high! * scale), ...base, qualifier: 'range' };
    } else {
      const chosen = qualifier?.qualifier ?? after?.qualifier ?? 'exactly';
      value = { amount, ...boundsOf(chosen, amount), ...base, qualifier: chosen };
    }
    value.normalized = reading.normalize ? reading.normalize(amount) : { amount, unit: reading.unit };
    if (reading.counted) value.counted = reading.counted;
    if (reading.subject) value.subject = reading.subject;
    if (reading.predicate) value.predicate = reading.predicate;
    if (reading.reference) value.reference = reading.reference;
    if (reading.equivalent) value.equivalent = { ...reading.equivalent };
    const speaker = speakerAt(analysis, sentence.index, offset + first.start);
    const certainty: Record<string, Certainty> = { amount: 'stated', unit: 'stated' };
    if (value.normalized && value.normalized.unit !== value.unit) certainty.normalized = 'implied';
    if (speaker?.speaker) {
      value.speaker = speaker.speaker;
      value.speakerKind = speaker.kind;
      if (speaker.entity) value.speakerEntity = speaker.entity;
      certainty.speaker = speaker.via === 'phrase' ? 'stated' : 'implied';
    }
    return { kind: 'quantity', span, value, certainty };
  });
}

/** Reads one sentence: each group of numbers goes to the first reader that recognises it. */
function extractSentence(sentence: Sentence, times: Span[], analysis: SpeechAnalysis): ClaimDraft<'quantity'>[] {
  const text = sentence.text;
  // Numbers are found from the text alone (one pattern scan), so a sentence without one never
  // needs its tokens, which the segmenter makes only on demand.
  const groups = groupNumbers(text, findNumbers(text, times));
  if (groups.length === 0) return [];
  let quakeWords: boolean | undefined;
  const quake = () => (quakeWords ??= QUAKE_CONTEXT.test(text));
  const drafts: ClaimDraft<'quantity'>[] = [];
  const consumed: Span[] = [];
  const unread: NumberGroup[] = [];
  let previous: PreviousCount | undefined;
  for (const group of groups) {
    if (consumed.some((span) => group.start >= span.start && group.start < span.end)) continue;
    const input: ReadInput = { text, group, quake };
    const reading = readMoney(input) ?? readMagnitude(input) ?? readMeasure(input) ?? readCount(input, previous);
    if (!reading) {
      unread.push(group);
      continue;
    }
    consumed.push({ start: reading.start, end: reading.end });
    drafts.push(...claimsOf(sentence, group, reading, analysis));
    previous = reading.dimension === 'count' && reading.counted ? { end: reading.end, counted: reading.counted, people: reading.unit === 'people' } : undefined;
  }
  // "… put it at 5.9, but the USGS said it was 6.1": once a sentence gives a magnitude, bare readings join it.
  if (drafts.some((draft) => draft.value.dimension === 'magnitude')) {
    for (const group of unread) {
      const reading = readMagnitudeContinuation({ text, group, quake });
      if (reading) drafts.push(...claimsOf(sentence, group, reading, analysis));
    }
  }
  return drafts;
}

/**
 * Quantities: counts of people and things, magnitudes, money, distances, depths, durations,
 * percentages, temperatures and populations, with their qualifier, the thing counted, the unit
 * normalised and who the figure is attributed to.
 */
export const quantityExtractor: Extractor = {
  kind: 'quantity',
  requires: ['time', 'person'],
  extract({ doc, earlier }: ExtractorContext): ClaimDraft[] {
    const analysis = analyseSpeech(doc, earlier);
    const times = timeSpansOf(earlier);
    const cursor = { from: 0 };
    return doc.sentences.flatMap((sentence) => extractSentence(sentence, spansIn(sentence, times, cursor), analysis));
  },
};
