import { seededRandom as random } from '../../src/util/seeded-random.js';
/**
 * Rewrites the example articles as another story: other places, people, numbers and dates, changed
 * consistently across the story's articles, so each story keeps the examples' agreements and
 * disagreements (a spelling variant stays a spelling variant, 25 miles stays about 40 km).
 */

/** What a story changes in the example texts. */
export interface StoryVariant {
  apply(text: string): string;
}

// The examples report an event of Monday 10 March 2025; every date is moved by the story's shift.
const BASE_DAY = Date.UTC(2025, 2, 10);
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1990, 0, 1);
const LAST_DAY = Date.UTC(2030, 11, 31);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

// Places the gazetteer knows: the city the examples centre on, its country, and a second city of it.
const PLACES: readonly (readonly [string, string, string])[] = [
  ['Valparaíso', 'Chile', 'Santiago'],
  ['Izmir', 'Turkey', 'Ankara'],
  ['Kobe', 'Japan', 'Osaka'],
  ['Napier', 'New Zealand', 'Wellington'],
  ['Cusco', 'Peru', 'Lima'],
  ['Padang', 'Indonesia', 'Jakarta'],
  ['Oaxaca', 'Mexico', 'Puebla'],
  ['Thessaloniki', 'Greece', 'Athens'],
  ['Tabriz', 'Iran', 'Tehran'],
  ['Pokhara', 'Nepal', 'Kathmandu'],
  ['Davao', 'Philippines', 'Manila'],
  ['Guayaquil', 'Ecuador', 'Quito'],
  ['Messina', 'Italy', 'Palermo'],
  ['Mendoza', 'Argentina', 'Córdoba'],
  ['Chittagong', 'Bangladesh', 'Dhaka'],
  ['Sendai', 'Japan', 'Tokyo'],
  ['Christchurch', 'New Zealand', 'Auckland'],
  ['Arequipa', 'Peru', 'Trujillo'],
];
const GIVEN_MALE = ['Rodrigo', 'Andrés', 'Mateo', 'Emre', 'Kenji', 'Dimitris', 'Arif', 'Tomás', 'Luis', 'Rafael', 'Omar', 'Hugo'];
const GIVEN_FEMALE = ['Elena', 'Marta', 'Lucía', 'Ayşe', 'Yuki', 'Sofia', 'Irene', 'Nadia', 'Clara', 'Leila', 'Ana', 'Rosa'];
const SURNAMES = ['Mansilla', 'Vidal', 'Reyes', 'Castillo', 'Ortega', 'Navarro', 'Ibarra', 'Serrano', 'Delgado', 'Romero', 'Fuentes', 'Herrera', 'Salinas', 'Kaya', 'Tanaka', 'Papadakis', 'Rahman', 'Santos', 'Moreno', 'Lozano'];

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)]!;
}

function distinct<T>(list: readonly T[], count: number, next: () => number): T[] {
  const left = [...list];
  return Array.from({ length: count }, () => left.splice(Math.floor(next() * left.length), 1)[0]!);
}

/** A spelling variant of a surname, the kind reporters make (s/c, i/y, a doubled or single letter). */
export function spellingVariant(name: string): string {
  const swaps: [RegExp, string][] = [[/s(?=[aeiou])/u, 'c'], [/i/u, 'y'], [/ll/u, 'l'], [/([rtn])(?=[aeiou])/u, '$1$1'], [/e/u, 'a']];
  for (const [pattern, replacement] of swaps) {
    const varied = name.slice(0, 1) + name.slice(1).replace(pattern, replacement);
    if (varied !== name) return varied;
  }
  return `${name}e`;
}

const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, '-');
const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = (time: number) => {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The variant of story `n`: its date shift, places, people and number changes. */
export function variantStory(n: number): StoryVariant {
  // Story 0 is the examples themselves, so a one-story corpus is exactly what `examples/` checks.
  const next = random(n * 2654435761 + 97);
  const shiftDays = n === 0 ? 0 : Math.floor(next() * ((LAST_DAY - FIRST_DAY) / DAY)) - Math.round((BASE_DAY - FIRST_DAY) / DAY);
  const yearShift = new Date(BASE_DAY + shiftDays * DAY).getUTCFullYear() - 2025;
  const [city, country, otherCity] = n === 0 ? PLACES[0]! : pick(PLACES, next);
  // Three different people: the governor, the president and the minister.
  const [governor, president, minister] = n === 0 ? ['Mansilla', 'Vidal', 'Reyes'] : distinct(SURNAMES, 3, next);
  const names = new Map<string, string>([
    ['Valparaíso', city],
    ['Chile', country],
    ['Santiago', otherCity],
    ['valparaiso', ascii(city)],
    ['chile', ascii(country)],
    ['Rodrigo', n === 0 ? 'Rodrigo' : pick(GIVEN_MALE, next)],
    ['Mansilla', governor!],
    ['Mancilla', spellingVariant(governor!)],
    ['Elena', n === 0 ? 'Elena' : pick(GIVEN_FEMALE, next)],
    ['Vidal', president!],
    ['Tomás', n === 0 ? 'Tomás' : pick(GIVEN_MALE, next)],
    ['Reyes', minister!],
  ]);
  const magnitudeShift = n === 0 ? 0 : Math.round((next() - 0.5) * 20) / 10;
  const scale = n === 0 ? 1 : 0.5 + next() * 2.5;
  const countShift = n === 0 ? 0 : Math.floor(next() * 6);

  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) + shiftDays * DAY;
  const monthDayYear = (month: string, d: string, y: string) => {
    const date = new Date(day(Number(y), MONTHS.indexOf(month) + 1, Number(d)));
    return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  };
  const word = (text: string) => {
    const value = NUMBER_WORDS.indexOf(text.toLowerCase()) + countShift;
    const out = NUMBER_WORDS[Math.min(value, NUMBER_WORDS.length - 1)]!;
    return text[0] === text[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
  };

  // One pass over the text with every pattern at once, so nothing is changed twice.
  const patterns: [string, (match: RegExpExecArray) => string][] = [
    [String.raw`(\d{4})-(\d{2})-(\d{2})`, (m) => isoDay(day(Number(m[1]), Number(m[2]), Number(m[3])))],
    [String.raw`/(\d{4})/(\d{2})/(\d{2})/`, (m) => `/${isoDay(day(Number(m[1]), Number(m[2]), Number(m[3]))).replaceAll('-', '/')}/`],
    [String.raw`(${MONTHS.join('|')}) (\d{1,2}), (\d{4})`, (m) => monthDayYear(m[1]!, m[2]!, m[3]!)],
    [`(?<![\\p{L}])(${WEEKDAYS.join('|')})(?![\\p{L}])`, (m) => WEEKDAYS[(((WEEKDAYS.indexOf(m[0]) + shiftDays) % 7) + 7) % 7]!],
    [String.raw`(?<![\d.])(?:19|20)\d{2}(?!\.?\d)`, (m) => String(Number(m[0]) + yearShift)],
    [String.raw`(?<![\d.])\d\.\d(?!\.?\d)`, (m) => Math.min(9.5, Math.max(3, Number(m[0]) + magnitudeShift)).toFixed(1)],
    // Spans of years stay: they must still fit the years the text names ("since 2010" … "in 15 years").
    [String.raw`(?<![\d.:])\d{2,3}(?![\d:]|\.\d|\s+years?\b)`, (m) => String(Math.max(2, Math.round(Number(m[0]) * scale)))],
    [`(?<![\\p{L}])(?:${NUMBER_WORDS.slice(2, 13).flatMap((text) => [text, text[0]!.toUpperCase() + text.slice(1)]).join('|')})(?![\\p{L}])`, (m) => word(m[0])],
    [`(?<![\\p{L}])(?:${[...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, (m) => names.get(m[0])!],
  ];
  const combined = new RegExp(patterns.map(([source]) => `(${source})`).join('|'), 'gu');
  // Capture groups of each alternative, to find which one matched and hand it its own groups.
  const groupCounts = patterns.map(([source]) => new RegExp(`${source}|`, 'u').exec('')!.length);

  return {
    apply(text) {
      return text.replace(combined, (...args: unknown[]) => {
        const groups = args.slice(1, -2) as (string | undefined)[];
        let at = 0;
        for (let i = 0; i < patterns.length; i++) {
          const whole = groups[at];
          if (whole !== undefined) {
            const own = [whole, ...groups.slice(at + 1, at + groupCounts[i]!)] as unknown as RegExpExecArray;
            return patterns[i]![1](own);
          }
          at += groupCounts[i]!;
        }
        return String(args[0]);
      });
    },
  };
}
