import type { BlockKind, ExcludedRange, Span } from '../types.js';
import { TITLES } from './abbreviations.js';
import { lineRanges, type LineRange } from './lines.js';

/** A run of text that sentences never cross: a paragraph (or one line of it), a heading, a bullet. */
export interface Block {
  span: Span;
  kind: BlockKind;
  /** Index of the blank-line separated paragraph the block belongs to. */
  paragraph: number;
}

const BULLET = /^(?:[-*+•·▪►‣◦]|\d{1,3}[.)])[ \t]+(?=\S)/u;
const HEADING = /^#{1,6}[ \t]+(?=\S)/u;
// A line that ends a sentence (possibly inside closing quotes or brackets).
const TERMINAL = /[.!?…:;]["”’'»)\]]*$/u;
const OPEN_END = /[,;\-–—(]$/u;
// Lines at least this long that stop mid-sentence are evidence of hard wrapping.
const WRAP_EVIDENCE_LENGTH = 40;

/**
 * How the text breaks its lines. News text comes both hard-wrapped at a fixed width and with one
 * paragraph (or one sentence) per line. In wrapped text most long lines end mid-sentence; in
 * one-per-line text almost none do. Decided once per text, in one pass.
 */
interface Layout {
  wrapped: boolean;
  /** The longest line that was followed by another line of its paragraph. */
  width: number;
}

function lengthWithoutEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/u.test(text[end - 1]!)) end--;
  return end - span.start;
}

function lastChars(text: string, span: Span, count = 40): string {
  return text.slice(Math.max(span.start, span.end - count), span.end).trimEnd();
}

function layoutOf(text: string, lines: readonly LineRange[], skip: readonly boolean[]): Layout {
  let long = 0;
  let open = 0;
  let width = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.span;
    const next = lines[i + 1]!.span;
    if (skip[i] || skip[i + 1] || isBlank(text, next)) continue;
    const length = lengthWithoutEnd(text, line);
    if (length < WRAP_EVIDENCE_LENGTH) continue;
    long++;
    width = Math.max(width, length);
    if (!TERMINAL.test(lastChars(text, line))) open++;
  }
  return { wrapped: long >= 2 && open * 2 >= long, width };
}

function isBlank(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (!/\s/u.test(text[i]!)) return false;
  return true;
}

/** Whether the line ends with a title ("Mr.", "Gen.") or an initial ("J."), which a name must follow. */
function endsWithTitle(text: string, span: Span): boolean {
  const tail = /(?:^|[\s(])([\p{L}]+)\.$/u.exec(lastChars(text, span, 12));
  if (!tail) return false;
  const word = tail[1]!;
  return TITLES.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** For each line, whether an excluded range covers it entirely (one sweep over sorted ranges). */
function excludedLines(lines: readonly LineRange[], excluded: readonly ExcludedRange[]): boolean[] {
  const ranges = [...excluded].sort((a, b) => a.span.start - b.span.start);
  const out: boolean[] = [];
  let next = 0;
  let coveredTo = -1;
  for (const { span } of lines) {
    while (next < ranges.length && ranges[next]!.span.start <= span.start) {
      coveredTo = Math.max(coveredTo, ranges[next]!.span.end);
      next++;
    }
    out.push(coveredTo >= span.end);
  }
  return out;
}

/**
 * Groups lines into blocks, in one pass. Blank and excluded lines end paragraphs; headings
 * (`# …`) and bullet lines (`- …`, `1. …`) are blocks of their own. In hard-wrapped text a line
 * break continues the paragraph unless the line before was a short, finished line; in
 * one-per-line text a line break ends the block unless the line was cut mid-sentence (it ends
 * with a comma, a dash or a title such as "Mr.", or the next line starts in lower case).
 */
export function blocksOf(text: string, excluded: readonly ExcludedRange[]): Block[] {
  const lines = lineRanges(text);
  const skip = excludedLines(lines, excluded);
  const layout = layoutOf(text, lines, skip);
  const blocks: Block[] = [];
  let paragraph = 0;
  let current: Block | undefined;
  let previous: Span | undefined;
  let previousBlank = true;
  const flush = () => {
    if (current) {
      const span = trimSpan(text, current.span.start, current.span.end);
      if (span.end > span.start) blocks.push({ ...current, span });
    }
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.span;
    if (skip[i] || isBlank(text, line)) {
      flush();
      if (!previousBlank) paragraph++;
      previousBlank = true;
      previous = undefined;
      continue;
    }
    const head = text.slice(line.start, Math.min(line.end, line.start + 16));
    const leading = head.length - head.trimStart().length;
    const marker = HEADING.exec(head.slice(leading)) ?? BULLET.exec(head.slice(leading));
    if (marker) {
      flush();
      const kind: BlockKind = marker[0].startsWith('#') ? 'heading' : 'bullet';
      current = { span: { start: line.start + leading + marker[0].length, end: line.end }, kind, paragraph };
      if (kind === 'heading') flush();
    } else if (current && previous && continues(text, current, previous, line, leading, layout)) {
      current.span.end = line.end;
    } else {
      flush();
      current = { span: { start: line.start, end: line.end }, kind: 'paragraph', paragraph };
    }
    previous = line;
    previousBlank = false;
  }
  flush();
  // A lone short line without final punctuation, set apart from prose, reads as a heading.
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.span.end - block.span.start > 120) continue;
    const content = text.slice(block.span.start, block.span.end);
    if (!/[.!?"”’]$/u.test(content) && !/[\r\n]/u.test(content)) block.kind = 'heading';
  }
  return blocks;
}

function continues(text: string, current: Block, previous: Span, line: Span, leading: number, layout: Layout): boolean {
  const end = lastChars(text, previous);
  const nextStartsLower = /^\p{Ll}/u.test(text.slice(line.start + leading, line.start + leading + 2));
  // An indented line under a bullet carries the bullet on.
  if (current.kind === 'bullet') return leading > 0 || (!TERMINAL.test(end) && nextStartsLower);
  if (endsWithTitle(text, previous)) return true;
  if (layout.wrapped) {
    // A short line that finishes a sentence ends its paragraph even without a blank line.
    const short = lengthWithoutEnd(text, previous) < layout.width * 0.6;
    return !(short && TERMINAL.test(end));
  }
  return !TERMINAL.test(end) && (nextStartsLower || OPEN_END.test(end));
}

/** Trims whitespace off both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
