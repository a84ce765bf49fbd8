import { changedWords, type ChangedWords } from '../../util/word-diff.js';
import type { Comparison, ComparisonMeta, Relation } from './comparison.js';

export const quoteWordingMeta: ComparisonMeta = {
  id: 'quote-wording',
  description:
    'The same quote in two articles is diffed word by word (fast-diff). Identical words (ignoring case and ' +
    'punctuation) agree; a direct quote whose words differ is an altered quote; reported speech that differs is ' +
    'a paraphrase, which is normal.',
};

export interface QuoteSide {
  quote: string;
  direct: boolean;
}

/**
 * Compares two renderings of one quote. `changed` diffs the words; a rule comparing many pairs passes
 * one that remembers texts it has seen (`rememberingChangedWords`).
 */
export function compareQuotes(a: QuoteSide, b: QuoteSide, changed: (a: string, b: string) => ChangedWords = changedWords): Comparison & ChangedWords {
  const { removed, added } = changed(a.quote, b.quote);
  if (removed.length === 0 && added.length === 0) return { relation: 'same', reason: 'the words are identical', removed, added };
  const change = `${removed.length ? `"${removed.join(' ')}"` : 'nothing'} became ${added.length ? `"${added.join(' ')}"` : 'nothing'}`;
  // A shorter excerpt of the same words is a cut, not an alteration.
  const cut = added.length === 0 || removed.length === 0;
  if (a.direct && b.direct && !cut) return { relation: 'different', reason: `the quoted words differ: ${change}`, removed, added };
  return { relation: 'compatible', reason: cut ? `one side quotes only part of it (${change})` : `a paraphrase: ${change}`, removed, added };
}

/**
 * The relation `compareQuotes` gives two renderings that are not both direct quotes, found without a
 * diff: only two direct quotes can differ, so any other pair is the same words or compatible.
 * Undefined for two direct quotes, whose relation needs the diff. `sameWords` is `changedWords`
 * finding nothing (`sameWords` of util/word-diff, or a remembering one).
 */
export function relationWithoutDiff(a: QuoteSide, b: QuoteSide, sameWords: (a: string, b: string) => boolean): Relation | undefined {
  if (a.direct && b.direct) return undefined;
  return sameWords(a.quote, b.quote) ? 'same' : 'compatible';
}
