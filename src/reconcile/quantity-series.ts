import type { Article, Claim, QuantityValue } from '../types.js';
import { compareQuantities } from './compare/approximation.js';
import { orderOfReports, reportTimeOf, type ReportTime } from './compare/change-over-time.js';
import type { Relation } from './compare/comparison.js';
import { toCommonUnits } from './compare/units.js';
import { compareSources, type SourceComparison } from './compare/attribution.js';
import { pushTo } from '../util/push-to.js';

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
  // Magnitudes a whole point apart are different quakes (a main shock and an aftershock), not two estimates.
  const magnitudeGap = 0.9;
  const sorted = [...observations].sort((x, y) => lowerBound(x.claim.value) - lowerBound(y.claim.value) || x.claim.id.localeCompare(y.claim.id));
  const groups: Observation[][] = [];
  let current: Observation[] = [];
  let previous: number | undefined;
  for (const observation of sorted) {
    const value = Math.abs(lowerBound(observation.claim.value));
    const isMagnitude = observation.claim.value.dimension === 'magnitude';
    const jump = isMagnitude ? previous !== undefined && value - previous > magnitudeGap : previous !== undefined && value > 20 && previous > 0 && value / previous > ratio;
    if (jump) {
      groups.push(current);
      current = [];
    }
    current.push(observation);
    previous = value;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function distance(a: Observation, b: Observation): number {
  return Math.abs(lowerBound(a.claim.value) - lowerBound(b.claim.value));
}

function distinctValues(observations: readonly Observation[]): number {
  return new Set(observations.map((observation) => lowerBound(observation.claim.value))).size;
}

/** Within a factor of two (counts), or a point of magnitude. */
function close(a: Observation, b: Observation): boolean {
  const [x, y] = [Math.abs(lowerBound(a.claim.value)), Math.abs(lowerBound(b.claim.value))];
  if (a.claim.value.dimension === 'magnitude') return Math.abs(x - y) <= 0.9;
  const [low, high] = x < y ? [x, y] : [y, x];
  return high <= 2 * low + 2;
}

// Values of one named source pair first ("the USGS said" with "the USGS said"); otherwise the nearest values.
const SOURCE_RANK = { same: 0, unknown: 1, different: 1 } as const;

/**
 * The pairs to compare across articles. When an article gives several values of one slot ("two quakes,
 * measuring 7.6 and 7.4"), each of its values is matched with at most one value of the other article:
 * values of the same named source first, then the nearest, so 7.4 is compared with 7.5, not with 7.6.
 * `sources` compares attributions (a rule's run passes one that remembers pairs of sources).
 */
export function crossArticlePairs(group: readonly Observation[], sources: (a: string | undefined, b: string | undefined) => SourceComparison = compareSources): PairComparison[] {
  const sourceRank = (a: Observation, b: Observation) => SOURCE_RANK[sources(a.claim.value.speaker, b.claim.value.speaker)];
  const byArticle = new Map<string, Observation[]>();
  for (const observation of group) pushTo(byArticle, observation.article.id, observation);
  const articles = [...byArticle.keys()].sort();
  // Whether an article gives several different values of the slot: found once per article, not per pair.
  const several = new Map([...byArticle].map(([article, list]) => [article, distinctValues(list) > 1]));
  const pairs: PairComparison[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const left = byArticle.get(articles[i]!)!;
      const right = byArticle.get(articles[j]!)!;
      const candidates = left.flatMap((a) => right.map((b) => ({ a, b, rank: sourceRank(a, b), d: distance(a, b) })));
      candidates.sort((x, y) => x.rank - y.rank || x.d - y.d || x.a.claim.span.start - y.a.claim.span.start || x.b.claim.span.start - y.b.claim.span.start);
      const used = new Set<Observation>();
      // An article that gives several different numbers of one kind speaks of several things: pair only close
      // values. The same number repeated ("at least three … three people killed") is one thing.
      const ambiguous = several.get(articles[i]!)! || several.get(articles[j]!)!;
      for (const { a, b } of candidates) {
        if (used.has(a) || used.has(b)) continue;
        if (ambiguous && !close(a, b)) continue;
        used.add(a).add(b);
        const pair = comparePair(a, b);
        if (pair) pairs.push(pair);
      }
    }
  }
  return pairs;
}
