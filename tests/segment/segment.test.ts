import { lineRanges, lineStartsOf, positionOf } from '../../src/segment/lines.js';
import { segment } from '../../src/segment/segment.js';
import type { Article } from '../../src/types.js';

function article(text: string, excluded: Article['excluded'] = []): Article {
  return { id: 'a', path: 'a.txt', format: 'text', text, textSource: 'file', published: { value: null, basis: null }, excluded, problems: [] };
}

describe('segment', () => {
  test('sentences carry their text, tokens and block; every span quotes the article', () => {
    const text = '# Pier\r\n\r\nThe pier reopened on Friday. Ferries run hourly.\r\n- Cargo waits\r\n';
    const doc = segment(article(text));
    expect(doc.sentences.map((s) => [s.index, s.text, s.block, s.paragraph])).toEqual([
      [0, 'Pier', 'heading', 0],
      [1, 'The pier reopened on Friday.', 'paragraph', 1],
      [2, 'Ferries run hourly.', 'paragraph', 1],
      [3, 'Cargo waits', 'bullet', 1],
    ]);
    for (const sentence of doc.sentences) {
      expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.text);
      for (const token of sentence.tokens) expect(text.slice(token.span.start, token.span.end)).toBe(token.text);
    }
  });

  test('line and column for display, with CRLF counted as one break', () => {
    const text = 'First line.\r\nSecond line here.\r\nThird.';
    const doc = segment(article(text));
    expect(doc.lineStarts).toEqual([0, 13, 32]);
    expect(positionOf(doc.lineStarts, text.indexOf('line here'))).toEqual({ line: 2, column: 8 });
    expect(positionOf(doc.lineStarts, text.indexOf('Third'))).toEqual({ line: 3, column: 1 });
  });
});

describe('lines', () => {
  test('lineRanges splits on LF, CRLF and lone CR; spans exclude the break', () => {
    const text = 'a\nbb\r\nccc\rd';
    expect(lineRanges(text).map(({ span }) => text.slice(span.start, span.end))).toEqual(['a', 'bb', 'ccc', 'd']);
    expect(lineRanges('x\n').map((l) => l.span)).toEqual([{ start: 0, end: 1 }]);
    expect(lineRanges('')).toEqual([]);
  });

  test('lineStartsOf agrees with lineRanges', () => {
    const text = 'a\nbb\r\nccc\rd';
    expect(lineStartsOf(text)).toEqual(lineRanges(text).map((l) => l.span.start));
  });
});
