import type { QuantityQualifier, RelativeLocation, Sentence, Span } from '../../types.js';
import { BEARINGS } from './lexicon.js';
import { NUMBER_SOURCE, parseNumber } from './number-words.js';

/** A relative location found in a sentence, before its reference place is resolved. */
export interface RelativeMatch {
  span: Span;
  relative: Omit<RelativeLocation, 'referenceGeo'>;
  /** Span of the reference name in the article, when it is a name (not "the town"). */
  referenceSpan?: Span;
  /** The unit was read from a misspelling ("mils" before a bearing). */
  unitGuessed: boolean;
}

const UNIT_KM: Record<string, { unit: string; km: number }> = {
  km: { unit: 'km', km: 1 }, kms: { unit: 'km', km: 1 }, kilometer: { unit: 'km', km: 1 }, kilometers: { unit: 'km', km: 1 },
  kilometre: { unit: 'km', km: 1 }, kilometres: { unit: 'km', km: 1 }, mile: { unit: 'mi', km: 1.609344 },
  miles: { unit: 'mi', km: 1.609344 }, mi: { unit: 'mi', km: 1.609344 }, mils: { unit: 'mi', km: 1.609344 },
  meter: { unit: 'm', km: 0.001 }, meters: { unit: 'm', km: 0.001 }, metre: { unit: 'm', km: 0.001 },
  metres: { unit: 'm', km: 0.001 }, m: { unit: 'm', km: 0.001 }, feet: { unit: 'ft', km: 0.0003048 },
  ft: { unit: 'ft', km: 0.0003048 }, 'nautical miles': { unit: 'nmi', km: 1.852 }, 'nautical mile': { unit: 'nmi', km: 1.852 },
};

const QUALIFIERS: Record<string, QuantityQualifier> = {
  about: 'about', around: 'about', approximately: 'about', some: 'about', roughly: 'about', 'an estimated': 'about',
  nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'more than': 'more-than', over: 'more-than',
  'just over': 'more-than', 'at least': 'at-least', 'less than': 'less-than', under: 'less-than',
  'up to': 'up-to', within: 'up-to', only: 'exactly', just: 'exactly', exactly: 'exactly',
};

const UNIT_SOURCE = String.raw`nautical\s+miles?|kilomet(?:er|re)s?|kms?|miles?|mils|mi|met(?:er|re)s?|m|feet|ft`;
const BEARING_SOURCE = [...BEARINGS.keys()].filter((word) => !word.endsWith('ern')).sort((a, b) => b.length - a.length).join('|');
const QUALIFIER_SOURCE = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).map((q) => q.replace(' ', String.raw`\s+`)).join('|');

// "about 58km (36 miles) south-west of", "twenty-six miles north of", "135 kilometers from", "within 20 miles of".
const RELATIVE = new RegExp(
  String.raw`\b(?:(?<qualifier>${QUALIFIER_SOURCE})\s+)?(?<number>${NUMBER_SOURCE})(?:\s*-\s*|\s*)(?<unit>${UNIT_SOURCE})\b\.?` +
    String.raw`(?:\s*\((?:${NUMBER_SOURCE})\s*(?:${UNIT_SOURCE})\.?\))?` +
    String.raw`\s+(?:(?:to\s+the\s+)?(?<bearing>${BEARING_SOURCE})(?:ward)?\s+of|(?<from>(?:away\s+)?from)|(?<of>of))\s+`,
  'gi',
);

// ASCII-only patterns without the u flag: V8 runs them several times faster.
const UNIT_HINT = /kilomet|\bmiles?\b|\bmils\b|\bmet(?:er|re)s?\b|\bfeet\b|\d\s*(?:kms?|mi|m|ft)\b/i;

// Where the reference phrase stops: punctuation, or a word that starts another phrase.
const PHRASE_END = /[,.;:()[\]"“”]|\s(?:and|in|on|at|with|which|where|who|according|near|after|before|while|but|during|for|to)\s|\s[-–—]\s/;
const NAME_AT_END = /(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:(?:of|de|al|el|la|bin)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*$/u;

function referenceOf(sentence: Sentence, from: number): { text: string; span: Span; nameSpan?: Span } | undefined {
  const rest = sentence.text.slice(from);
  const end = rest.search(PHRASE_END);
  let phrase = (end === -1 ? rest : rest.slice(0, end)).trimEnd();
  if (phrase.split(/\s+/u).length > 9) return undefined;
  const base = sentence.span.start + from;
  // "the country's capital, Jakarta": the name comes after the comma.
  if (/\bcapital$/u.test(phrase) && rest[phrase.length] === ',') {
    const after = /^,\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)/u.exec(rest.slice(phrase.length));
    if (after) {
      const nameStart = base + phrase.length + after[0].length - after[1]!.length;
      return { text: after[1]!, span: { start: base, end: nameStart + after[1]!.length }, nameSpan: { start: nameStart, end: nameStart + after[1]!.length } };
    }
  }
  phrase = phrase.replace(/['’]s$/u, '');
  if (phrase === '') return undefined;
  const name = NAME_AT_END.exec(phrase);
  if (name && name[0].length > 0) {
    const nameStart = base + name.index;
    return { text: name[0], span: { start: base, end: base + phrase.length }, nameSpan: { start: nameStart, end: nameStart + name[0].length } };
  }
  // A description ("the town", "the epicentre") names no place; short ones still say what the distance is from.
  if (/^the\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(phrase)) return { text: phrase, span: { start: base, end: base + phrase.length } };
  return undefined;
}

/**
 * Relative locations in a sentence: a distance, an optional compass bearing and a reference place
 * ("55 kilometres south of X", "about 14 miles north-northeast of X", "seven miles from X",
 * "34 miles west of the town"). Distances are normalised to kilometres.
 */
export function relativeLocationsIn(sentence: Sentence): RelativeMatch[] {
  const found: RelativeMatch[] = [];
  // Most sentences hold no distance at all: a cheap test spares them the full pattern.
  if (!UNIT_HINT.test(sentence.text)) return found;
  for (const match of sentence.text.matchAll(RELATIVE)) {
    const groups = match.groups!;
    const unitKey = groups.unit!.toLowerCase().replace(/\s+/gu, ' ');
    const unit = UNIT_KM[unitKey];
    const amount = parseNumber(groups.number!);
    if (!unit || amount === undefined || amount === 0) continue;
    const qualifierText = groups.qualifier?.toLowerCase().replace(/\s+/gu, ' ');
    // "X miles of coast" is an extent; only "within … of" reads as a distance without a bearing.
    if (groups.of !== undefined && qualifierText !== 'within') continue;
    // "mils" and bare "m" are distances only right before a bearing.
    if ((unitKey === 'mils' || unitKey === 'm') && groups.bearing === undefined) continue;
    const reference = referenceOf(sentence, match.index! + match[0].length);
    if (!reference) continue;
    const qualifier = qualifierText ? QUALIFIERS[qualifierText] : undefined;
    const bearing = groups.bearing ? BEARINGS.get(groups.bearing.toLowerCase()) : undefined;
    const start = sentence.span.start + match.index!;
    found.push({
      span: { start, end: reference.span.end },
      relative: {
        distance: {
          amount,
          unit: unit.unit,
          km: Math.round(amount * unit.km * 1000) / 1000,
          ...(qualifier ? { qualifier } : {}),
        },
        ...(bearing ? { bearing } : {}),
        reference: reference.text,
      },
      ...(reference.nameSpan ? { referenceSpan: reference.nameSpan } : {}),
      unitGuessed: unitKey === 'mils',
    });
  }
  return found;
}
