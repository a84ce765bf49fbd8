import type { ExcludedRange, Span } from '../../types.js';

/** A direct quote found between quotation marks. */
export interface MarkedQuote {
  /** From the opening mark to the closing mark, inclusive. */
  outer: Span;
  /** The quoted words: inside the marks, without surrounding spaces and trailing comma. */
  inner: Span;
  /** True when the closing mark was missing because the quote runs on into the next paragraph. */
  open: boolean;
}

// A quote longer than this without a closing mark is a stray mark, not a quote.
const MAX_QUOTE_LENGTH = 2500;
const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char);
}

/** Whether a straight `"` at `index` opens a quote: after space or bracket, before a word. */
function opensHere(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  return (isSpace(before) || /[([{—–\-/:]/u.test(before!)) && !isSpace(after);
}

function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (!/[ \t]/u.test(text[i]!)) return false;
  }
  return true;
}

/** Trims spaces, and the comma or space that news style puts before a closing mark. */
function innerOf(text: string, start: number, end: number): Span {
  while (start < end && /[\s]/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function endOfLine(text: string, index: number): number {
  let end = index;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Whether an offset lies in one of the ranges: the ranges merged once and searched by halves, so
 * an article with thousands of excluded lines costs no more per mark than one with a few.
 */
function coverage(ranges: readonly ExcludedRange[]): (index: number) => boolean {
  if (ranges.length === 0) return () => false;
  const sorted = ranges.map((range) => range.span).filter((span) => span.start < span.end).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (index) => {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (merged[mid]!.end <= index) low = mid + 1;
      else high = mid;
    }
    return low < merged.length && merged[low]!.start <= index;
  };
}

/**
 * Finds the direct quotes of a text. Curly quotes and guillemets pair by nesting depth; straight
 * quotes are told apart as opening or closing by the characters around them. News style opens every
 * paragraph of a long quote but closes only the last, so an opening mark at the start of a line
 * while a quote is open closes the open one at the end of the previous line.
 */
export function findMarkedQuotes(text: string, excluded: readonly ExcludedRange[] = []): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let openAt = -1;
  let depth = 0;
  const isExcluded = coverage(excluded);
  const close = (closeAt: number, open: boolean) => {
    const inner = innerOf(text, openAt + 1, open ? closeAt : closeAt);
    if (inner.end > inner.start) quotes.push({ outer: { start: openAt, end: open ? closeAt : closeAt + 1 }, inner, open });
    openAt = -1;
    depth = 0;
  };
  // Jump from one quotation mark or line break to the next: the rest of the text cannot matter.
  const marks = /["“”«»„\n]/gu;
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (openAt >= 0 && i - openAt > MAX_QUOTE_LENGTH) {
      // Unbalanced: forget the stray opening mark and scan on from just after it.
      marks.lastIndex = openAt + 1;
      openAt = -1;
      depth = 0;
      continue;
    }
    if (char === '\n' && openAt >= 0 && /^\n[ \t]*\r?\n/u.test(text.slice(i, i + 4))) {
      // A paragraph ends inside a quote: keep it only if it opened at the start of its paragraph.
      if (atLineStart(text, openAt)) close(endOfLine(text, i), true);
      else {
        openAt = -1;
        depth = 0;
      }
      continue;
    }
    if (char === '\n' || isExcluded(i)) continue;
    if (OPENERS.has(char)) {
      if (openAt < 0) {
        openAt = i;
        depth = 1;
      } else if (atLineStart(text, i)) {
        close(endOfLine(text, i), true);
        openAt = i;
        depth = 1;
      } else depth++;
    } else if (CLOSERS.has(char)) {
      if (openAt >= 0 && --depth <= 0) close(i, false);
    } else if (openAt < 0) {
      if (opensHere(text, i) || !isSpace(text[i + 1])) {
        openAt = i;
        depth = 1;
      }
    } else if (atLineStart(text, i) && opensHere(text, i)) {
      close(endOfLine(text, i), true);
      openAt = i;
      depth = 1;
    } else close(i, false);
  }
  if (openAt >= 0 && atLineStart(text, openAt)) close(endOfLine(text, text.length), true);
  return quotes;
}
