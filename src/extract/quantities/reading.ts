import type { QuantityQualifier, QuantityValue } from '../../types.js';
import type { NumberGroup } from './number-groups.js';

/** What a reader saw around a group of numbers; the extractor turns it into one claim per number. */
export interface Reading {
  /** Start of the claim text, relative to the sentence (a currency sign, "magnitude of", the number). */
  start: number;
  /** End of the claim text (after the unit, the noun, a stated equivalent). */
  end: number;
  dimension: QuantityValue['dimension'];
  unit: string;
  /** Converts an amount to the canonical unit of the dimension. */
  normalize?: (amount: number) => { amount: number; unit: string };
  counted?: string;
  subject?: string;
  predicate?: string;
  reference?: string;
  equivalent?: { amount: number; unit: string };
  /** A qualifier the reader found inside its own words ("magnitude of at least 5.9"). */
  qualifier?: { qualifier: QuantityQualifier; start: number };
  /** Multiplies every number ("$80m": the scale comes after the number). */
  scale?: number;
}

/** Everything a reader needs: the sentence text, the group, and what the sentence is about. */
export interface ReadInput {
  text: string;
  group: NumberGroup;
  /** Whether the sentence speaks of earthquakes (a bare "7.6" may be a magnitude); asked only when needed. */
  quake: () => boolean;
}

export type Reader = (input: ReadInput) => Reading | undefined;
