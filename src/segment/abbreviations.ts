/**
 * Titles and ranks written with a period: a name always follows, so the period never ends a
 * sentence ("Mr. Blinken", "Gov. Heidar", "Lt. Gen. Smith"). Lower-case, without the period.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'sr', 'jr', 'gov', 'sen', 'rep', 'reps',
  'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'pres', 'sec', 'amb',
  'rev', 'hon', 'fr', 'supt', 'insp', 'det', 'atty', 'gens', 'brig', 'cmdt', 'sens', 'pfc', 'msgr',
]);

/**
 * Other words that end with a period inside sentences: months and weekdays as datelines write
 * them ("Jan. 4"), company and address abbreviations, U.S. state abbreviations, references.
 * They end a sentence only when a typical sentence opening follows ("… Apple Inc. The company …").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'st', 'ave', 'blvd', 'rd',
  'mt', 'ft', 'no', 'nos', 'vol', 'vols', 'pp', 'vs', 'v', 'approx', 'est', 'fig', 'figs', 'cf', 'al',
  'ca', 'colo', 'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'tex', 'va', 'wash',
  'wis', 'ariz', 'conn', 'ga', 'kan', 'kans', 'ky', 'la', 'md', 'mo', 'neb', 'nev', 'okla', 'ore',
  'pa', 'ala', 'ark', 'del', 'ind', 'miss', 'mont', 'wyo', 'vt', 'ida', 'nos', 'ed', 'eds', 'dist',
  'e.g', 'i.e', 'viz', 'ibid', 'op', 'gov\'t', 'int\'l', 'natl', 'intl', 'govt', 'ch', 'sq', 'km', 'mi',
]);

/** Abbreviations that often end a sentence: they do unless the next word continues it. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'etc']);

/** Words after "a.m."/"p.m." that continue the sentence even though capitalised. */
export const TIME_CONTINUATIONS: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'mt', 'bst',
  'cet', 'cest', 'ist', 'jst', 'aest', 'local', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'eastern', 'pacific', 'central', 'mountain', 'today', 'tomorrow', 'yesterday',
]);

/**
 * Words that typically open a sentence. After an abbreviation that could also end one ("U.S.",
 * "Inc.", an initial), a capitalised word from this list means a new sentence has begun.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'after', 'before', 'when', 'while', 'as', 'if', 'since', 'although', 'though', 'however', 'meanwhile',
  'according', 'officials', 'police', 'authorities', 'some', 'many', 'most', 'no', 'not', 'one', 'two',
  'both', 'each', 'all', 'other', 'another', 'what', 'who', 'why', 'how', 'where', 'earlier', 'later',
  'last', 'next', 'then', 'now', 'still', 'also', 'by', 'with', 'from', 'during', 'until', 'asked',
]);
