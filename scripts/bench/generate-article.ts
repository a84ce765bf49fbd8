import { seededRandom as random } from '../../src/util/seeded-random.js';
/**
 * Writes long news-like text from templates written for the tests (never corpus text), with the
 * kinds of facts every extractor looks for: dates and times, people with titles, places,
 * meetings, records, quantities and quotes. Deterministic for a given seed.
 */

const PEOPLE = ['Mr. Okafor', 'Dr. Lindqvist', 'Gov. Amara Reyes', 'Minister Tanaka', 'Sen. Halvorsen', 'Chief Inspector Duarte'];
const PLACES = ['Valparaíso', 'the port of Tromsø', 'Kisumu', 'northern Luzon', 'the Cascade foothills', 'Lake Chapala'];
const THINGS = ['the ferry terminal', 'a grain silo', 'the coastal road', 'two bridges', 'the old lighthouse', 'a water plant'];
const WHEN = ['on Tuesday', 'last November', 'in March 2019', 'on 14 July 2021', 'at 6:40 a.m. local time', 'two weeks ago', 'next month', 'since 2008'];
const UNITS = ['kilometres', 'miles', 'people', 'homes', 'million dollars', 'percent'];

const TEMPLATES: readonly ((pick: <T>(items: readonly T[]) => T, n: () => number) => string)[] = [
  (p, n) => `${p(PEOPLE)} said ${n()} ${p(UNITS)} had been affected near ${p(PLACES)} ${p(WHEN)}.`,
  (p, n) => `A magnitude ${(n() % 7) + 2}.${n() % 10} earthquake struck ${n()} ${p(['km', 'miles'])} north of ${p(PLACES)} ${p(WHEN)}, officials said.`,
  (p) => `"We will rebuild ${p(THINGS)} before winter," ${p(PEOPLE)} told reporters in ${p(PLACES)}.`,
  (p) => `${p(PEOPLE)} will meet ${p(PEOPLE)} in ${p(PLACES)} ${p(WHEN)} to discuss repairs to ${p(THINGS)}.`,
  (p, n) => `It was the first visit by a foreign minister to ${p(PLACES)} in ${n() % 30} years.`,
  (p, n) => `At least ${n()} people were injured and ${n() % 50} were killed, according to ${p(PEOPLE)}.`,
  (p, n) => `The damage to ${p(THINGS)} was estimated at about ${n()} ${p(['million euros', 'million dollars', 'thousand pounds'])}.`,
  (p) => `Rescue teams reached ${p(PLACES)} ${p(WHEN)} after the road had been closed for hours.`,
  (p, n) => `Between ${n() % 40} and ${(n() % 40) + 41} percent of ${p(THINGS)} was damaged, the U.S. Geological Survey said.`,
  (p) => `${p(PEOPLE)} denied that the talks with ${p(PEOPLE)} had been cancelled.`,
  (p, n) => `The storm dropped ${n() % 300} mm of rain on ${p(PLACES)} over ${n() % 5 + 1} days.`,
  (p) => `Residents of ${p(PLACES)} said the shaking lasted for several seconds and woke them up.`,
];

/**
 * Text of at least `length` characters: paragraphs of 3–6 sentences separated by blank lines,
 * with a heading every twenty paragraphs. `lineBreak` lets tests ask for CRLF text.
 */
export function generateArticle(length: number, seed = 1, lineBreak = '\n'): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const number = () => 1 + Math.floor(next() * 2000);
  const parts: string[] = [];
  let size = 0;
  let paragraphs = 0;
  while (size < length) {
    if (paragraphs % 20 === 0) {
      const heading = `Update ${paragraphs / 20 + 1} from ${pick(PLACES)}${lineBreak}${lineBreak}`;
      parts.push(heading);
      size += heading.length;
    }
    const count = 3 + Math.floor(next() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(pick(TEMPLATES)(pick, number));
    const paragraph = `${sentences.join(' ')}${lineBreak}${lineBreak}`;
    parts.push(paragraph);
    size += paragraph.length;
    paragraphs++;
  }
  return parts.join('');
}
