import type { Claim } from '../../../src/types.js';
import { segment } from '../../../src/segment/segment.js';
import { extractDocument } from '../../../src/extract/extract-document.js';
import { timeExtractor } from '../../../src/extract/time/time-extractor.js';
import { makeArticle } from '../../helpers/claims.js';

/** The time claims of a text written for a test, published on `published` (or undated with null). */
export function times(text: string, published: string | null): Claim<'time'>[] {
  const article = makeArticle('t', text, published);
  return extractDocument(segment(article), [timeExtractor], article.published) as Claim<'time'>[];
}

/**
 * The claim that quotes `quote` (its `nth` occurrence in the text), after checking that its span
 * is exactly where the quote is.
 */
export function timeOf(text: string, published: string | null, quote: string, nth = 0): Claim<'time'> {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the test text`);
  const claim = times(text, published).find((c) => c.span.start === start && c.span.end === start + quote.length);
  if (!claim) {
    const found = times(text, published).map((c) => `"${c.text}"@${c.span.start}`).join(', ');
    throw new Error(`no time claim spans "${quote}" at ${start}; found ${found || 'none'}`);
  }
  expect(claim.text).toBe(quote);
  return claim;
}

/** Shorthand: the TIMEX3 value (and mod) of the claim on `quote`. */
export function timexOf(text: string, published: string | null, quote: string, nth = 0): string {
  const { timex } = timeOf(text, published, quote, nth).value;
  return timex.mod ? `${timex.value} ${timex.mod}` : timex.value;
}
