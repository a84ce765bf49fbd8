/** A labelled range of a text, half-open `[start, end)`. */
export interface LabelledRange<L> {
  start: number;
  end: number;
  label: L;
}

/** A stretch of text covered by the same set of ranges. */
export interface TextSegment<L> {
  start: number;
  end: number;
  text: string;
  /** The ranges covering this stretch, shortest first (the innermost one leads). */
  covering: L[];
}

/**
 * Cuts `text` at every range boundary so overlapping or nested ranges (a person inside a meeting
 * clause, a claim inside a changed word run) can be rendered without nesting elements: each
 * segment knows every range that covers it. Ranges outside the text are clipped; empty ones dropped.
 */
export function splitByRanges<L>(text: string, ranges: readonly LabelledRange<L>[]): TextSegment<L>[] {
  const clipped = ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start);
  const cuts = new Set<number>([0, text.length]);
  for (const range of clipped) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<L>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = clipped
      .filter((range) => range.start <= start && range.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
      .map((range) => range.label);
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}
