import type { PlaceValue } from '../../types.js';
import type { Comparison, ComparisonMeta } from './comparison.js';
import { foldName } from '../rules/name-variant.js';

export const containmentMeta: ComparisonMeta = {
  id: 'containment',
  description:
    'Places agree when one lies inside the other in the gazetteer: San Francisco is in California, Shanghai in ' +
    'China. Two places that are both known and neither contains the other are different places.',
};

function keyOf(place: PlaceValue): string {
  return place.geo?.id ?? `name:${foldName(place.name)}`;
}

/** Whether `inner` lies inside (or is) `outer`. */
export function isInside(inner: PlaceValue, outer: PlaceValue): boolean {
  const outerKey = keyOf(outer);
  return keyOf(inner) === outerKey || inner.containedIn.includes(outerKey);
}

/** Compares two named places (not relative locations). */
export function comparePlaces(a: PlaceValue, b: PlaceValue): Comparison {
  if (keyOf(a) === keyOf(b)) return { relation: 'same', reason: `both name ${a.geo?.name ?? a.name}` };
  if (isInside(a, b)) return { relation: 'compatible', reason: `${a.name} is in ${b.name}` };
  if (isInside(b, a)) return { relation: 'compatible', reason: `${b.name} is in ${a.name}` };
  if (!a.geo || !b.geo) return { relation: 'compatible', reason: `${a.name} and ${b.name} cannot be placed relative to each other` };
  return { relation: 'different', reason: `${a.name} and ${b.name} are different places, neither inside the other` };
}
