import type { Claim, FindingDraft, QuantityValue, ReconcileContext, ReconcileRule, RelativeLocation } from '../../types.js';
import { compareQuantities } from '../compare/approximation.js';
import { foldName } from './name-variant.js';
import { pushTo } from '../../util/push-to.js';

type Place = Claim<'place'> & { value: { relative: RelativeLocation } };

const BEARINGS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];

/** Degrees of a compass bearing (`NNE` → 22.5), undefined when not a compass point. */
export function bearingDegrees(bearing: string | undefined): number | undefined {
  if (!bearing) return undefined;
  const index = BEARINGS.indexOf(bearing.toUpperCase());
  return index === -1 ? undefined : index * 22.5;
}

function angleBetween(a: number, b: number): number {
  const difference = Math.abs(a - b) % 360;
  return difference > 180 ? 360 - difference : difference;
}

function referenceKey(relative: RelativeLocation): string {
  return relative.referenceGeo?.id ?? foldName(relative.reference.replace(/^the\s+(?:port|city|town|village)\s+of\s+/iu, ''));
}

// Distances written in news are rounded: an unqualified one is taken as ±10 %.
function asQuantity(relative: RelativeLocation): QuantityValue {
  const qualifier = relative.distance.qualifier ?? 'about';
  return { amount: relative.distance.km, unit: 'km', dimension: 'length', qualifier };
}

export const relativeLocationRule: ReconcileRule = {
  meta: {
    id: 'location',
    acrossArticles: true,
    description: 'Distances and bearings from the same reference place ("20 miles north of Santa Rosa") are compared across articles.',
    defaultSeverity: 'warning',
    help:
      'Relative locations are aligned by event and reference place, converted to kilometres and compared with the ' +
      'rounding news writing allows (±10 % unless qualified) and bearings within one compass point. A difference ' +
      'may be two agencies\' estimates, or two different things located (a quake and its aftershock): check.',
    messages: {
      distance: 'The articles place it at different distances from {{reference}}: {{sides}}.',
      bearing: 'The articles give different directions from {{reference}}: {{sides}}.',
      close: 'The articles locate it relative to {{reference}} with small differences: {{sides}}.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const slots = new Map<string, Place[]>();
    for (const claim of context.claims) {
      if (claim.kind !== 'place' || !(claim as Claim<'place'>).value.relative) continue;
      const event = context.eventOf.get(claim.id);
      if (!event) continue;
      const key = `${event}\u0000${referenceKey((claim as Place).value.relative)}`;
      pushTo(slots, key, claim as Place);
    }
    const drafts: FindingDraft[] = [];
    for (const key of [...slots.keys()].sort()) {
      const places = slots.get(key)!;
      const event = key.split('\u0000')[0]!;
      const distance = new Set<Place>();
      const bearing = new Set<Place>();
      const close = new Set<Place>();
      const reasons: string[] = [];
      for (let i = 0; i < places.length; i++) {
        for (let j = i + 1; j < places.length; j++) {
          const [a, b] = [places[i]!, places[j]!];
          if (a.article === b.article) continue;
          const byDistance = compareQuantities(asQuantity(a.value.relative), asQuantity(b.value.relative));
          const da = bearingDegrees(a.value.relative.bearing);
          const db = bearingDegrees(b.value.relative.bearing);
          const angle = da !== undefined && db !== undefined ? angleBetween(da, db) : 0;
          const sides = `"${a.text}" (${a.article}) vs "${b.text}" (${b.article})`;
          if (byDistance.relation === 'different') {
            distance.add(a).add(b);
            reasons.push(`${sides}: ${a.value.relative.distance.km.toFixed(1)} km vs ${b.value.relative.distance.km.toFixed(1)} km.`);
          }
          if (angle > 22.5) {
            bearing.add(a).add(b);
            reasons.push(`${sides}: bearings ${angle}° apart.`);
          } else if (angle > 0 && byDistance.relation !== 'different') {
            close.add(a).add(b);
            reasons.push(`${sides}: bearings ${angle}° apart, within one compass point.`);
          }
        }
      }
      const reference = places[0]!.value.relative.reference;
      const ids = (set: Set<Place>) => [...set].sort((x, y) => x.article.localeCompare(y.article) || x.span.start - y.span.start).map((place) => place.id);
      const describe = (set: Set<Place>) => [...set].map((place) => `"${place.text}" (${place.article})`).join(' vs ');
      const explanation = reasons.join(' ');
      if (distance.size > 0) drafts.push({ messageId: 'distance', data: { reference, sides: describe(distance) }, verdict: 'conflict', confidence: 0.6, explanation, event, claims: ids(distance) });
      if (bearing.size > 0) drafts.push({ messageId: 'bearing', data: { reference, sides: describe(bearing) }, verdict: 'conflict', confidence: 0.6, explanation, event, claims: ids(bearing) });
      if (close.size > 0 && distance.size === 0 && bearing.size === 0) {
        drafts.push({ messageId: 'close', data: { reference, sides: describe(close) }, verdict: 'granularity', severity: 'info', confidence: 0.6, explanation, event, claims: ids(close) });
      }
    }
    return drafts;
  },
};
