import { tokenize } from '../../src/segment/tokenize.js';

describe('tokenize', () => {
  test('words, numbers, abbreviations, punctuation and symbols with spans into the article', () => {
    const text = 'The U.S. sent $1,300 at 2:09 a.m., didn’t it?';
    const offset = 100;
    const tokens = tokenize(text, offset);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['The', 'word'],
      ['U.S.', 'word'],
      ['sent', 'word'],
      ['$', 'symbol'],
      ['1,300', 'number'],
      ['at', 'word'],
      ['2:09', 'number'],
      ['a.m.', 'word'],
      [',', 'punct'],
      ['didn’t', 'word'],
      ['it', 'word'],
      ['?', 'punct'],
    ]);
    for (const token of tokens) expect(text.slice(token.span.start - offset, token.span.end - offset)).toBe(token.text);
  });

  test('hyphenated words, ordinals, decimals and non-Latin scripts', () => {
    expect(tokenize('a 5.9-magnitude quake, the 2nd in Zürich; 東京 too').map((t) => t.text)).toEqual([
      'a', '5.9', '-', 'magnitude', 'quake', ',', 'the', '2nd', 'in', 'Zürich', ';', '東京', 'too',
    ]);
  });

  test('emoji are one symbol token each, never half a surrogate pair', () => {
    const tokens = tokenize('ok 😀😀');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['ok', 'word'],
      ['😀', 'symbol'],
      ['😀', 'symbol'],
    ]);
  });
});
