import { findNumbers, groupNumbers } from './number-groups.js';
import { qualifierBefore } from './qualifiers.js';
import type { Reader, ReadInput, Reading } from './reading.js';
import { roundConverted, UNIT_AFTER, unitOf } from './units.js';
import { thingOf, isPeopleNoun } from './counted-lexicon.js';

const PERCENT = /^\s?(?:%|percent\b|per\s?cent\b|pct\b|percentage\s+points?\b)/iu;
const DEGREES = /^\s?(?:°|º)\s?([CF])?(?![\p{L}])|^\s+degrees?\s+(celsius|fahrenheit|centigrade|C|F)\b|^\s?-?degrees?\b/iu;
const GLUED_SCALE = /^([CF])(?![\p{L}\d])/u;
const TEMPERATURE_CONTEXT = /\b(?:temperatures?|heat|hot|warm|cold|chill|freez\w*|weather|thermometers?|record\s+high|degrees?|°)/iu;
const BARE_METRES = /^\s?m(?=\s+(?:deep|high|tall|long|wide|below|above|under|underground|in\s+(?:height|length|diameter|depth)))/u;
// A duration that dates something ("12 days ago", "10-year-old") belongs to the time extractor.
const DURATION_NOT_AFTER = /^[\s-]*(?:ago|old|later|earlier|before|after|from\s+now|hence|on|into)\b/iu;
const DURATION_NOT_BEFORE = /\b(?:in|within|since|every|per|each|at|the\s+(?:past|last|next|first|previous)|over\s+the\s+(?:past|last|next)|for\s+the\s+first\s+time\s+in|than)\s+$/iu;
const RATE_AFTER = /^\s*(?:\/|per\s|an?\s+(?:year|day|month|week|hour|second)\b)/iu;
const DEPTH_BEFORE = /\b(?:depths?|deep)\s+(?:of\s+)?$/iu;
const DEPTH_AFTER = /^[\s-]+(?:deep|below\s+(?:the\s+)?(?:ground|surface|sea|seabed|earth)|beneath|underground|under\s+(?:the\s+)?(?:ground|surface|sea))/iu;
const HEIGHT_AFTER = /^\s+(?:in\s+height|high|tall)\b/iu;
const LENGTH_AFTER = /^[\s-]+(?:in\s+length|long)\b/iu;
const DISTANCE_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:away\b|(?:(?:to\s+the\s+)?[\p{L}-]*(?:north|south|east|west)[\p{L}-]*\s+)?(?:of|from|off)\b|(?:-?\s*)?to\s+the\s+[\p{L}-]*(?:north|south|east|west)[\p{L}-]*\b)/iu;
const DISTANCE_BEFORE = /\b(?:within|distance\s+of|radius\s+of)\s+$/iu;
const REFERENCE = /^\s*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?:of\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;
const EQUIVALENT = /^\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|or)\s+)?([^()]{1,40}?)\s*\)/iu;
const PERCENT_OF = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/iu;

const toCelsius = (amount: number) => Math.round(((amount - 32) * 5) / 9 * 10) / 10;

/** Reads the parenthetical equivalent after a measure: "22 miles (35 kilometers)". */
function equivalentAfter(text: string, end: number, read: Reader): { value: { amount: number; unit: string }; length: number } | undefined {
  const paren = EQUIVALENT.exec(text.slice(end, end + 60));
  if (!paren) return undefined;
  const inner = paren[1]!;
  const groups = groupNumbers(inner, findNumbers(inner));
  if (groups.length !== 1 || groups[0]!.shape !== 'single') return undefined;
  const reading = read({ text: inner, group: groups[0]!, quake: () => false });
  // An equivalent is the whole parenthesis: "(35 kilometers)", not "(35 kilometers from the coast)".
  if (!reading || inner.slice(reading.end).trim() !== '') return undefined;
  return { value: { amount: groups[0]!.members[0]!.parsed.value, unit: reading.unit }, length: paren[0].length };
}

function readTemperature(input: ReadInput, after: string, end: number): Reading | undefined {
  const { text } = input;
  const degrees = DEGREES.exec(after);
  const glued = !degrees && GLUED_SCALE.exec(after);
  if (!degrees && !glued) return undefined;
  const scaleLetter = (degrees ? degrees[1] ?? degrees[2] : glued ? glued[1] : undefined)?.toUpperCase();
  if ((glued || !scaleLetter) && !TEMPERATURE_CONTEXT.test(text)) return undefined;
  const fahrenheit = scaleLetter === 'F' || scaleLetter === 'FAHRENHEIT';
  const celsius = scaleLetter === 'C' || scaleLetter === 'CELSIUS' || scaleLetter === 'CENTIGRADE';
  const unit = fahrenheit ? '°F' : celsius ? '°C' : '°';
  return {
    start: input.group.start,
    end: end + (degrees ? degrees[0].length : glued ? glued[0].length : 0),
    dimension: 'temperature',
    unit,
    ...(unit === '°' ? {} : { normalize: (amount: number) => ({ amount: fahrenheit ? toCelsius(amount) : amount, unit: '°C' }) }),
    counted: 'temperature',
  };
}

function readPercent(input: ReadInput, after: string, end: number): Reading | undefined {
  const percent = PERCENT.exec(after);
  if (!percent) return undefined;
  const reading: Reading = { start: input.group.start, end: end + percent[0].length, dimension: 'percent', unit: '%', normalize: (amount) => ({ amount, unit: '%' }) };
  const of = PERCENT_OF.exec(input.text.slice(reading.end, reading.end + 50));
  const noun = of?.[1];
  if (noun) {
    const thing = thingOf(noun) ?? (isPeopleNoun(noun) ? noun.toLowerCase() : undefined);
    if (thing) reading.counted = thing;
  }
  return reading;
}

/** Lengths, depths, areas, masses, durations, speeds, percentages and temperatures. */
export const readMeasure: Reader = (input) => {
  const { text, group } = input;
  const first = group.members[0]!;
  const last = group.members[group.members.length - 1]!;
  if (first.glued) return undefined;
  const end = last.end;
  const after = text.slice(end, end + 40);
  const percent = readPercent(input, after, end);
  if (percent) return percent;
  const bareMetres = BARE_METRES.exec(after);
  const match = UNIT_AFTER.exec(after) ?? bareMetres;
  if (!match) {
    const temperature = readTemperature(input, after, end);
    const equivalent = temperature ? equivalentAfter(text, temperature.end, readMeasure) : undefined;
    if (temperature && equivalent) {
      temperature.equivalent = equivalent.value;
      temperature.end += equivalent.length;
    }
    return temperature;
  }
  const unit = bareMetres && match === bareMetres ? unitOf('metres') : unitOf(match[1]!);
  if (!unit) return undefined;
  const unitEnd = end + match[0].length;
  const rest = text.slice(unitEnd, unitEnd + 60);
  if (RATE_AFTER.test(rest)) return undefined;
  const qualifier = qualifierBefore(text, group.start);
  const cueEnd = qualifier ? qualifier.start : group.start;
  const before = text.slice(Math.max(0, cueEnd - 40), cueEnd);
  if (unit.dimension === 'duration' && (DURATION_NOT_AFTER.test(rest) || DURATION_NOT_BEFORE.test(before))) return undefined;
  const reading: Reading = {
    start: group.start,
    end: unitEnd,
    dimension: unit.dimension,
    unit: unit.unit,
    normalize: (amount) => ({ amount: roundConverted(amount * unit.factor), unit: unit.canonical }),
  };
  const equivalent = equivalentAfter(text, unitEnd, readMeasure);
  if (equivalent) {
    reading.equivalent = equivalent.value;
    reading.end = unitEnd + equivalent.length;
  }
  // What follows the measure (after any stated equivalent) says what it measures.
  const tail = text.slice(reading.end, reading.end + 60);
  if (unit.dimension === 'length') {
    if (DEPTH_BEFORE.test(before) || DEPTH_AFTER.test(rest) || DEPTH_AFTER.test(tail)) {
      reading.dimension = 'depth';
      reading.counted = 'depth';
    } else if (HEIGHT_AFTER.test(tail)) reading.counted = 'height';
    else if (LENGTH_AFTER.test(tail)) reading.counted = 'length';
    else if (DISTANCE_AFTER.test(rest) || DISTANCE_BEFORE.test(before)) {
      reading.counted = 'distance';
      const link = DISTANCE_AFTER.exec(rest);
      const reference = link ? REFERENCE.exec(rest.slice(link[0].length)) : undefined;
      if (reference) reading.reference = reference[1]!.replace(/[.,]$/u, '');
    }
  } else if (unit.dimension === 'duration') reading.counted = 'duration';
  return reading;
};
