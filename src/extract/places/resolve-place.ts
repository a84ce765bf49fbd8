import { containmentOf, type GazetteerEntry } from '../../gazetteer/index.js';
import type { PlaceMention } from '../people/mentions.js';
import { REGION_FEATURES } from './lexicon.js';

/** The gazetteer entry chosen for a mention, with how sure the choice is. */
export interface Resolution {
  entry?: GazetteerEntry;
  /** The entry's enclosing ids (or, for a feature named after it, the entry's own region and country). */
  containedIn: string[];
  /** The mention names the entry itself, not something named after it ("Qeshm island" vs the town Qeshm). */
  exact: boolean;
}

const LEVEL_BONUS = { country: 8, region: 5.5, city: 0 } as const;

/** Ids a context entry vouches for: itself and everything that encloses it. */
function anchorsOf(entry: GazetteerEntry): string[] {
  return [entry.id, ...containmentOf(entry.id)];
}

function score(entry: GazetteerEntry, anchors: ReadonlyMap<string, number>, mention: PlaceMention): number {
  let value = Math.log10(entry.population + 1) + LEVEL_BONUS[entry.level];
  if (entry.capital) value += 3;
  // Places of the countries and regions the article is about come first ("Santa Rosa" near "Healdsburg").
  if (anchors.has(entry.country)) value += 2;
  if (entry.region && anchors.has(entry.region)) value += 3;
  if (mention.qualifier && (entry.country === mention.qualifier || containmentOf(entry.id).includes(mention.qualifier))) value += 10;
  if (mention.feature && REGION_FEATURES.has(mention.feature) && entry.level === 'region') value += 10;
  return value;
}

function best(mention: PlaceMention, anchors: ReadonlyMap<string, number>): GazetteerEntry | undefined {
  let chosen: GazetteerEntry | undefined;
  let top = -Infinity;
  for (const entry of mention.candidates) {
    const value = score(entry, anchors, mention);
    if (value > top || (value === top && chosen && entry.id < chosen.id)) {
      top = value;
      chosen = entry;
    }
  }
  return chosen;
}

/** Whether the chosen namesake of a feature is trustworthy: the only candidate, or in a region the article names itself. */
function anchored(entry: GazetteerEntry, mention: PlaceMention, named: ReadonlySet<string>): boolean {
  return mention.candidates.length === 1 || (entry.region !== undefined && named.has(entry.region)) || (entry.level === 'region' && named.has(entry.id));
}

/**
 * Chooses a gazetteer entry for every place mention of an article. Countries, regions and places
 * with a single candidate anchor the article first; then each mention takes its best-scoring
 * candidate (population, level, capital, anchors, qualifier), and the choices anchor in turn.
 */
export function resolvePlaces(mentions: readonly PlaceMention[]): Resolution[] {
  // Regions and countries the article names in words (not only through towns in them).
  const named = new Set<string>();
  for (const mention of mentions) {
    if (mention.qualifier) named.add(mention.qualifier);
    const levels = mention.candidates.filter((entry) => entry.level !== 'city');
    if (levels.length === 1) named.add(levels[0]!.id);
    for (const id of mention.within ?? []) named.add(id);
  }
  const anchors = new Map<string, number>();
  const add = (entry: GazetteerEntry) => {
    for (const id of anchorsOf(entry)) anchors.set(id, (anchors.get(id) ?? 0) + 1);
  };
  for (const mention of mentions) {
    if (mention.qualifier) anchors.set(mention.qualifier, (anchors.get(mention.qualifier) ?? 0) + 1);
    const levels = mention.candidates.filter((entry) => entry.level !== 'city');
    if (mention.candidates.length === 1) add(mention.candidates[0]!);
    else if (levels.length === 1 && levels[0]!.level === 'country') add(levels[0]!);
  }
  for (const mention of mentions) {
    const chosen = best(mention, anchors);
    if (chosen && chosen.level === 'city' && chosen.population >= 100_000) add(chosen);
  }
  return mentions.map((mention) => {
    if (mention.within) return { containedIn: [...mention.within], exact: false };
    const chosen = best(mention, anchors);
    if (!chosen) return { containedIn: mention.qualifier ? [mention.qualifier, ...containmentOf(mention.qualifier)] : [], exact: false };
    const exact = mention.feature === undefined || ['city', 'town', 'village'].includes(mention.feature) || (REGION_FEATURES.has(mention.feature) && chosen.level === 'region');
    if (exact) return { entry: chosen, containedIn: containmentOf(chosen.id), exact };
    // "Qeshm island", "Sonoma County": named after a place, so in the same region, when that place is sure.
    if (!anchored(chosen, mention, named)) return { containedIn: [], exact: false };
    const enclosing = chosen.level === 'city' ? containmentOf(chosen.id) : [chosen.id, ...containmentOf(chosen.id)];
    return { containedIn: enclosing, exact: false };
  });
}
