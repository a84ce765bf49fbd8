import type { TimeRule } from './rule.js';
import { frame, partMod } from './rule.js';
import { parseNumber } from '../numbers.js';

/** A four-digit year from 1500 to 2099. */
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

/** Words before a bare number that make it a year ("in 2010", "since 1998", "fiscal 1989"). */
const YEAR_CUE =
  /(?:^|\W)(?:in|since|until|till|by|before|after|of|from|to|through|thru|during|between|and|or|early|late|mid|fiscal|calendar|year|season|around|circa|spring|summer|fall|autumn|winter|the|for|as of|than|throughout|last|end|beginning|start|until|ca)\s*[-,]?\s*$/iu;

/** Count nouns and units: "2000 troops", "1500 metres" are quantities, not years. */
const QUANTITY_NEXT =
  /^\s*(?:(?:\p{Ll}+s)\b(?<!years|days|months)|(?:people|police|staff|feet|foot|km|kilometres?|kilometers?|miles?|metres?|meters?|tons?|tonnes?|kg|pounds|dollars|euros|yen|acres|hectares|points|votes|seats|cases|deaths|per|percent|times|square|cubic|mph|km\/h)\b)/u;

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['twenty-first', 21], ['twenty first', 21], ['twenty-second', 22],
]);

/** "1998", "fiscal 1989", "in 2010" — a number that is a year, not a quantity. */
const bareYear: TimeRule = {
  name: 'year',
  keywords: ['#year'],
  // A hyphen before the year is allowed after "mid" and in a range of years ("2005-2010").
  pattern: new RegExp(`(?<![\\w$£€#.,/:'’])(?<!(?<!mid|\\b${YEAR})[-–])(?:(fiscal(?:\\s+year)?|calendar(?:\\s+year)?|FY)[-\\s]*)?(${YEAR})(?![\\w%]|[.,:/]\\d|[-–]\\d(?!\\d{3})|\\s*(?:%|percent|per\\s*cent))`, 'gi'),
  build({ match, text }) {
    const year = Number(match[2]);
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    if (/(?:No\.|number|#|page|route|flight|room|article|section|model|code)\s*$/iu.test(before)) return undefined;
    const cued = match[1] !== undefined || YEAR_CUE.test(before) || /\d{4}\s*[-–]\s*$/u.test(before) || /^\s*[-–]\s*\d{4}\b/u.test(after) || /^['’]s\b/u.test(after) || /^\s*[,;:.!?)]|^\s*$/u.test(after);
    if (!cued && QUANTITY_NEXT.test(after)) return undefined;
    // A number in a run of numbers ("1,500 to 2000") is a quantity.
    if (/\d\s*(?:to|-|–|and)\s*$/u.test(before) && !/\b(?:1[5-9]|20)\d\d\s*(?:to|-|–|and)\s*$/u.test(before)) return undefined;
    return frame('date', { year, stated: ['year'] });
  },
};

/** "the 1990s", "the early 2000s", "the '80s", "the sixties". */
const decade: TimeRule = {
  name: 'decade',
  keywords: ['#ends-in-0', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:the\\s+)?(?:(early|mid|late)[-\\s]+)?(?:(1[5-9]\\d0|20\\d0)['’]?s|['’](\\d0)['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w'’])`,
    'gi',
  ),
  build({ match }) {
    const mod = partMod(match[1]);
    const extras = mod ? { mod } : {};
    if (match[2]) return frame('date', { decade: Math.floor(Number(match[2]) / 10), stated: ['decade'], ...extras });
    // Two-digit decades name no century; resolution picks the latest one not after the anchor.
    const digit = match[3] ? Number(match[3]) / 10 : DECADE_WORDS.get(match[4]!.toLowerCase())!;
    if (match[4] && !/^the\s/iu.test(match[0])) return undefined; // "in his sixties" is an age
    return frame('date', { decade: digit, shortYear: true, stated: ['decade'], ...extras });
  },
};

/** "the 20th century", "the early nineteenth century". */
const century: TimeRule = {
  name: 'century',
  keywords: ['century'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:the\\s+)?(?:(early|mid|late)[-\\s]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${[...ORDINALS.keys()].join('|')}))[-\\s]+century`,
    'gi',
  ),
  build({ match }) {
    const ordinal = match[2] ? Number(match[2]) : ORDINALS.get(match[3]!.toLowerCase().replace(/\s+/gu, ' '));
    if (ordinal === undefined || ordinal < 1) return undefined;
    const mod = partMod(match[1]);
    return frame('date', { century: ordinal - 1, stated: ['century'], ...(mod ? { mod } : {}) });
  },
};

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
const spelledYear: TimeRule = {
  name: 'spelled-year',
  keywords: ['nineteen', 'eighteen', 'thousand'],
  pattern: new RegExp(
    `(?<![\\w'’-])(the\\s+year\\s+)?(?:(nineteen|eighteen)[-\\s]+((?:${TENS})(?:[-\\s](?:${ONES}))?|${TEENS}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?((?:${TENS})(?:[-\\s](?:${ONES}))?|${TEENS}|${ONES}))?)(?![\\w'’-])`,
    'gi',
  ),
  build({ match, text }) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    let year: number | undefined;
    if (match[2]) {
      const rest = match[3]!.toLowerCase() === 'hundred' ? 0 : parseNumber(match[3]!);
      year = (match[2].toLowerCase() === 'nineteen' ? 1900 : 1800) + (rest ?? 0);
    } else {
      // "two thousand" alone is far more often a count than the year 2000.
      if (!match[1] && !YEAR_CUE.test(before)) return undefined;
      year = 2000 + (match[4] ? (parseNumber(match[4]) ?? 0) : 0);
    }
    return frame('date', { year, stated: ['year'] });
  },
};

/** "2008-09", "the 2012-13 season": a span of two years told by the first and the last two digits. */
const yearPair: TimeRule = {
  name: 'year-pair',
  keywords: ['#year'],
  pattern: new RegExp(`(?<![\\w$£€#.,/:'’-])(${YEAR})[-–/](\\d\\d)(?![\\w%]|[.,:/-]\\d)`, 'gu'),
  build({ match }) {
    const first = Number(match[1]);
    const last = Math.floor(first / 100) * 100 + Number(match[2]);
    if (last !== first + 1) return undefined; // "1998-03" is a month, "2010-19" a range of scores
    return frame('date', { year: first, stated: ['year'] });
  },
};

export const YEAR_RULES: readonly TimeRule[] = [decade, century, bareYear, yearPair, spelledYear];
