/**
 * What numbers count in news about disasters, conflicts and crimes, normalised so that the same slot
 * lines up across articles: "died", "dead", "killed", "death toll", "bodies" → `killed`.
 */

import { NATIONALITY } from '../quotes/speaker-lexicon.js';
import { startsUpper } from '../people/words.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** Nouns for people: a number before one of these counts people ("40 Palestinians", "250 others"). */
export const PEOPLE_NOUNS = words(`
  people persons person residents resident villagers inhabitants civilians civilian children child kids women
  men girls boys babies students pupils soldiers soldier troops militants fighters gunmen insurgents rebels
  policemen police officers workers miners passengers tourists pilgrims patients victims bodies refugees evacuees
  survivors families migrants prisoners inmates hostages crew members staff employees others other more
  individuals adults teenagers infants journalists protesters demonstrators casualties fatalities deaths lives
  dead injured wounded
`);

/** Heads that carry their own slot: "41 bodies" are dead, "14,000 refugees" displaced. */
export const SELF_COUNTED: Record<string, string> = {
  bodies: 'killed', deaths: 'killed', fatalities: 'killed', dead: 'killed', lives: 'killed', injured: 'injured',
  wounded: 'injured', casualties: 'casualties', refugees: 'displaced', evacuees: 'displaced',
};

/** A capitalised plural nationality is a people noun ("Palestinians", "Israelis", "Lebanese"). */
export function isPeopleNoun(word: string): boolean {
  const key = word.toLowerCase();
  if (PEOPLE_NOUNS.has(key)) return true;
  // Character tests, not patterns: this runs on most words after a number.
  return startsUpper(word) && (NATIONALITY.has(key) || word.endsWith('ans') || word.endsWith('is') || word.endsWith('ese'));
}

/** Things counted, by normalised name. */
const THINGS: Record<string, string> = {
  houses: 'houses', house: 'houses', homes: 'houses', home: 'houses', dwellings: 'houses', residences: 'houses',
  apartments: 'houses', buildings: 'buildings', building: 'buildings', structures: 'buildings',
  villages: 'villages', village: 'villages', towns: 'towns', schools: 'schools', school: 'schools',
  hospitals: 'hospitals', bridges: 'bridges', bridge: 'bridges', roads: 'roads', hotels: 'hotels', hotel: 'hotels',
  churches: 'churches', mosques: 'mosques', temples: 'temples', shops: 'shops', stores: 'shops', factories: 'factories',
  aftershocks: 'aftershocks', aftershock: 'aftershocks', quakes: 'quakes', earthquakes: 'quakes', tremors: 'quakes',
  temblors: 'quakes', shells: 'shells', shell: 'shells', rockets: 'rockets', rocket: 'rockets', missiles: 'missiles',
  missile: 'missiles', bombs: 'bombs', mortars: 'mortars', airstrikes: 'airstrikes', strikes: 'strikes',
  vehicles: 'vehicles', cars: 'vehicles', trucks: 'vehicles', boats: 'boats', ships: 'ships', flights: 'flights',
  camps: 'camps', tents: 'tents', shelters: 'shelters', districts: 'districts', provinces: 'provinces',
  islands: 'islands', countries: 'countries', fires: 'fires', wildfires: 'fires', acres: 'acres',
};

/** Things that are worth a claim even without a predicate ("in about 15 villages"). */
export const STRUCTURES = words('houses buildings villages towns schools hospitals bridges roads hotels churches mosques temples shops factories aftershocks');

export function thingOf(word: string): string | undefined {
  return THINGS[word.toLowerCase()];
}

/**
 * Predicates after a count ("were killed", "died", "injured", "had taken shelter"), mapped to slots.
 * Order matters: "dead and missing" before "dead".
 */
export const PREDICATES_AFTER: ReadonlyArray<[RegExp, string]> = [
  [/^(?:dead|killed)\s+(?:and|or)\s+missing\b/iu, 'dead-or-missing'],
  [/^(?:killed|dead|died|die|perished|slain|lost\s+their\s+lives|among\s+the\s+dead|confirmed\s+dead|feared\s+dead|drowned|were\s+killed)\b/iu, 'killed'],
  [/^(?:hospitali[sz]ed|admitted\s+to\s+hospital|in\s+hospital|remained\s+in\s+hospital|in\s+(?:a\s+)?(?:critical|serious)\s+condition)\b/iu, 'hospitalized'],
  [/^(?:injured|wounded|hurt|injuries)\b/iu, 'injured'],
  [/^(?:suffered|sustained|got)\s+(?:from\s+)?(?:\w+\s+){0,2}?(?:injury|injuries|wounds|burns|fractures)\b/iu, 'injured'],
  [/^(?:missing|unaccounted\s+for)\b/iu, 'missing'],
  [/^(?:displaced|homeless|evacuated|fled|flooded\s+into\s+camps|(?:taken|took|taking|sought|seeking|found|find)\s+(?:shelter|refuge|shelters)|sheltering|housed|(?:living|staying|sleeping)\s+in\s+(?:tents|camps|shelters))\b/iu, 'displaced'],
  [/^(?:trapped|buried)\b/iu, 'trapped'],
  [/^(?:rescued|saved|pulled\s+(?:out|alive))\b/iu, 'rescued'],
  [/^(?:arrested|detained|held)\b/iu, 'arrested'],
  [/^(?:kidnapped|abducted|captured|taken\s+hostage)\b/iu, 'abducted'],
  [/^(?:treated|given\s+(?:outpatient\s+)?treatment)\b/iu, 'treated'],
  [/^(?:affected)\b/iu, 'affected'],
];

/** Predicates for things ("homes destroyed", "bridges collapsed", "shells landed"). */
export const THING_PREDICATES =
  /^(?:destroyed|damaged|collapsed|flattened|razed|toppled|levelled|leveled|burned|burnt|hit|struck|landed|fired|launched|affected|rendered\s+unsafe|cut|closed|cancelled|canceled|felt|recorded|followed|shook|rattled|swept|washed\s+away|flooded|demolished|wrecked|gutted)\b/iu;

/** Verbs right before a count that say what happened to it ("killing at least 10", "injuring 80"). */
export const PREDICATES_BEFORE: ReadonlyMap<string, string> = new Map(
  (
    [
      ['killing killed kills kill claiming claimed lost losing', 'killed'],
      ['injuring injured injures wounding wounded wounds hurting hurt', 'injured'],
      ['hospitalizing hospitalising', 'hospitalized'],
      ['displacing displaced evacuating evacuated forcing forced', 'displaced'],
      ['rescuing rescued saving saved', 'rescued'],
      ['arresting arrested detaining detained', 'arrested'],
      ['treating treated', 'treated'],
      ['trapping trapped burying buried', 'trapped'],
    ] as const
  ).flatMap(([verbs, slot]) => verbs.split(' ').map((verb): [string, string] => [verb, slot])),
);

/** Verbs before a count of things ("destroyed or damaged an estimated 1,500 houses"). */
export const THING_PREDICATES_BEFORE =
  /\b(destroying|destroyed|damaging|damaged|flattening|flattened|razing|razed|levelling|leveling|levelled|toppling|toppled|fired|firing|launched|launching|hit|hitting|burned|burning|demolished|wrecked)(?:\s+or\s+\w+)?\s+$/iu;

/** "the death toll (…) at / rose to / above 40", "the fatality is only one person". */
export const TOLL_BEFORE =
  /\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims|fatalities)|fatalit(?:y|ies)|deaths|dead)\b[^.;:]{0,50}?\b(?:at|to|of|above|over|past|reached|hit|exceeded|exceeds|is|was|stands\s+at|stood\s+at|rose\s+to|climbed\s+to|jumped\s+to|risen\s+to|now)\s+$/iu;

/** "taken more than 600 lives", "cost 12 lives". */
export const LIVES_BEFORE = /\b(?:taken|took|taking|claimed|claiming|cost|costing)\s+$/iu;
