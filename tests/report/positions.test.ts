import { displayPath, endOf } from '../../src/report/positions.js';
import type { FindingPosition } from '../../src/types.js';

const at = (text: string, line: number, column: number): FindingPosition => ({
  article: 'a',
  claim: 'c',
  text,
  span: { start: 0, end: text.length },
  line,
  column,
  value: null,
});

describe('endOf', () => {
  test('one line: the column just after the last character', () => {
    expect(endOf(at('on Tuesday', 3, 41))).toEqual({ endLine: 3, endColumn: 51 });
  });

  test('a quote across line breaks (LF, CRLF or CR) ends on a later line', () => {
    expect(endOf(at('works for\nboth sides', 5, 20))).toEqual({ endLine: 6, endColumn: 11 });
    expect(endOf(at('works for\r\nboth\rsides', 5, 20))).toEqual({ endLine: 7, endColumn: 6 });
  });

  test('an empty position ends where it starts', () => {
    expect(endOf(at('', 1, 1))).toEqual({ endLine: 1, endColumn: 1 });
  });
});

describe('displayPath', () => {
  test('relative to the working directory, with forward slashes', () => {
    expect(displayPath('/work/project/stories/001.md', '/work/project')).toBe('stories/001.md');
    expect(displayPath('stories/001.md', '/work/project')).toBe('stories/001.md');
  });

  test('paths outside the working directory stay absolute', () => {
    expect(displayPath('/elsewhere/001.md', '/work/project')).toBe('/elsewhere/001.md');
  });
});
