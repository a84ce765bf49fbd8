import type { SentenceView } from '../events/sentence-view.js';
import { readGap, type Gap } from './gap.js';

/** A superlative found in a sentence, before its complement is read. */
export interface SuperlativeMatch {
  /** Normalised: `first`, `highest`, `lowest`, `biggest`, `most powerful`, `record`… */
  superlative: string;
  /** Token range of the superlative words (with "for the … time", "a new 12-year"). */
  from: number;
  to: number;
  /** "a 12-year low" carries its own look-back. */
  gap?: Gap;
  /** "for the first time" — the record is about the clause, not a noun. */
  clausal?: boolean;
  /** "lowest" / "highest" used as nouns ("a new low", "a 12-year high"): the record is a level. */
  level?: boolean;
}

const SUPERLATIVES = new Set(
  `first highest lowest biggest largest deadliest worst strongest best longest heaviest hottest coldest
  warmest wettest driest fastest greatest smallest weakest costliest bloodiest busiest tallest deepest
  sharpest steepest widest fiercest severest`.split(/\s+/u),
);

// Words that start a superlative phrase without being a superlative themselves.
const STARTERS = new Set(['most', 'record', 'all-time', 'new']);

const LEVEL_NOUNS: Record<string, string> = { low: 'lowest', lows: 'lowest', high: 'highest', highs: 'highest', peak: 'highest', record: 'record' };

// Hyphenated forms that describe rather than rank ("worst-hit", "best-known").
const DESCRIPTIVE_SUFFIXES = /-(?:hit|affected|known|selling|seller|case|performing|placed|paid)$/u;

/** "new 12-year low", "five-year high", "two-decade low": a level with its look-back. */
function levelWithGap(view: SentenceView, index: number): SuperlativeMatch | undefined {
  const words = view.lower;
  // Split "12 - year" and "five-year" alike into [count, unit].
  let count: string | undefined;
  let unitAt = index;
  if (view.tokens[index]!.kind === 'number' && words[index + 1] === '-') {
    count = words[index];
    unitAt = index + 2;
  } else if (/^[\p{Ll}]+-(?:year|month|week|decade)$/u.test(words[index]!)) {
    const [first, unit] = words[index]!.split('-') as [string, string];
    const gap = readGap([first, `${unit}s`], 0);
    const level = LEVEL_NOUNS[words[index + 1] ?? ''];
    if (!gap || !level) return undefined;
    return { superlative: level, from: index, to: index + 2, gap: { ...gap, length: 1 }, level: true };
  } else return undefined;
  const unit = words[unitAt] ?? '';
  const levelAt = words[unitAt + 1] === '-' ? unitAt + 2 : unitAt + 1;
  const level = LEVEL_NOUNS[words[levelAt] ?? ''];
  const gap = readGap([count!, `${unit}s`.replace(/ss$/u, 's')], 0);
  if (!gap || !level) return undefined;
  return { superlative: level, from: index, to: levelAt + 1, gap, level: true };
}

/** The superlative at token `index`, if one starts there. */
export function superlativeAt(view: SentenceView, index: number): SuperlativeMatch | undefined {
  const words = view.lower;
  const word = words[index]!;
  // Most tokens are none of these; decide that with set lookups before any pattern runs.
  const hyphen = word.indexOf('-');
  const base = hyphen > 0 ? word.slice(0, hyphen) : word;
  if (!SUPERLATIVES.has(base) && !STARTERS.has(word) && view.tokens[index]!.kind !== 'number' && hyphen < 0) return undefined;
  const withGap = levelWithGap(view, index);
  if (withGap) return withGap;
  if ((word === 'record' || word === 'all-time') && LEVEL_NOUNS[words[index + 1] ?? ''] && words[index + 1] !== 'record') {
    return { superlative: LEVEL_NOUNS[words[index + 1]!]!, from: index, to: index + 2, level: true };
  }
  if (word === 'new' && (words[index + 1] === 'low' || words[index + 1] === 'high')) {
    return { superlative: LEVEL_NOUNS[words[index + 1]!]!, from: index, to: index + 2, level: true };
  }
  if (word === 'most' && /^\p{Ll}+$/u.test(view.tokens[index + 1]?.text ?? '') && ['the', 'its', 'his', 'her', 'their'].includes(words[index - 1] ?? '')) {
    const adjective = words[index + 1]!;
    if (adjective === 'of' || /s$/u.test(adjective)) return undefined;
    return { superlative: `most ${adjective}`, from: index, to: index + 2 };
  }
  if (!SUPERLATIVES.has(base) || (hyphen > 0 && DESCRIPTIVE_SUFFIXES.test(word))) return undefined;
  if (base === 'first' && words[index - 1] === 'the' && words[index - 2] === 'for' && words[index + 1] === 'time') {
    return { superlative: 'first', from: index - 2, to: index + 2, clausal: true };
  }
  return { superlative: base, from: index, to: index + 1 };
}
