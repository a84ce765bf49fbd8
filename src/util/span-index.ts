import type { Span } from '../types.js';

/**
 * Spans sorted by start, with the furthest end reached by each prefix: "does any span contain (or
 * overlap) this one?" costs a binary search instead of a scan over every span of the article — the
 * scan made long articles quadratic (every name against every date).
 */
export class SpanIndex {
  private readonly starts: number[];
  /** `reach[i]`: the largest end among the first `i + 1` spans by start. */
  private readonly reach: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((span) => span.start);
    this.reach = [];
    // Offsets are small non-negative integers: -1 starts the running maximum without a float.
    let furthest = -1;
    for (const span of sorted) {
      if (span.end > furthest) furthest = span.end;
      this.reach.push(furthest);
    }
  }

  /** Whether some span holds `[start, end)` whole (`span.start <= start && span.end >= end`). */
  contains(start: number, end: number): boolean {
    const last = this.lastStartingBefore(start + 1);
    return last !== -1 && this.reach[last]! >= end;
  }

  /** Whether some span shares at least one position with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const last = this.lastStartingBefore(end);
    return last !== -1 && this.reach[last]! > start;
  }

  /** Index of the last span whose start is below `limit`, or -1. */
  private lastStartingBefore(limit: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle]! < limit) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}
