import type { Span, Token, TokenKind } from '../types.js';

// Order matters: dotted abbreviations ("U.S.", "a.m.") before words, so their periods stay inside;
// numbers keep their separators ("1,300", "5.9", "2:09"); words keep inner apostrophes and hyphens;
// then punctuation; anything else is a symbol. Sticky and without groups: it is tried at each
// token's first character with `test`, which builds no match array and no captured strings (a 25 MB
// article has five million tokens).
const TOKEN_AT = /(?:\p{L}\.){2,}|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?|\p{L}[\p{L}\p{M}\d]*(?:['’-][\p{L}\p{M}\d]+)*|[.,;:!?"“”‘’'()[\]{}«»…—–-]|\S/uy;
const LETTER_AT = /\p{L}/uy;
const PUNCTUATION = new Set('.,;:!?"“”‘’\'()[]{}«»…—–-');

// A token's kind follows from its first character, since the pattern's branches start apart: a
// letter starts a word (dotted abbreviations are words too), a digit a number, one of the marks
// is punctuation on its own, anything else a symbol. The index into KINDS is what a token stores.
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
const WORD = 0;
const NUMBER = 1;
const PUNCT = 2;
const SYMBOL = 3;

function kindAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 48 && code <= 57) return NUMBER;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return WORD;
  if (PUNCTUATION.has(text[at]!)) return PUNCT;
  if (code < 128) return SYMBOL;
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text) ? WORD : SYMBOL;
}

/** JavaScript's `\s` (and what `trim` removes): what separates tokens. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

// One string per distinct short token text, shared by all its tokens: V8 copies every slice shorter
// than 13 characters into a string of its own, so a 25 MB article's five million tokens would hold its
// words a second time (−8 MB of 49 on 2 MB). Longer slices point into the article, no copy; kept
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
 * A token that is its own span, in two fields: its start and kind in one number, and its text;
 * `start`, `end`, `kind` and `span` are read from them. Tokens are most of a big article's memory (25
 * MB: five million): each field more is 40 MB, and everything the garbage collector copies and marks.
 * Read `span` as a span only: it carries the token's other fields too.
 */
class SpannedToken implements Token {
  /** `start * 4 + kind` (an index into KINDS). A string is at most 2^29 characters: this stays below 2^32. */
  private readonly startAndKind: number;

  constructor(
    start: number,
    readonly text: string,
    kind: number,
  ) {
    this.startAndKind = start * 4 + kind;
  }

  get start(): number {
    return this.startAndKind >>> 2;
  }

  get end(): number {
    return (this.startAndKind >>> 2) + this.text.length;
  }

  get kind(): TokenKind {
    return KINDS[this.startAndKind & 3]!;
  }

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
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    // Every character but a space starts a token (`\S` at worst), so the test always matches.
    TOKEN_AT.lastIndex = at;
    if (!TOKEN_AT.test(text)) {
      at++;
      continue;
    }
    const end = TOKEN_AT.lastIndex;
    const word = text.slice(at, end);
    tokens.push(new SpannedToken(offset + at, shareWords ? intern(word) : word, kindAt(text, at)));
    at = end;
  }
  return tokens;
}
