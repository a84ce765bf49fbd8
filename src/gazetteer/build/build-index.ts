import { COUNTRY_ALIASES } from '../aliases.js';
import type { GazetteerEntry } from '../entry.js';
import { foldPlaceName } from '../fold.js';
import { writeIndex } from '../index-file.js';
import type { SourceData } from './read-sources.js';

/** The keys an entry is found by: its name, its name without a parenthesis ("Jerusalem (Quds)"), aliases. */
function keysOf(entry: GazetteerEntry): string[] {
  const keys = new Set<string>([foldPlaceName(entry.name)]);
  const bare = entry.name.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
  if (bare !== entry.name && bare !== '') keys.add(foldPlaceName(bare));
  // "Washington, D.C." is "Washington" in running text.
  const folded = foldPlaceName(entry.name);
  if (entry.level === 'city' && folded.endsWith(' dc')) keys.add(folded.slice(0, -3));
  if (entry.level === 'country') for (const alias of COUNTRY_ALIASES[entry.country] ?? []) keys.add(foldPlaceName(alias));
  keys.delete('');
  return [...keys];
}

/**
 * Builds the index file from the source data: one entry per id (the most populous when a region
 * holds two places of one name), each filed under all its keys.
 */
export function buildIndex(source: SourceData): Buffer {
  const byId = new Map<string, GazetteerEntry>();
  for (const entry of source.entries) {
    const existing = byId.get(entry.id);
    if (!existing) {
      byId.set(entry.id, { ...entry });
    } else {
      if (entry.population > existing.population) {
        existing.population = entry.population;
        if (entry.lat !== undefined) existing.lat = entry.lat;
        if (entry.lon !== undefined) existing.lon = entry.lon;
      }
      existing.capital ||= entry.capital;
    }
  }
  const keyed: Array<[string, GazetteerEntry]> = [];
  for (const entry of byId.values()) for (const key of keysOf(entry)) keyed.push([key, entry]);
  return writeIndex({ versions: source.versions, countries: source.countries }, keyed);
}
