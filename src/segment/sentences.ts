import type { BlockKind, ExcludedRange, Span } from '../types.js';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, TIME_CONTINUATIONS, TITLES } from './abbreviations.js';
import { blocksOf, trimSpan, type Block } from './blocks.js';

/** A sentence before tokenisation. */
export interface SentenceSpan {
  span: Span;
  block: BlockKind;
  paragraph: number;
}

// Sentence-final punctuation, with the closing quotes and brackets that belong to it.
const CANDIDATE_END = /[.!?…]+["”’'»)\]]*/gu;
// A sentence opens with a capital, a digit, an opening quote or bracket, or a dash.
const OPENING = /^[\p{Lu}\d"“‘'«([—–-]/u;
// Sentences longer than this are cut at a space: text without punctuation (transcripts, dumps)
// would otherwise make one sentence of megabytes, and every extractor works sentence by sentence.
export const MAX_SENTENCE_LENGTH = 2000;
// How far back an abbreviation can reach ("Messrs.", "U.S.A.").
const MAX_ABBREVIATION = 16;
const MAX_WORD = 40;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** The word after `from` (skipping spaces), without leading quotes or brackets; '' at the block end. */
function nextWordAt(text: string, from: number, end: number): string {
  let start = from;
  while (start < end && isSpace(text[start])) start++;
  let stop = start;
  while (stop < end && stop - start < MAX_WORD && !isSpace(text[stop])) stop++;
  return text.slice(start, stop);
}

/** Whether the period at `periodIndex` ends the sentence, given the word that follows. */
function periodEndsSentence(text: string, blockStart: number, periodIndex: number, nextWord: string): boolean {
  let wordStart = periodIndex;
  const limit = Math.max(blockStart, periodIndex - MAX_ABBREVIATION);
  while (wordStart > limit && /[\p{L}.'’]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, periodIndex).replace(/^['’]+/u, '').toLowerCase();
  if (word === '') return true;
  const bare = nextWord.replace(/^["“‘'«([]+/u, '');
  const startsSentence = SENTENCE_STARTERS.has(bare.replace(/[^\p{L}]+$/u, '').toLowerCase());
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) {
    return /^\p{Lu}/u.test(bare) && !TIME_CONTINUATIONS.has(bare.replace(/[^\p{L}]+$/u, '').toLowerCase());
  }
  if (TITLES.has(word)) return false;
  // Dotted abbreviations ("U.S.", "U.N."), single initials ("J.") and the words in the list
  // usually continue the sentence; a typical sentence opening after them says it has ended.
  if (word.includes('.') || /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word)) return startsSentence;
  return true;
}

function pushSentence(text: string, start: number, end: number, block: Block, out: SentenceSpan[]): void {
  const span = trimSpan(text, start, end);
  // Cut over-long runs at the last space before the limit (or hard, between code points).
  while (span.end - span.start > MAX_SENTENCE_LENGTH) {
    let cut = span.start + MAX_SENTENCE_LENGTH;
    let space = cut;
    while (space > span.start + MAX_SENTENCE_LENGTH / 2 && !isSpace(text[space])) space--;
    if (isSpace(text[space])) cut = space;
    else if (/[\udc00-\udfff]/u.test(text[cut]!)) cut--;
    const piece = trimSpan(text, span.start, cut);
    if (piece.end > piece.start) out.push({ span: piece, block: block.kind, paragraph: block.paragraph });
    span.start = trimSpan(text, cut, span.end).start;
  }
  if (span.end > span.start) out.push({ span, block: block.kind, paragraph: block.paragraph });
}

function splitBlock(text: string, block: Block, out: SentenceSpan[]): void {
  const { start: blockStart, end: blockEnd } = block.span;
  let sentenceStart = blockStart;
  // The pattern runs over the block alone: run over the whole text, each block's last search
  // would scan ahead to the next period, which in text without one is the end of the text.
  for (const match of text.slice(blockStart, blockEnd).matchAll(CANDIDATE_END)) {
    const index = blockStart + match.index!;
    const endIndex = index + match[0].length;
    // Only before a space: "5.9", "U.S.-China" and "example.com" go on.
    if (endIndex >= blockEnd || !isSpace(text[endIndex])) continue;
    const nextWord = nextWordAt(text, endIndex, blockEnd);
    if (nextWord === '' || !OPENING.test(nextWord)) continue;
    if (match[0].startsWith('.') && match[0].length - match[0].replace(/^\.+/u, '').length === 1) {
      if (!periodEndsSentence(text, blockStart, index, nextWord)) continue;
    }
    pushSentence(text, sentenceStart, endIndex, block, out);
    sentenceStart = endIndex;
  }
  pushSentence(text, sentenceStart, blockEnd, block, out);
}

/**
 * Splits an article's text into sentence spans, skipping excluded ranges (front matter,
 * boilerplate). Linear in the length of the text: one pass over the lines, one pass of the
 * end-of-sentence pattern over each block, and bounded look-around at each candidate end.
 */
export function splitSentences(text: string, excluded: readonly ExcludedRange[] = []): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const block of blocksOf(text, excluded)) splitBlock(text, block, sentences);
  return sentences;
}
