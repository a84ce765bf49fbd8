import fc from 'fast-check';
import { matchesAt, mayHoldTime } from '../../../src/extract/time/rule-matches.js';
import { TIME_RULES } from '../../../src/extract/time/rules/index.js';
import { readWords } from '../../../src/extract/time/rules/rule.js';

// The shortcuts of rule-matches.ts must never hide a match: a rule runs only in sentences holding
// one of its keywords, a sentence is read at all only when it may hold time, and a rule's pattern
// is searched once over the sentence rather than tried at each word.

/** The words `readWords` reads in a text (keywords, parts of hyphenated words, `#…` markers). */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  readWords(text, (word) => words.add(word));
  return words;
}

/** The plain way: the pattern tried at each start in turn, each match skipping the starts it covers. */
function matchesTriedAtEachStart(pattern: RegExp, text: string, starts: readonly number[]): [number, string][] {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const found: [number, string][] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match || match[0].length === 0) continue;
    found.push([match.index, match[0]]);
    next = at + match[0].length;
  }
  return found;
}

function searched(pattern: RegExp, text: string, starts: readonly number[]): [number, string][] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return matchesAt(global, text, starts).map((match) => [match.index, match[0]]);
}

const SENTENCES = [
  'Every week, twice a year, $5 a month, daily, on weekends, per year.',
  'Earlier in the day, last year, the past two months, late next week, this year’s total.',
  'About two years ago, a year earlier, three days later, years ago, months earlier.',
  'By year-end, at year’s end, the year, the quarter ended Sept. 30, the weekend, the decade, the week, the full month.',
  'He will one day lead; the year-ago quarter, the same period last year, the 1988 period, the latest period.',
  'January 5, Sept. 14, mid-March, spring, the third quarter, third-quarter profit, Q3 2012, Christmas Eve.',
  'At 1353 (1023 GMT), 0600 local time, at 4 in the morning, at 11 at night, 2130 hrs.',
  'The 1990s, the early 2000s, the ’80s, the sixties, the 20th century, 1998, fiscal 1989, 2008-09, nineteen ninety-six.',
  'Last Friday, next Monday’s, Tuesday nights, today, the day before yesterday, tonight, this morning, overnight, noon.',
  'That day, later that year, that same week, the next day, the following week, the day before.',
  'Three years, nearly five years, a two-year term, 2 1/2 hours, an hour and a half, 12 to 18 months, in a week’s time.',
  'For months, decades-long, day-long, for a while, for some time, a tenth of a second, a quarter of an hour.',
  'Now, right now, currently, these days, at present, at this time, recently, the past, the near future, the long term.',
  'THE YEAR, LAST WEEK, YESTERDAY: a headline in capitals.',
  'U.S.2010 and a-1990s x_year, 1990’s-era, mid-1990’s, ‘90s.',
];

describe('which rules a sentence wakes', () => {
  test('what a rule matches holds one of its keywords', () => {
    let matched = 0;
    for (const text of SENTENCES) {
      const starts = readWords(text, () => {});
      for (const rule of TIME_RULES) {
        for (const [, quote] of matchesTriedAtEachStart(rule.pattern, text, starts)) {
          const words = wordsOf(quote);
          expect({ rule: rule.name, quote, woken: rule.keywords.some((keyword) => words.has(keyword)) }).toEqual({ rule: rule.name, quote, woken: true });
          matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  test('a sentence with a keyword or a marker may hold time; one without holds nothing to read', () => {
    const keywords = new Set(TIME_RULES.flatMap((rule) => rule.keywords));
    for (const text of SENTENCES) expect(mayHoldTime(text)).toBe(true);
    expect(mayHoldTime('The council approved the plan, officials said.')).toBe(false);
    expect(mayHoldTime('They met on Tuesday.')).toBe(true);
    // The Kelvin sign is a "k" once lower-cased: "WEEK" with it wakes the rules that "week" wakes.
    expect(wordsOf('WEE\u212A').has('week')).toBe(true);
    expect(mayHoldTime('WEE\u212A')).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'Week', 'weeks', 'a', 'mid', '-', ' ', '’', "'", '.', '_', 'x', 'é', '7', 'DAY', 'Mon', 'day', 'today'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const wakes = [...wordsOf(text)].some((word) => keywords.has(word));
        if (wakes) expect(mayHoldTime(text)).toBe(true);
      }),
    );
  });
});

describe('where a rule matches', () => {
  test('one search over the sentence finds what trying each start finds', () => {
    for (const text of SENTENCES) {
      const starts = readWords(text, () => {});
      for (const rule of TIME_RULES) expect(searched(rule.pattern, text, starts)).toEqual(matchesTriedAtEachStart(rule.pattern, text, starts));
    }
    const rules = TIME_RULES.filter((rule) => ['year', 'decade', 'duration', 'the-period', 'clock-at', 'weekday'].includes(rule.name));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('the', 'year', 'years', 'two', '1990', 's', '’', "'", '-', '.', '/', ' ', 'U.S.', 'mid', '1353', 'at', 'Friday', 'é', '_'), { maxLength: 14 }),
        (parts) => {
          const text = parts.join('');
          const starts = readWords(text, () => {});
          for (const rule of rules) expect(searched(rule.pattern, text, starts)).toEqual(matchesTriedAtEachStart(rule.pattern, text, starts));
        },
      ),
    );
  });

  test('the offsets where an expression may start come in increasing order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '1', '’', "'", '-', '/', '.', ' ', 'é'), { maxLength: 20 }), (parts) => {
        const starts = readWords(parts.join(''), () => {});
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
      }),
    );
  });
});
