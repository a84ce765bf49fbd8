import diff from 'fast-diff';
import type { Span } from '../types.js';

/** Word-level differences between two texts, as spans of each text that the other lacks. */
export interface WordDiff {
  /** Word runs of `a` missing from `b`. */
  onlyInA: Span[];
  /** Word runs of `b` missing from `a`. */
  onlyInB: Span[];
  /** Share of word characters the two texts have in common, 0..1. */
  similarity: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu;
// Tokens are mapped to private-use characters so fast-diff (a character diff) compares whole words.
const FIRST_CODE = 0xe000;
const LAST_CODE = 0xf8ff;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
}

/**
 * Compares two sentences or quotes word by word with fast-diff. Whitespace-only differences are
 * not reported; adjacent changed words merge into one span. Returns undefined when the texts have
 * more distinct tokens than the encoding can hold (far beyond any sentence).
 */
export function wordDiff(a: string, b: string): WordDiff | undefined {
  const ta = tokens(a);
  const tb = tokens(b);
  const codes = new Map<string, string>();
  const encode = (list: Token[]) =>
    list
      .map((token) => {
        // Case is kept: "Antony" vs "antony" is a difference worth showing in a quote.
        let code = codes.get(token.text);
        if (code === undefined) {
          code = String.fromCharCode(FIRST_CODE + codes.size);
          codes.set(token.text, code);
        }
        return code;
      })
      .join('');
  const ea = encode(ta);
  const eb = encode(tb);
  if (FIRST_CODE + codes.size > LAST_CODE) return undefined;
  const onlyInA: Span[] = [];
  const onlyInB: Span[] = [];
  let ia = 0;
  let ib = 0;
  let common = 0;
  const push = (spans: Span[], token: Token, source: string) => {
    if (/^\s+$/u.test(token.text)) return;
    const last = spans[spans.length - 1];
    // Changed words separated only by whitespace read as one change.
    if (last && /^\s*$/u.test(source.slice(last.end, token.start))) last.end = token.end;
    else spans.push({ start: token.start, end: token.end });
  };
  for (const [op, chunk] of diff(ea, eb)) {
    for (let k = 0; k < chunk.length; k++) {
      if (op === diff.EQUAL) {
        const token = ta[ia]!;
        if (!/^\s+$/u.test(token.text)) common += token.text.length;
        ia += 1;
        ib += 1;
      } else if (op === diff.DELETE) {
        push(onlyInA, ta[ia]!, a);
        ia += 1;
      } else {
        push(onlyInB, tb[ib]!, b);
        ib += 1;
      }
    }
  }
  const wordChars = (list: Token[]) => list.filter((token) => !/^\s+$/u.test(token.text)).reduce((sum, token) => sum + token.text.length, 0);
  const longest = Math.max(wordChars(ta), wordChars(tb));
  return { onlyInA, onlyInB, similarity: longest === 0 ? 1 : common / longest };
}

