import type { Span } from '../types.js';

/** One line of a text: `span` is its content, `next` the offset where the following line starts. */
export interface LineRange {
  span: Span;
  next: number;
}

// `\r\n`, `\n` and a lone `\r` (old Mac files) each end a line; `\r\n` counts once.
const LINE_BREAK = /\r\n?|\n/gu;

/**
 * The lines of `text` from offset `from`, in one pass. Every stage that works line by line
 * (metadata lines, boilerplate, blocks) uses this, so they all agree on where lines are.
 * A text ending with a line break has no empty last line.
 */
export function lineRanges(text: string, from = 0): LineRange[] {
  const lines: LineRange[] = [];
  let start = from;
  LINE_BREAK.lastIndex = from;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    const next = match.index + match[0].length;
    lines.push({ span: { start, end: match.index }, next });
    start = next;
  }
  if (start < text.length) lines.push({ span: { start, end: text.length }, next: text.length });
  return lines;
}

/** Offsets where each line of `text` starts (after `\n`, `\r\n` or a lone `\r`). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** 1-based line and column of a 0-based offset, by binary search over the line starts. */
export function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
