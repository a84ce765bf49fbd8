const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, half: 0.5,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Regex source for a number in figures or words ("58", "1,150", "2.5", "twenty-six", "a"). */
export const NUMBER_SOURCE =
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|half\s+a`;

/** The value of a number matched by `NUMBER_SOURCE`. */
export function parseNumber(text: string): number | undefined {
  const clean = text.toLowerCase().replace(/,/gu, '').trim();
  if (/^\d+(?:\.\d+)?$/u.test(clean)) return Number(clean);
  if (clean === 'half a') return 0.5;
  const [tens, unit] = clean.split(/[-\s]/u);
  if (tens !== undefined && TENS[tens] !== undefined) return TENS[tens]! + (unit ? (UNITS[unit] ?? 0) : 0);
  return UNITS[clean];
}
