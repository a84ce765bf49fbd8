/**
 * The gazetteer: countries, first-level regions and populated places with coordinates, from
 * maintained packages, behind a compact cached index. Containment works on ids alone.
 */
export { gazetteer, Gazetteer } from './gazetteer.js';
export { containmentOf, geoRefOf, isWithin } from './entry.js';
export type { CountryInfo, GazetteerEntry } from './entry.js';
export { foldPlaceName } from './fold.js';
