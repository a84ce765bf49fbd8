/**
 * Words that end with a period without ending the sentence. Lower-case, without the period.
 * Months and titles are the usual suspects in news text ("Jan. 4", "Gov. Heidar", "Mr. Blinken").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'maj',
  'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pres', 'sec', 'amb', 'rev', 'hon', 'fr', 'supt', 'insp', 'det',
  // months (as written in datelines) and weekdays
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // companies, places, misc.
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt',
  'ft', 'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'cf', 'al', 'ca', 'colo', 'calif',
  'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz', 'conn', 'ga',
  'kan', 'ky', 'la', 'md', 'mo', 'neb', 'nev', 'okla', 'ore', 'pa',
]);

/** Abbreviations that may end a sentence when a capitalised word follows ("at 7 a.m. The quake…"). */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'etc']);

/** Words after "a.m."/"p.m." that continue the sentence even though capitalised. */
export const TIME_CONTINUATIONS: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'mt', 'bst',
  'cet', 'local', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
