import type { BlockKind, ExcludedRange, Span } from '../types.js';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, TIME_CONTINUATIONS } from './abbreviations.js';

/** A sentence before tokenisation. */
export interface SentenceSpan {
  span: Span;
  block: BlockKind;
  paragraph: number;
}

interface Line {
  start: number;
  /** End of the line's content, before `\r\n` / `\n`. */
  end: number;
}

const BULLET = /^(?:[-*+•·▪►]|\d{1,3}[.)])\s+/u;
const HEADING = /^#{1,6}\s+/u;
const TERMINAL = /[.!?:;"”’')\]]$/u;
// Hard-wrapped prose: a line this long that stops mid-sentence continues on the next line.
const WRAP_WIDTH = 60;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline === -1) newline = text.length;
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end });
    start = newline + 1;
  }
  return lines;
}

function isExcluded(line: Line, excluded: readonly ExcludedRange[]): boolean {
  return excluded.some((range) => range.span.start <= line.start && range.span.end >= line.end);
}

/** Trims whitespace off both ends of a span. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

interface Block {
  span: Span;
  kind: BlockKind;
  paragraph: number;
}

/**
 * Groups lines into blocks. News text comes both hard-wrapped and one-paragraph-per-line, so a
 * single line break ends a block unless the line is long, does not end a sentence, and the next
 * line carries on in lower case or is itself part of a wrapped paragraph.
 */
function blocksOf(text: string, excluded: readonly ExcludedRange[]): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  let current: { start: number; end: number; kind: BlockKind } | null = null;
  let previousBlank = true;
  const flush = () => {
    if (current) {
      const span = trimSpan(text, current.start, current.end);
      if (span.end > span.start) blocks.push({ span, kind: current.kind, paragraph });
    }
    current = null;
  };
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '' || isExcluded(line, excluded)) {
      flush();
      if (!previousBlank) paragraph++;
      previousBlank = true;
      continue;
    }
    const leading = content.length - content.trimStart().length;
    const trimmed = content.trimStart();
    const heading = HEADING.exec(trimmed);
    const bullet = BULLET.exec(trimmed);
    if (heading || bullet) {
      flush();
      const markerLength = (heading ?? bullet)![0].length;
      current = { start: line.start + leading + markerLength, end: line.end, kind: heading ? 'heading' : 'bullet' };
      flush();
      previousBlank = false;
      continue;
    }
    if (current) {
      const soFar = text.slice(current.start, current.end).trimEnd();
      const lastLineLength = current.end - Math.max(current.start, text.lastIndexOf('\n', current.end - 1) + 1);
      const continues =
        current.kind === 'paragraph' &&
        !TERMINAL.test(soFar) &&
        (lastLineLength >= WRAP_WIDTH || /^\p{Ll}/u.test(trimmed) || /[,;\-–—]$/u.test(soFar));
      if (continues) {
        current.end = line.end;
        previousBlank = false;
        continue;
      }
      flush();
    }
    current = { start: line.start, end: line.end, kind: 'paragraph' };
    previousBlank = false;
  }
  flush();
  // A lone short line without final punctuation, set apart from prose, reads as a heading.
  for (const block of blocks) {
    const content = text.slice(block.span.start, block.span.end);
    if (block.kind === 'paragraph' && !/[.!?"”]$/u.test(content) && content.length <= 120 && !content.includes('\n')) {
      block.kind = 'heading';
    }
  }
  return blocks;
}

const CANDIDATE_END = /[.!?]+["”’')\]]*(?=\s)|[.!?]+["”’')\]]*$/gu;

/** Whether the period at `periodIndex` belongs to an abbreviation that does not end the sentence. */
function isAbbreviationPeriod(text: string, blockStart: number, periodIndex: number, nextWord: string): boolean {
  let wordStart = periodIndex;
  while (wordStart > blockStart && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, periodIndex).toLowerCase();
  if (word === '') return false;
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) {
    return !/^\p{Lu}/u.test(nextWord) || TIME_CONTINUATIONS.has(nextWord.toLowerCase());
  }
  // Dotted abbreviations ("U.S.", "U.N.") and single initials ("A. Blinken").
  if (word.includes('.') || /^\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

function splitBlock(text: string, block: Block, out: SentenceSpan[]): void {
  const { start: blockStart, end: blockEnd } = block.span;
  const content = text.slice(blockStart, blockEnd);
  let sentenceStart = blockStart;
  CANDIDATE_END.lastIndex = 0;
  for (const match of content.matchAll(CANDIDATE_END)) {
    const endIndex = blockStart + match.index! + match[0].length;
    const rest = text.slice(endIndex, blockEnd);
    const nextWord = /^\s*([^\s]*)/u.exec(rest)![1]!;
    if (nextWord === '') continue;
    // A sentence starts with a capital, a digit or an opening quote; anything else continues it.
    if (!/^[\p{Lu}\d"“‘'(\[«—–-]/u.test(nextWord)) continue;
    if (match[0] === '.' || match[0].startsWith('.')) {
      const periodIndex = blockStart + match.index!;
      if (isAbbreviationPeriod(text, blockStart, periodIndex, nextWord.replace(/^["“‘'(]+/u, ''))) continue;
    }
    const span = trimSpan(text, sentenceStart, endIndex);
    if (span.end > span.start) out.push({ span, block: block.kind, paragraph: block.paragraph });
    sentenceStart = endIndex;
  }
  const span = trimSpan(text, sentenceStart, blockEnd);
  if (span.end > span.start) out.push({ span, block: block.kind, paragraph: block.paragraph });
}

/**
 * Splits an article's text into sentence spans, skipping excluded ranges (front matter, boilerplate).
 * Runs in linear time: one pass over lines, one regular-expression pass per block.
 */
export function splitSentences(text: string, excluded: readonly ExcludedRange[] = []): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const block of blocksOf(text, excluded)) splitBlock(text, block, sentences);
  return sentences;
}
