/**
 * Numbers as they appear in time expressions: digits ("14", "2.5", "2 1/2"), words ("fourteen",
 * "twenty-four", "a hundred"), the article "a"/"an" (= 1) and vague quantities ("several", "a few"),
 * which normalise to an unknown amount (TimeML's `X`).
 */

const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1_000_000],
]);

/** Quantities that are plural but not counted: the amount is unknown. */
const VAGUE = /^(?:several|a\s+few|few|some|many|a\s+number\s+of|a\s+handful\s+of|dozens\s+of|hundreds\s+of|thousands\s+of|multiple|numerous|various|the\s+last\s+few)$/iu;

/** Regex source for a number as written (digits, words, fractions, vague quantities). */
export const NUMBER_PATTERN =
  '(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+\\d\\/\\d|\\s*½)?' +
  '|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a\\s+hundred|a\\s+thousand|a\\s+dozen|dozen)' +
  '(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|and))*(?:\\s+and\\s+a\\s+half)?)' +
  '|several|a\\s+few|few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+number\\s+of|a\\s+handful\\s+of|dozens\\s+of|hundreds\\s+of|thousands\\s+of|many|some|half\\s+an?|an?\\s+half|an?)';

/**
 * The value of a number as written, or `null` when it is a vague quantity ("several", "a few").
 * Undefined when the text is not a number.
 */
export function parseNumber(text: string): number | null | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (VAGUE.test(t)) return null;
  if (t === 'a' || t === 'an') return 1;
  // "a couple of years" is about two (the caller marks it approximate).
  if (/^(?:a\s+)?couple(?:\s+of)?$/u.test(t)) return 2;
  if (/^half an?$|^an? half$/u.test(t)) return 0.5;
  const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s+(\d)\/(\d)|\s*(½))?$/u.exec(t);
  if (digits) {
    let value = Number(digits[1]!.replace(/,/gu, ''));
    if (digits[2] !== undefined) value += Number(digits[2]) / Number(digits[3]);
    if (digits[4] !== undefined) value += 0.5;
    return value;
  }
  return parseWords(t);
}

function parseWords(text: string): number | undefined {
  let half = 0;
  let words = text;
  if (words.endsWith(' and a half')) {
    half = 0.5;
    words = words.slice(0, -' and a half'.length);
  }
  const parts = words.split(/[-\s]+/u).filter((part) => part !== 'and');
  if (parts[0] === 'a' || parts[0] === 'an') parts[0] = 'one';
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of parts) {
    if (part === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const small = SMALL.get(part);
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALES.get(part);
    if (scale === undefined) return undefined;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current + half : undefined;
}
