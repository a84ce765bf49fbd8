/**
 * The outcome of comparing two values of one slot.
 * - `same`: equal after normalisation;
 * - `compatible`: different as written but both can be true (granularity, containment, approximation);
 * - `different`: both cannot be true of the same thing.
 */
export type Relation = 'same' | 'compatible' | 'different';

export interface Comparison {
  relation: Relation;
  /** Plain-language reason, shown in the finding's explanation. */
  reason: string;
}

/** What every comparison module declares about itself (listed in the README and the reports). */
export interface ComparisonMeta {
  id: string;
  description: string;
}
