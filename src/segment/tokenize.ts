import type { Span, Token, TokenKind } from '../types.js';

// Order matters: dotted abbreviations ("U.S.", "a.m.") before words, so their periods stay inside;
// numbers keep their separators ("1,300", "5.9", "2:09"); words keep inner apostrophes and hyphens.
const TOKEN_PATTERN =
  /(?<abbr>(?:\p{L}\.){2,})|(?<number>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?)|(?<word>\p{L}[\p{L}\p{M}\d]*(?:['’-][\p{L}\p{M}\d]+)*)|(?<punct>[.,;:!?"“”‘’'()[\]{}«»…—–-])|(?<symbol>\S)/gu;

/** Tokens of `text` (a slice of the article starting at `offset`), with spans into the article. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups!;
    const kind: TokenKind =
      groups.abbr !== undefined || groups.word !== undefined
        ? 'word'
        : groups.number !== undefined
          ? 'number'
          : groups.punct !== undefined
            ? 'punct'
            : 'symbol';
    const start = offset + match.index!;
    const span: Span = { start, end: start + match[0].length };
    tokens.push({ span, text: match[0], kind });
  }
  return tokens;
}
