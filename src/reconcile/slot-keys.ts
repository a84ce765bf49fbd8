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

// What `countedKey` found for each counted word it was asked about. Counted words come from the
// extractor's lexicons (slots, things, money purposes) and the nouns after percentages, so a run
// holds few; the bound only keeps an odd input from growing it without end.
const KEY_OF_COUNTED = new Map<string, string | undefined>();
const MAX_REMEMBERED = 10_000;

/** The normalised thing a count is about ("died" → killed, "homes damaged" → houses:damaged). */
export function countedKey(counted: string | undefined): string | undefined {
  if (!counted) return undefined;
  // A run's figures count a few things ("killed", "houses"…) many times: each is matched once.
  if (KEY_OF_COUNTED.has(counted)) return KEY_OF_COUNTED.get(counted);
  const key = matchCounted(counted);
  if (KEY_OF_COUNTED.size >= MAX_REMEMBERED) KEY_OF_COUNTED.clear();
  KEY_OF_COUNTED.set(counted, key);
  return key;
}

function matchCounted(counted: string): string | undefined {
  const hit = COUNTED.find(([pattern]) => pattern.test(counted));
  if (!hit) return undefined;
  const key = hit[1];
  if (key === 'houses' || key === 'buildings' || key === 'bridges' || key === 'schools') {
    const damage = DAMAGE.find(([pattern]) => pattern.test(counted));
    return damage ? `${key}:${damage[1]}` : key;
  }
  return key;
}

// Groups of people counted apart from the overall toll ("seven soldiers", "two Hamas militants").
const PEOPLE_GROUPS = new Map<string, string>(
  Object.entries({
    soldier: 'soldiers', troop: 'soldiers', militant: 'militants', gunman: 'militants', gunmen: 'militants', fighter: 'militants',
    insurgent: 'militants', rebel: 'militants', civilian: 'civilians', child: 'children', children: 'children', kid: 'children',
    woman: 'women', women: 'women', policeman: 'police', policemen: 'police', officer: 'police', police: 'police',
    relative: 'relatives', cousin: 'relatives', worker: 'workers', staff: 'workers', journalist: 'journalists',
    student: 'students', pupil: 'students', firefighter: 'rescuers', rescuer: 'rescuers', tourist: 'tourists',
    prisoner: 'prisoners', miner: 'miners', passenger: 'passengers', crew: 'crew', doctor: 'medics', medic: 'medics',
  }),
);

/** The group of people a count is about, from the words after its number ("killed six Hamas gunmen" → militants). */
export function peopleGroupOf(quoted: string): string | undefined {
  const afterNumber = /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|several|some))\b\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu.exec(quoted);
  if (!afterNumber) return undefined;
  for (const word of afterNumber[1]!.toLowerCase().split(/\s+/u)) {
    const group = PEOPLE_GROUPS.get(word) ?? PEOPLE_GROUPS.get(word.replace(/s$/u, ''));
    if (group) return group;
  }
  return undefined;
}

/**
 * The slot a quantity fills within an event: what is measured, in which dimension. Quantities without a
 * recognisable subject are not compared (a bare "40" says nothing comparable). Counts of people name their
 * group when the article does, so "seven soldiers" is not compared with an overall toll.
 */
export function quantitySlot(value: QuantityValue, quoted = ''): string | undefined {
  const counted = countedKey(value.counted);
  if (value.dimension === 'count' && counted) {
    const group = peopleGroupOf(quoted);
    if (group) return `count:${counted}:${group}`;
  }
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

const COUNT_NAMES: Record<string, string> = {
  killed: 'death toll',
  injured: 'number of injured',
  hospitalised: 'number in hospital',
  missing: 'number missing',
  displaced: 'number displaced or sheltering',
  population: 'population',
  aftershocks: 'number of aftershocks',
  munitions: 'number of shells or rockets',
  soldiers: 'number of soldiers',
  arrested: 'number arrested',
  sheltering: 'number sheltering',
};

/** What a slot is called in messages ("the death toll", "the death toll (soldiers)", "the number of houses destroyed"). */
export function describeSlot(slot: string): string {
  const [dimension, what, detail] = slot.split(':');
  if (!what) return dimension === 'magnitude' ? 'the magnitude' : `the ${dimension}`;
  if (dimension !== 'count') return `the ${dimension} (${what})`;
  const name = COUNT_NAMES[what] ?? `number of ${what}`;
  if (!detail) return `the ${name}`;
  return detail === 'damaged' || detail === 'destroyed' ? `the ${name} ${detail}` : `the ${name} (${detail})`;
}
