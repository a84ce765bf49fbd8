/**
 * Numbers as news text writes them: digits with thousands separators ("1,300", "5.9"), words
 * ("ten", "twenty-six", "a dozen", "half a million"), digits with a scale word ("1.5 million",
 * "137-million") and vague plurals ("dozens", "several hundred", "tens of thousands").
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words and their factors; `m`, `bn`, `k` only count after a currency sign (see money). */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, k: 1e3,
};

const SMALL = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})`;
// Only tens take a hyphenated unit ("twenty-six"); "five-six" is a range of two numbers.
const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})-(?:${Object.keys(UNITS).slice(1, 10).join('|')})|${SMALL})`;
const WORD_SCALE = '(?:dozen|hundred|thousand|million|billion|trillion)';

/**
 * Vague amounts and the bounds we give them: "dozens" is at least two dozen and fewer than a hundred,
 * "hundreds" at least two hundred and fewer than a thousand. Documented in the README.
 */
const VAGUE: ReadonlyArray<[RegExp, number, number]> = [
  [/^(?:tens\s+of\s+thousands)$/iu, 20_000, 99_999],
  [/^(?:hundreds\s+of\s+thousands)$/iu, 200_000, 999_999],
  [/^(?:tens\s+of\s+millions)$/iu, 20_000_000, 99_999_999],
  [/^(?:hundreds\s+of\s+millions)$/iu, 200_000_000, 999_999_999],
  [/^(?:several|a\s+few)\s+dozen$/iu, 36, 99],
  [/^dozens$/iu, 24, 99],
  [/^scores$/iu, 40, 199],
  [/^(?:several|a\s+few)\s+hundred$/iu, 300, 999],
  [/^hundreds$/iu, 200, 999],
  [/^(?:several|a\s+few)\s+thousand$/iu, 3_000, 9_999],
  [/^thousands$/iu, 2_000, 9_999],
  [/^(?:several|a\s+few)\s+million$/iu, 3_000_000, 9_999_999],
  [/^millions$/iu, 2_000_000, 9_999_999],
];

/**
 * One number in running text. The alternatives are ordered longest first so "tens of thousands"
 * is not read as "tens", and "a dozen" not as "a".
 */
export const NUMBER_PATTERN = new RegExp(
  [
    // Vague amounts.
    String.raw`\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions)\b`,
    // "a dozen", "half a dozen", "half a million", "a hundred".
    String.raw`\b(?:half\s+a|a|one)\s+(?:dozen|hundred|thousand|million|billion)\b`,
    // Digits, optionally with a scale word: "1,300", "5.9", "1.5 million", "137-million".
    String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])`,
    // Words: "twenty-six", "two hundred", "three thousand".
    String.raw`\b${WORD_NUMBER}(?:\s+${WORD_SCALE}(?:\s+(?:and\s+)?${WORD_NUMBER})?)*\b`,
  ].join('|'),
  'giu',
);

/** A parsed number: its value, and bounds when the words are vague ("dozens"). */
export interface ParsedNumber {
  value: number;
  low?: number;
  high?: number;
  /** True for "dozens", "hundreds"… */
  vague: boolean;
  /** Whether it was written in digits. */
  digits: boolean;
}

function parseWords(text: string): number | undefined {
  // "half a million", "half a dozen": half of the same words with "one".
  const half = /^half\s+a\s+(.*)$/iu.exec(text);
  if (half) {
    const whole = parseWords(`one ${half[1]}`);
    return whole === undefined ? undefined : whole / 2;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of text.toLowerCase().split(/[\s-]+/u)) {
    if (raw === 'and' || raw === '') continue;
    if (raw === 'a' || raw === 'one') {
      current += 1;
      seen = true;
    } else if (raw === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (UNITS[raw] !== undefined) {
      current += UNITS[raw]!;
      seen = true;
    } else if (TENS[raw] !== undefined) {
      current += TENS[raw]!;
      seen = true;
    } else if (raw === 'hundred') {
      current = (current || 1) * 100;
    } else if (raw === 'thousand' || raw === 'million' || raw === 'billion' || raw === 'trillion') {
      total += (current || 1) * SCALES[raw]!;
      current = 0;
    } else {
      return undefined;
    }
  }
  if (!seen && total === 0) return undefined;
  return total + current;
}

function mayBeVague(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const lower = last | 0x20;
  return (last < 128 && (lower === 115 || lower === 110 || lower === 100)) || last === 0x17f;
}

/** Parses what `NUMBER_PATTERN` matched. */
export function parseNumber(text: string): ParsedNumber | undefined {
  const trimmed = text.trim();
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const value = Number(trimmed.includes(',') ? trimmed.replaceAll(',', '') : trimmed);
    return Number.isFinite(value) ? { value, vague: false, digits: true } : undefined;
  }
  // Every vague amount ends in "s", "n" or "d" (or the long s, which case-insensitive patterns read
  // as "s"): other words ("two", "three") need not be tried against each of them.
  if (mayBeVague(trimmed)) {
    for (const [pattern, low, high] of VAGUE) {
      if (pattern.test(trimmed)) return { value: low, low, high, vague: true, digits: false };
    }
  }
  const value = parseWords(trimmed);
  return value === undefined ? undefined : { value, vague: false, digits: false };
}

/** Rounds away floating-point noise from scaling ("1.1 million" → 1100000, not 1100000.0000000002). */
export function roundNumber(value: number): number {
  // Whole numbers of up to twelve digits have no noise (most figures): skip the string round trip.
  // `+ 0` turns -0 into 0, as the round trip does.
  if (Number.isInteger(value) && value < 1e12 && value > -1e12) return value + 0;
  return Number.parseFloat(value.toPrecision(12));
}
