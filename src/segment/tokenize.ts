import type { Span, Token, TokenKind } from '../types.js';

// Order matters: dotted abbreviations ("U.S.", "a.m.") before words, so their periods stay inside;
// numbers keep their separators ("1,300", "5.9", "2:09"); words keep inner apostrophes and hyphens.
// Groups, in order: abbreviation, number, word, punctuation; anything else is a symbol. Numbered
// rather than named: a named group makes V8 build a `groups` object for every token.
const TOKEN_PATTERN = /((?:\p{L}\.){2,})|(\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?)|(\p{L}[\p{L}\p{M}\d]*(?:['’-][\p{L}\p{M}\d]+)*)|([.,;:!?"“”‘’'()[\]{}«»…—–-])|\S/gu;

// One string per distinct short token text, shared by all its tokens: V8 copies every match shorter
// than 13 characters into a string of its own, so a 25 MB article's five million tokens would hold its
// words a second time (−8 MB of 49 on 2 MB). Longer matches are slices of the article, no copy; kept
// here they would hold an old article's whole text alive. Cleared past `INTERNED_LIMIT` entries so a
// long run does not keep every word it has seen.
const INTERNED_LIMIT = 100_000;
const INTERNED_LENGTH = 13;
const interned = new Map<string, string>();

function intern(text: string): string {
  if (text.length >= INTERNED_LENGTH) return text;
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size >= INTERNED_LIMIT) interned.clear();
  interned.set(text, text);
  return text;
}

/**
 * A token that is its own span: `start` and `end` are fields of the token and `span` returns the token
 * itself. A separate span object per token was a third of a big article's tokens (25 MB: five million
 * tokens, ~170 MB). Read `span` as a span only: it carries the token's other fields too.
 */
class SpannedToken implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly kind: TokenKind,
  ) {}

  get span(): Span {
    return this;
  }
}

/**
 * Tokens of `text` (a slice of the article starting at `offset`), with spans into the article. With
 * `shareWords`, equal short token texts are one string (see `intern`): worth its lookup per token only
 * where a document's tokens are many (`segment` asks for it on long articles).
 */
export function tokenize(text: string, offset = 0, shareWords = false): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const kind: TokenKind =
      match[1] !== undefined || match[3] !== undefined ? 'word' : match[2] !== undefined ? 'number' : match[4] !== undefined ? 'punct' : 'symbol';
    const start = offset + match.index;
    tokens.push(new SpannedToken(start, start + match[0].length, shareWords ? intern(match[0]) : match[0], kind));
  }
  return tokens;
}
