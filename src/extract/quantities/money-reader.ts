import { findNumbers, groupNumbers } from './number-groups.js';
import { codeOfName, codeOfSign, GARBLED_EURO_BEFORE, NAME_AFTER, SIGN_BEFORE } from './currencies.js';
import type { Reader, ReadInput, Reading } from './reading.js';

// Short scales only follow a currency sign: "$80m", "€2.5bn", "£300k".
const SHORT_SCALE = /^(?:\s?|-)(mn|mln|m|bn|b|k)(?![\p{L}\d])/iu;
const SHORT_FACTORS: Record<string, number> = { m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, k: 1e3 };
const EQUIVALENT = /^\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|or|about)\s+)?([^()]{1,40}?)\s*\)/iu;

/** What the money is: the nearest cue word in the clause. */
const PURPOSES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:damages?|losses|loss)\b/iu, 'damage'],
  [/\b(?:aid|relief|assistance|donations?|donated|pledged?|grants?)\b/iu, 'aid'],
  [/\b(?:stole|stolen|theft|heist|robbery|robbed|haul|loot(?:ed)?|swag|snatched)\b/iu, 'stolen'],
  [/\b(?:ransom)\b/iu, 'ransom'],
  [/\b(?:bail)\b/iu, 'bail'],
  [/\b(?:fined?|penalty|penalties)\b/iu, 'fine'],
  [/\b(?:reward|bounty)\b/iu, 'reward'],
  [/\b(?:worth|valued|value)\b/iu, 'value'],
  [/\b(?:costs?|spent|spending|budget)\b/iu, 'cost'],
  [/\b(?:price|paid|pay|sold|bought|deal|acquisition|acquire[ds]?|bid|offer)\b/iu, 'price'],
  [/\b(?:salary|salaries|wages?|bonus)\b/iu, 'pay'],
  [/\b(?:revenue|sales|profits?|earnings|turnover)\b/iu, 'revenue'],
];

// All cues in one pattern, one capture group per purpose. Every cue is a whole word and no word is a
// cue of two purposes, so at any position at most one group matches.
const ANY_PURPOSE = new RegExp(PURPOSES.map(([pattern]) => `(${pattern.source})`).join('|'), 'giu');

/** The last (`last`) or first cue in `text`: its index and the rank of its purpose. */
function cueIn(text: string, last: boolean): { index: number; rank: number } | undefined {
  let found: { index: number; rank: number } | undefined;
  ANY_PURPOSE.lastIndex = 0;
  for (let match = ANY_PURPOSE.exec(text); match; match = ANY_PURPOSE.exec(text)) {
    let rank = 1;
    while (match[rank] === undefined) rank++;
    found = { index: match.index, rank: rank - 1 };
    if (!last) break;
  }
  return found;
}

/**
 * The purpose whose cue is nearest the money: the closest cue on the left (60 characters) or the
 * right (40), the left one or the earlier purpose in `PURPOSES` winning a tie.
 */
function purposeNear(text: string, start: number, end: number): string | undefined {
  const left = text.slice(Math.max(0, start - 60), start);
  const before = cueIn(left, true);
  const after = cueIn(text.slice(end, end + 40), false);
  if (!before && !after) return undefined;
  const leftDistance = before ? left.length - before.index : Infinity;
  const rightDistance = after ? after.index : Infinity;
  const chosen = leftDistance < rightDistance || (leftDistance === rightDistance && before!.rank <= after!.rank) ? before! : after!;
  return PURPOSES[chosen.rank]![1];
}

/** Reads "$137-million", "85 million euros ($108 million)", "e80 million", "1.5 billion rupiah". */
export function readMoneyAt(input: ReadInput, withEquivalent: boolean): Reading | undefined {
  const { text, group } = input;
  const first = group.members[0]!;
  const last = group.members[group.members.length - 1]!;
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  const sign = SIGN_BEFORE.exec(before);
  const garbled = !sign && first.glued && GARBLED_EURO_BEFORE.test(before) && /[\p{L}]/u.test(text.slice(first.start, first.end));
  if (first.glued && !sign && !garbled) return undefined;
  let end = last.end;
  let scale: number | undefined;
  if (sign || garbled) {
    const short = SHORT_SCALE.exec(text.slice(end, end + 6));
    if (short && last.parsed.digits && !/[\p{L}]/u.test(text.slice(last.start, last.end))) {
      scale = SHORT_FACTORS[short[1]!.toLowerCase()];
      end += short[0].length;
    }
  }
  const name = NAME_AFTER.exec(text.slice(end, end + 30));
  if (name && /^won$/iu.test(name[1]!) && last.parsed.value < 1000) return undefined;
  // "4.5 pounds" is a weight unless a scale or a money word says otherwise ("2 million pounds", "fined 500 pounds").
  if (name && /^pounds$/iu.test(name[1]!) && !sign && !/[\p{L}]/u.test(text.slice(last.start, last.end)) && !purposeNear(text, first.start, end + name[0].length)) return undefined;
  let code = name ? codeOfName(name[1]!) : undefined;
  if (sign) {
    const fromSign = codeOfSign(sign[0]);
    // "$5 million Australian dollars": the name is more specific than a bare "$".
    if (!(code && fromSign === 'USD' && sign[0].trim() === '$')) code = fromSign ?? code;
  } else if (garbled) code = 'EUR';
  if (!code) return undefined;
  if (name) end += name[0].length;
  const start = sign ? first.start - sign[0].length : garbled ? first.start - 1 : first.start;
  const reading: Reading = {
    start,
    end,
    dimension: 'money',
    unit: code,
    normalize: (amount) => ({ amount, unit: code }),
    ...(scale ? { scale } : {}),
  };
  if (withEquivalent) {
    const paren = EQUIVALENT.exec(text.slice(end, end + 60));
    if (paren) {
      const inner = paren[1]!;
      const groups = groupNumbers(inner, findNumbers(inner));
      const equivalent = groups.length === 1 ? readMoneyAt({ text: inner, group: groups[0]!, quake: () => false }, false) : undefined;
      // An equivalent is the whole parenthesis, in another currency: "($108 million)", not "($28M in cash)".
      if (equivalent && equivalent.unit !== code && inner.slice(equivalent.end).trim() === '') {
        const member = groups[0]!.members[0]!;
        reading.equivalent = { amount: member.parsed.value * (equivalent.scale ?? 1), unit: equivalent.unit };
        reading.end = end + paren[0].length;
      }
    }
  }
  const counted = purposeNear(text, start, reading.end);
  if (counted) reading.counted = counted;
  return reading;
}

export const readMoney: Reader = (input) => readMoneyAt(input, true);
