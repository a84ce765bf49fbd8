import type { Claim, ClaimKind, Sentence, Span, Token } from '../../types.js';

/** A claim of an earlier extractor (or a name found by the fallback) laid over a sentence's tokens. */
export interface Mention {
  /** First token covered, and one past the last, in the sentence's token array. */
  from: number;
  to: number;
  span: Span;
  kind: ClaimKind | 'name';
  /** What a meeting records for it: the entity key when the claim has one, else the name. */
  key: string;
  /** The fullest name known for it. */
  name: string;
  claim?: Claim;
}

/** One sentence with its tokens lower-cased and, per token, the mentions that cover it. */
export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  lower: readonly string[];
  persons: Mention[];
  organizations: Mention[];
  places: Mention[];
  times: Mention[];
  /** Token ranges covered by record claims: event words inside a record are not events. */
  records: Mention[];
  /** True when the article has no place claims, so capitalised names stand in for places. */
  guessPlaces: boolean;
  /** True when the article has no person claims, so names come from capitalisation and titles. */
  guessPersons: boolean;
}

/** The mention of `mentions` that covers token `index`, if any. */
export function mentionAt(mentions: readonly Mention[], index: number): Mention | undefined {
  for (const mention of mentions) if (mention.from <= index && index < mention.to) return mention;
  return undefined;
}

/** Token range `[from, to)` of the tokens overlapping `span`; `to === from` when none. */
export function tokenRange(tokens: readonly Token[], span: Span): { from: number; to: number } {
  // Tokens are sorted and disjoint: binary-search the first that ends after the span starts.
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.span.end <= span.start) low = mid + 1;
    else high = mid;
  }
  let to = low;
  while (to < tokens.length && tokens[to]!.span.start < span.end) to++;
  return low < to ? { from: low, to } : { from: 0, to: 0 };
}

/** Whether a token starts with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** Whether a word token is a possessive ("Blinken's", "China’s"). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /['’]s$/u.test(token.text);
}

/** A name without its possessive ending. */
export function stripPossessive(text: string): string {
  return text.replace(/['’]s$/u, '');
}

/** The article text of tokens `[from, to)`. */
export function textOf(view: SentenceView, from: number, to: number, articleText: string): string {
  if (to <= from) return '';
  return stripPossessive(articleText.slice(view.tokens[from]!.span.start, view.tokens[to - 1]!.span.end));
}

/** The mention built from a claim over the sentence's tokens, or undefined when it covers none. */
export function mentionOf(claim: Claim, tokens: readonly Token[]): Mention | undefined {
  const { from, to } = tokenRange(tokens, claim.span);
  if (to <= from) return undefined;
  const value = claim.value as { entity?: string; canonical?: string; name?: string };
  const name = stripPossessive(value.canonical ?? value.name ?? claim.text);
  return { from, to, span: claim.span, kind: claim.kind, key: value.entity ?? name, name, claim };
}
