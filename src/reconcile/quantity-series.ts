import type { Article, Claim, QuantityValue } from '../types.js';
import { compareQuantities } from './compare/approximation.js';
import { orderOfReports, reportTimeOf, type ReportTime } from './compare/change-over-time.js';
import type { Relation } from './compare/comparison.js';
import { toCommonUnits } from './compare/units.js';

/** One claim of a slot, with what the comparison needs. */
export interface Observation {
  claim: Claim<'quantity'>;
  article: Article;
  time: ReportTime | undefined;
}

/** The comparison of two observations of one slot. */
export interface PairComparison {
  a: Observation;
  b: Observation;
  relation: Relation;
  reason: string;
  /** How units were reconciled, when they differed. */
  unitNote: string;
  /** -1 when a was reported before b, 1 after, 0 unknown or same time. */
  order: -1 | 0 | 1;
}

export function observe(claim: Claim<'quantity'>, article: Article): Observation {
  return { claim, article, time: reportTimeOf(article) };
}

/** Compares two observations in common units; undefined when they cannot be compared. */
export function comparePair(a: Observation, b: Observation): PairComparison | undefined {
  const common = toCommonUnits(a.claim.value, b.claim.value);
  if (!common) return undefined;
  const comparison = compareQuantities(common.a, common.b);
  return { a, b, ...comparison, unitNote: common.note, order: orderOfReports(a.time, b.time) };
}

/** Lower bound of a stated value, for ordering a running total. */
export function lowerBound(value: QuantityValue): number {
  return value.low ?? value.amount;
}

/**
 * Whether the difference between two reports of a running total is explained by time: the later one is higher.
 * Same-time reports, or a total that falls later, are not.
 */
export function isUpdate(pair: PairComparison): boolean {
  if (pair.order === 0) return false;
  const [earlier, later] = pair.order < 0 ? [pair.a, pair.b] : [pair.b, pair.a];
  return lowerBound(later.claim.value) > lowerBound(earlier.claim.value);
}

/**
 * Splits a slot's observations where values jump by more than `ratio` (a school's toll and a war's toll share
 * the word "killed" but not the scale). Values are sorted; the split keeps nearby values together.
 */
export function splitByScale(observations: readonly Observation[], ratio = 5): Observation[][] {
  const sorted = [...observations].sort((x, y) => lowerBound(x.claim.value) - lowerBound(y.claim.value) || x.claim.id.localeCompare(y.claim.id));
  const groups: Observation[][] = [];
  let current: Observation[] = [];
  let previous: number | undefined;
  for (const observation of sorted) {
    const value = Math.abs(lowerBound(observation.claim.value));
    if (previous !== undefined && value > 20 && previous > 0 && value / previous > ratio) {
      groups.push(current);
      current = [];
    }
    current.push(observation);
    previous = value;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Every cross-article pair of a group, compared. */
export function crossArticlePairs(group: readonly Observation[]): PairComparison[] {
  const pairs: PairComparison[] = [];
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      if (group[i]!.article.id === group[j]!.article.id) continue;
      const pair = comparePair(group[i]!, group[j]!);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}
