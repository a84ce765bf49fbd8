import type { Modality, Polarity } from '../../types.js';
import type { Comparison, ComparisonMeta } from './comparison.js';

export const modalityMeta: ComparisonMeta = {
  id: 'modality',
  description:
    'Whether an event happens is compared through polarity and modality: planned and happened agree (plans come ' +
    'true), possible and planned agree with less certainty, but possible or planned against "not on the agenda", ' +
    'or happened against "did not", conflict. Hypothetical statements are never compared.',
};

/** What a statement commits to about an event. */
export type Status = 'happened' | 'planned' | 'possible' | 'not' | 'unknown';

export function statusOf(polarity: Polarity, modality: Modality): Status {
  if (modality === 'hypothetical') return 'unknown';
  if (polarity === 'negative' || modality === 'denied') return 'not';
  switch (modality) {
    case 'asserted':
      return 'happened';
    case 'planned':
    case 'reported':
      return 'planned';
    case 'possible':
      return 'possible';
    default:
      return 'unknown';
  }
}

const WORDS: Record<Status, string> = {
  happened: 'took place',
  planned: 'is planned',
  possible: 'is possible',
  not: 'is not happening or not planned',
  unknown: 'is hypothetical',
};

export function describeStatus(status: Status): string {
  return WORDS[status];
}

/** Compares two statements about whether one event happens. */
export function compareStatuses(a: Status, b: Status): Comparison {
  const reason = `one says it ${WORDS[a]}, the other that it ${WORDS[b]}`;
  if (a === 'unknown' || b === 'unknown') return { relation: 'compatible', reason: 'a hypothetical statement commits to nothing' };
  if (a === b) return { relation: 'same', reason: `both say it ${WORDS[a]}` };
  if (a === 'not' || b === 'not') return { relation: 'different', reason };
  return { relation: 'compatible', reason };
}
