import type { GeoRef } from '../types.js';

/** One gazetteer place: a country, a first-level region (state, province…) or a populated place. */
export interface GazetteerEntry {
  /** `US`, `US-CA` (ISO 3166-2 when the source has it), `US-CA:San Francisco`, or `IR:Name` when no region is known. */
  id: string;
  name: string;
  level: 'country' | 'region' | 'city';
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Region id (`US-CA`) for cities. */
  region?: string;
  lat?: number;
  lon?: number;
  /** Inhabitants when the source says; 0 when unknown. */
  population: number;
  /** National capital. */
  capital: boolean;
}

/** Country facts kept in the index header: names for display, demonyms for adjectives. */
export interface CountryInfo {
  code: string;
  name: string;
  /** "Chinese", "Iranian", "Persian"… as the source lists them. */
  demonyms: string[];
  population: number;
}

/** The enclosing places of an id, innermost first: `US-CA:San Francisco` → `['US-CA', 'US']`. */
export function containmentOf(id: string): string[] {
  const colon = id.indexOf(':');
  const area = colon === -1 ? id : id.slice(0, colon);
  const dash = area.indexOf('-');
  const country = dash === -1 ? area : area.slice(0, dash);
  const chain: string[] = [];
  if (colon !== -1 && area !== country) chain.push(area);
  if (area !== id || dash !== -1) chain.push(country);
  return chain;
}

/**
 * Whether place `a` lies inside place `b` (strictly): San Francisco is within California and within
 * the United States; a place is not within itself. Works on gazetteer ids alone, so the reconciler
 * needs no lookup.
 */
export function isWithin(a: string, b: string): boolean {
  return a !== b && containmentOf(a).includes(b);
}

/** The public shape of an entry (`GeoRef` of the claim types). */
export function geoRefOf(entry: GazetteerEntry): GeoRef {
  return {
    id: entry.id,
    name: entry.name,
    level: entry.level,
    country: entry.country,
    ...(entry.region !== undefined ? { region: entry.region } : {}),
    ...(entry.lat !== undefined ? { lat: entry.lat } : {}),
    ...(entry.lon !== undefined ? { lon: entry.lon } : {}),
  };
}
