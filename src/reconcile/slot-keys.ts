import type { QuantityValue } from '../types.js';

// What is counted, by the words articles use for it. Order matters: the first match wins.
const COUNTED: readonly [RegExp, string][] = [
  [/\b(?:kill|dead|death|died|die|fatal|lives|bodies|slain|perish|toll)/iu, 'killed'],
  [/\b(?:injur|wound|hurt)/iu, 'injured'],
  [/\bhospital/iu, 'hospitalised'],
  [/\bmissing/iu, 'missing'],
  [/\b(?:homeless|displac|evacuat)/iu, 'displaced'],
  [/\baftershock/iu, 'aftershocks'],
  [/\b(?:popul|inhabitant|resident|home to)/iu, 'population'],
  [/\b(?:house|home|dwelling)/iu, 'houses'],
  [/\bbuilding/iu, 'buildings'],
  [/\bvillage/iu, 'villages'],
  [/\bbridge/iu, 'bridges'],
  [/\bschool/iu, 'schools'],
  [/\b(?:shell|rocket|missile|bomb)/iu, 'munitions'],
  [/\b(?:soldier|troop)/iu, 'soldiers'],
  [/\barrest/iu, 'arrested'],
  [/\bshelter/iu, 'sheltering'],
];

// Damage words split a count of buildings into what happened to them.
const DAMAGE: readonly [RegExp, string][] = [
  [/\b(?:destroy|flatten|level|raze|toppl|collaps)/iu, 'destroyed'],
  [/\b(?:damag|hit|affect|crack)/iu, 'damaged'],
];

/** The normalised thing a count is about ("died" → killed, "homes damaged" → houses:damaged). */
export function countedKey(counted: string | undefined): string | undefined {
  if (!counted) return undefined;
  const hit = COUNTED.find(([pattern]) => pattern.test(counted));
  if (!hit) return undefined;
  const key = hit[1];
  if (key === 'houses' || key === 'buildings' || key === 'bridges' || key === 'schools') {
    const damage = DAMAGE.find(([pattern]) => pattern.test(counted));
    return damage ? `${key}:${damage[1]}` : key;
  }
  return key;
}

/**
 * The slot a quantity fills within an event: what is measured, in which dimension. Quantities without a
 * recognisable subject are not compared (a bare "40" says nothing comparable).
 */
export function quantitySlot(value: QuantityValue): string | undefined {
  const counted = countedKey(value.counted);
  switch (value.dimension) {
    case 'magnitude':
      return 'magnitude';
    case 'depth':
      return 'depth';
    case 'count':
      return counted ? `count:${counted}` : undefined;
    case 'money':
    case 'duration':
    case 'percent':
    case 'temperature':
    case 'area':
    case 'mass':
    case 'length':
      // Distances without a subject are relative locations, compared as places.
      return value.counted ? `${value.dimension}:${counted ?? value.counted.toLowerCase().trim()}` : undefined;
    default:
      return undefined;
  }
}

/** What a slot is called in messages. */
export function describeSlot(slot: string): string {
  const [dimension, what] = slot.split(':');
  if (!what) return dimension === 'magnitude' ? 'the magnitude' : `the ${dimension}`;
  if (dimension === 'count') {
    const [thing, state] = what.split(':');
    const names: Record<string, string> = {
      killed: 'the death toll',
      injured: 'the number of injured',
      hospitalised: 'the number in hospital',
      missing: 'the number missing',
      displaced: 'the number displaced',
      population: 'the population',
      aftershocks: 'the number of aftershocks',
      munitions: 'the number of shells or rockets',
      soldiers: 'the number of soldiers',
      arrested: 'the number arrested',
      sheltering: 'the number sheltering',
    };
    return names[thing!] ?? `the number of ${thing}${state ? ` ${state}` : ''}`;
  }
  return `the ${dimension} (${what})`;
}
