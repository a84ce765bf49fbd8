import { SpanIndex } from '../../src/util/span-index.js';

describe('SpanIndex', () => {
  const spans = [
    { start: 40, end: 52 },
    { start: 3, end: 9 },
    { start: 10, end: 30 },
    { start: 12, end: 14 },
  ];
  const index = new SpanIndex(spans);

  test('contains: some span holds the range whole, edges included', () => {
    expect(index.contains(10, 30)).toBe(true);
    expect(index.contains(13, 14)).toBe(true);
    expect(index.contains(40, 41)).toBe(true);
    expect(index.contains(9, 12)).toBe(false);
    expect(index.contains(28, 31)).toBe(false);
    expect(index.contains(0, 2)).toBe(false);
  });

  test('overlaps: some span shares a position with the range; touching ends do not count', () => {
    expect(index.overlaps(8, 10)).toBe(true);
    expect(index.overlaps(29, 45)).toBe(true);
    expect(index.overlaps(9, 10)).toBe(false);
    expect(index.overlaps(30, 40)).toBe(false);
    expect(index.overlaps(52, 60)).toBe(false);
  });

  test('answers as a scan over every span would, for every range up to 60', () => {
    for (let start = 0; start < 60; start++) {
      for (let end = start + 1; end <= 60; end++) {
        expect([start, end, index.contains(start, end)]).toEqual([start, end, spans.some((span) => span.start <= start && span.end >= end)]);
        expect([start, end, index.overlaps(start, end)]).toEqual([start, end, spans.some((span) => span.start < end && span.end > start)]);
      }
    }
  });

  test('an empty index holds nothing', () => {
    const empty = new SpanIndex([]);
    expect(empty.contains(0, 1)).toBe(false);
    expect(empty.overlaps(0, 100)).toBe(false);
  });
});
