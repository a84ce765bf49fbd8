import { splitByRanges } from '../../src/report/text-ranges.js';

describe('splitByRanges', () => {
  test('nested and overlapping ranges become flat segments, innermost label first', () => {
    const text = 'Minister Ana Ruiz met the mayor.';
    const segments = splitByRanges(text, [
      { start: 0, end: 21, label: 'meeting' },
      { start: 9, end: 17, label: 'person' },
      { start: 13, end: 25, label: 'other' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.covering])).toEqual([
      ['Minister ', ['meeting']],
      ['Ana ', ['person', 'meeting']],
      ['Ruiz', ['person', 'other', 'meeting']],
      [' met', ['other', 'meeting']],
      [' the', ['other']],
      [' mayor.', []],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  test('ranges outside the text are clipped and empty ones dropped', () => {
    const segments = splitByRanges('abc', [
      { start: -2, end: 1, label: 'x' },
      { start: 2, end: 2, label: 'empty' },
      { start: 2, end: 9, label: 'y' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.covering])).toEqual([
      ['a', ['x']],
      ['b', []],
      ['c', ['y']],
    ]);
  });
});
