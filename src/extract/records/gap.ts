/** A look-back duration read from the text: "in nearly five years", "a 12-year low", "in decades". */
export interface Gap {
  /** TIMEX3 duration: `P14Y`, `P18M`, `P2DE`, `PXY` when the count is not given. */
  value: string;
  /** The count and unit when stated. */
  amount?: number;
  unit: 'Y' | 'M' | 'W' | 'D' | 'DE';
  /** TIMEX3 mod: `APPROX` ("nearly", "about"), `MORE_THAN` ("more than", "over"), `LESS_THAN`. */
  mod?: string;
  /** Number of tokens read. */
  length: number;
}

const UNITS: Record<string, Gap['unit']> = {
  year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D', decade: 'DE', decades: 'DE',
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

/** Qualifiers before the count, longest first, with the TIMEX3 mod each gives. */
const QUALIFIERS: readonly [string[], string][] = [
  [['just', 'under'], 'LESS_THAN'],
  [['just', 'over'], 'MORE_THAN'],
  [['more', 'than'], 'MORE_THAN'],
  [['less', 'than'], 'LESS_THAN'],
  [['fewer', 'than'], 'LESS_THAN'],
  [['at', 'least'], 'EQUAL_OR_MORE'],
  [['close', 'to'], 'APPROX'],
  [['nearly'], 'APPROX'],
  [['almost'], 'APPROX'],
  [['about'], 'APPROX'],
  [['around'], 'APPROX'],
  [['roughly'], 'APPROX'],
  [['approximately'], 'APPROX'],
  [['some'], 'APPROX'],
  [['over'], 'MORE_THAN'],
  [['under'], 'LESS_THAN'],
];

/** A number written in digits or words ("14", "five", "twenty-one", "a"), or undefined. */
export function numberOf(word: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/u.test(word)) return Number(word);
  if (word in NUMBER_WORDS) return NUMBER_WORDS[word];
  const parts = word.split('-');
  if (parts.length === 2 && parts.every((part) => part in NUMBER_WORDS)) return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  return undefined;
}

function durationValue(amount: number | undefined, unit: Gap['unit']): string {
  if (amount === undefined) return `PX${unit}`;
  // Half years and decades are written in the next smaller unit: P6M, P5Y.
  if (!Number.isInteger(amount) && unit === 'Y') return `P${Math.round(amount * 12)}M`;
  if (!Number.isInteger(amount) && unit === 'DE') return `P${Math.round(amount * 10)}Y`;
  return `P${amount}${unit}`;
}

/**
 * Reads a duration from lower-cased words starting at `from`: an optional qualifier, a count
 * (digits or words, "two and a half", "a"), and a unit; or a bare plural unit ("in decades", "in
 * years"). Undefined when the words are not one.
 */
export function readGap(words: readonly string[], from: number): Gap | undefined {
  let k = from;
  let mod: string | undefined;
  for (const [phrase, qualifierMod] of QUALIFIERS) {
    if (phrase.every((word, i) => words[k + i] === word)) {
      mod = qualifierMod;
      k += phrase.length;
      break;
    }
  }
  if (words[k] === 'half' && (words[k + 1] === 'a' || words[k + 1] === 'an') && UNITS[words[k + 2] ?? '']) {
    const unit = UNITS[words[k + 2]!]!;
    return { value: durationValue(0.5, unit), amount: 0.5, unit, ...(mod ? { mod } : {}), length: k + 3 - from };
  }
  let amount = numberOf(words[k] ?? '');
  if (amount !== undefined) {
    k++;
    // "two and a half years"
    if (words[k] === 'and' && words[k + 1] === 'a' && words[k + 2] === 'half') {
      amount += 0.5;
      k += 3;
    }
  }
  const unit = UNITS[words[k] ?? ''];
  if (!unit) return undefined;
  if (amount === undefined && !/s$/u.test(words[k]!)) return undefined;
  const approximate = amount !== undefined && !Number.isInteger(amount) ? 'APPROX' : undefined;
  const finalMod = mod ?? approximate;
  return { value: durationValue(amount, unit), ...(amount !== undefined ? { amount } : {}), unit, ...(finalMod ? { mod: finalMod } : {}), length: k + 1 - from };
}

/** How many years a gap spans, when it is a whole count of years or decades. */
export function gapYears(gap: Gap): number | undefined {
  if (gap.amount === undefined) return undefined;
  if (gap.unit === 'Y') return gap.amount;
  if (gap.unit === 'DE') return gap.amount * 10;
  return undefined;
}
