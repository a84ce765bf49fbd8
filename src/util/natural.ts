/**
 * The one door to `natural`. Only its submodules are imported: the package root prints dotenv lines
 * to stdout (which would break JSON output), loads `.env` into the environment, costs ~0.5 s, and
 * fails under Jest 30. Everything else in the project imports from here.
 */
import { createRequire } from 'node:module';
import type * as Distance from 'natural/lib/natural/distance/index.js';
import type * as Phonetics from 'natural/lib/natural/phonetics/index.js';

const require = createRequire(import.meta.url);

let distance: typeof Distance | undefined;
let phonetics: typeof Phonetics | undefined;
let doubleMetaphone: InstanceType<typeof Phonetics.DoubleMetaphone> | undefined;

// Loaded on first use: most commands never compare names.
function distanceModule(): typeof Distance {
  distance ??= require('natural/lib/natural/distance/index.js') as typeof Distance;
  return distance;
}

/** Jaro-Winkler similarity, 0..1 (1 = identical). Case-sensitive: lower-case first when needed. */
export function jaroWinkler(a: string, b: string): number {
  return distanceModule().JaroWinklerDistance(a, b);
}

/**
 * Damerau-Levenshtein edit distance (transpositions of adjacent letters count as one edit), in its
 * restricted form (optimal string alignment): the reference util/edit-distance is tested against
 * (that one is the one to use: this builds a table of objects per call). natural's unrestricted form is wrong on repeated
 * letters: it gives 0 for "smith" / "smiith" and "ab" / "abb" (natural 8.1).
 */
export function editDistance(a: string, b: string): number {
  return distanceModule().DamerauLevenshteinDistance(a, b, { restricted: true });
}

/** Double Metaphone codes (primary, alternate) of one word. */
export function phoneticCodes(word: string): [string, string] {
  phonetics ??= require('natural/lib/natural/phonetics/index.js') as typeof Phonetics;
  doubleMetaphone ??= new phonetics.DoubleMetaphone();
  const [primary = '', alternate = ''] = doubleMetaphone.process(word);
  return [primary, alternate];
}
