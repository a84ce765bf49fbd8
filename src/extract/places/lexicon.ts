/** Words that mark places in running text. General geographic vocabulary. */

/** Last words of capitalised place names ("Persian Gulf", "Qeshm Island", "Lake County", "Gaza Strip"). */
export const FEATURE_HEADS: ReadonlySet<string> = new Set([
  'island', 'islands', 'isle', 'gulf', 'sea', 'ocean', 'bay', 'strait', 'straits', 'channel', 'lake', 'river',
  'creek', 'valley', 'mountain', 'mountains', 'mount', 'hills', 'hill', 'peak', 'range', 'desert', 'plain',
  'plains', 'plateau', 'peninsula', 'coast', 'strip', 'bank', 'basin', 'delta', 'canyon', 'falls', 'springs',
  'beach', 'harbor', 'harbour', 'port', 'county', 'province', 'prefecture', 'district', 'region', 'state',
  'territory', 'territories', 'city', 'town', 'village', 'borough', 'township', 'parish', 'municipality',
  'governorate', 'oblast', 'canton', 'department', 'camp', 'fault', 'forest', 'park', 'reservoir',
  'square', 'street', 'avenue', 'road', 'highway', 'bridge', 'airport', 'heights', 'quarter', 'neighbourhood',
  'neighborhood', 'archipelago', 'atoll', 'cape', 'volcano', 'glacier', 'corridor', 'zone', 'area',
]);

/**
 * Generic words after a name that make it a place even when no gazetteer knows it ("Qeshm island",
 * "Hormozgan province", "Sonoma County"); the name itself is what is looked up.
 */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'island', 'islands', 'province', 'county', 'state', 'city', 'town', 'village', 'district', 'region',
  'prefecture', 'governorate', 'municipality', 'area', 'valley', 'peninsula', 'coast', 'strip', 'camp',
  'counties', 'provinces', 'states', 'villages', 'regions', 'districts', 'towns', 'cities',
]);

/**
 * Heads after which the name is that of an administrative unit or settlement, so a gazetteer place of
 * the same name is the same place or lies in the same region ("Sonoma County", "Kerman province",
 * "Qeshm island"). Natural features ("Cobb Mountain", "Anderson Springs") share nothing with namesakes.
 */
export const NAMESAKE_FEATURES: ReadonlySet<string> = new Set([
  'province', 'provinces', 'state', 'states', 'county', 'counties', 'region', 'regions', 'district', 'districts',
  'prefecture', 'governorate', 'municipality', 'city', 'cities', 'town', 'towns', 'village', 'villages',
  'island', 'islands', 'strip', 'oblast', 'canton', 'department', 'territory', 'borough', 'parish', 'township',
]);

/** Of those, the ones that name the region itself ("Hormozgan province" is the region Hormozgan). */
export const REGION_FEATURES: ReadonlySet<string> = new Set([
  'province', 'provinces', 'state', 'states', 'region', 'regions', 'prefecture', 'governorate', 'oblast', 'canton',
  'department', 'territory',
]);

/** "the village of X", "the port of X": nouns whose "of" complement is a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'port', 'island', 'islands', 'province', 'provinces',
  'state', 'region', 'district', 'county', 'capital', 'suburb', 'suburbs', 'outskirts', 'municipality',
  'hamlet', 'settlement', 'neighbourhood', 'neighborhood', 'area', 'coast', 'shores', 'border', 'streets',
  'centre', 'center', 'heart', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'governorate', 'prefecture', 'community', 'communities', 'republic', 'kingdom', 'emirate',
]);

/** Prepositions of location or movement that introduce a place ("in X", "near X", "to X"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'outside', 'across', 'toward', 'towards', 'into', 'around', 'via',
  'inside', 'throughout', 'within', 'off', 'between', 'through', 'visiting', 'visit', 'reach', 'reached',
  'entered', 'leaving', 'left', 'arrived', 'returned', 'landed', 'struck', 'hit', 'rocked', 'shook', 'rattled',
]);

/** Continents and large regions that no country gazetteer holds but every newsroom names. */
export const MACRO_REGIONS: ReadonlySet<string> = new Set([
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america',
  'oceania', 'antarctica', 'the arctic', 'arctic', 'middle east', 'the middle east', 'near east', 'far east',
  'southeast asia', 'south asia', 'east asia', 'central asia', 'western europe', 'eastern europe',
  'northern europe', 'southern europe', 'the balkans', 'balkans', 'the caribbean', 'caribbean', 'scandinavia',
  'the gulf', 'persian gulf', 'arabian peninsula', 'horn of africa', 'sub-saharan africa', 'north africa',
  'west africa', 'east africa', 'the sahel', 'sahel', 'the pacific', 'the atlantic', 'indian ocean',
  'pacific ocean', 'atlantic ocean', 'mediterranean', 'the mediterranean', 'western hemisphere', 'west bank',
  'the west bank',
]);

/** Directions written before a region ("Northern California", "South Sumatra" when the gazetteer lacks it). */
export const DIRECTION_PREFIXES: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);

/** Compass words and their normal forms. */
export const BEARINGS: ReadonlyMap<string, string> = new Map([
  ['north', 'N'], ['south', 'S'], ['east', 'E'], ['west', 'W'],
  ['northeast', 'NE'], ['north-east', 'NE'], ['northwest', 'NW'], ['north-west', 'NW'],
  ['southeast', 'SE'], ['south-east', 'SE'], ['southwest', 'SW'], ['south-west', 'SW'],
  ['north-northeast', 'NNE'], ['north-northwest', 'NNW'], ['south-southeast', 'SSE'], ['south-southwest', 'SSW'],
  ['east-northeast', 'ENE'], ['east-southeast', 'ESE'], ['west-northwest', 'WNW'], ['west-southwest', 'WSW'],
  ['northeastern', 'NE'], ['northwestern', 'NW'], ['southeastern', 'SE'], ['southwestern', 'SW'],
  ['northern', 'N'], ['southern', 'S'], ['eastern', 'E'], ['western', 'W'],
]);

/**
 * Capitalised adjectives of peoples, regions, faiths and movements that no country gazetteer lists as
 * a demonym ("European leaders", "Western concerns", "Sunni militants"): never names on their own.
 */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set([
  'european', 'asian', 'african', 'american', 'western', 'eastern', 'northern', 'southern', 'central', 'arab',
  'arabic', 'muslim', 'christian', 'jewish', 'islamic', 'islamist', 'sunni', 'shia', 'shiite', 'kurdish',
  'persian', 'latin', 'nordic', 'baltic', 'balkan', 'caucasian', 'soviet', 'communist', 'democratic',
  'republican', 'conservative', 'liberal', 'socialist', 'catholic', 'protestant', 'orthodox', 'hindu',
  'buddhist', 'sikh', 'hispanic', 'latino', 'pacific', 'atlantic', 'mediterranean', 'indigenous', 'anglo',
  'sino', 'euro', 'transatlantic', 'scandinavian', 'slavic', 'gulf', 'caribbean', 'oceanic', 'tamil', 'pashtun',
  'uighur', 'uyghur', 'tibetan', 'bedouin', 'druze', 'alawite', 'maronite', 'coptic', 'evangelical',
]);
