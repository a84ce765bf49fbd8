import { EXTRA_DEMONYMS, US_STATE_ABBREVIATIONS } from './aliases.js';
import type { CountryInfo, GazetteerEntry } from './entry.js';
import { foldPlaceName } from './fold.js';
import type { GazetteerIndex } from './index-file.js';
import { loadIndex } from './load.js';

/** What is known of one spelling of a name: its folded key, and its entries and demonym once asked. */
interface NameFacts {
  key: string;
  entries: readonly GazetteerEntry[] | undefined;
  /** The country it is the adjective of, null when none. */
  demonym: string | null | undefined;
}

/** Name lookups over the cached index, with the country facts the extractors need. */
export class Gazetteer {
  private readonly cache = new Map<string, readonly GazetteerEntry[]>();
  /**
   * Spellings as written → their facts: a name is usually asked both for its places and as a demonym,
   * and one record folds it once and finds it in one table.
   */
  private readonly byName = new Map<string, NameFacts>();
  private readonly countries = new Map<string, CountryInfo>();
  private readonly demonyms = new Map<string, string>();

  constructor(private readonly index: GazetteerIndex) {
    for (const country of index.header.countries) this.countries.set(country.code, country);
    // One adjective may serve several countries ("Congolese", "Chinese"): the most populous wins.
    const byPopulation = [...index.header.countries].sort((a, b) => b.population - a.population || (a.code < b.code ? -1 : 1));
    for (const country of byPopulation) {
      for (const demonym of [...country.demonyms, ...(EXTRA_DEMONYMS[country.code] ?? [])]) {
        const key = foldPlaceName(demonym);
        if (!this.demonyms.has(key)) this.demonyms.set(key, country.code);
      }
    }
    for (const [code, extra] of Object.entries(EXTRA_DEMONYMS)) {
      // Listed extras are unambiguous by construction; they win over a shared source adjective.
      for (const demonym of extra) this.demonyms.set(foldPlaceName(demonym), code);
    }
  }

  /** Every place the name may denote, as the index lists them. */
  lookup(name: string): readonly GazetteerEntry[] {
    // Names recur: skip the folding too when this spelling was seen before.
    const facts = this.factsOf(name);
    return (facts.entries ??= this.lookupFolded(facts.key));
  }

  private factsOf(name: string): NameFacts {
    let facts = this.byName.get(name);
    if (facts === undefined) {
      if (this.byName.size > 100_000) this.byName.clear();
      facts = { key: foldPlaceName(name), entries: undefined, demonym: undefined };
      this.byName.set(name, facts);
    }
    return facts;
  }

  private lookupFolded(key: string): readonly GazetteerEntry[] {
    let found = this.cache.get(key);
    if (!found) {
      found = key === '' ? [] : this.index.lookup(key);
      this.cache.set(key, found);
    }
    return found;
  }

  country(code: string): CountryInfo | undefined {
    return this.countries.get(code);
  }

  /** ISO code of the country an adjective names ("Iranian" → `IR`, "U.S." → `US`). */
  countryOfDemonym(word: string): string | undefined {
    const facts = this.factsOf(word);
    facts.demonym ??= this.demonyms.get(facts.key) ?? null;
    return facts.demonym ?? undefined;
  }

  /** Region id of a US state abbreviation written after a town ("Calif." → `US-CA`). */
  regionOfAbbreviation(word: string): string | undefined {
    const code = US_STATE_ABBREVIATIONS[word];
    return code ? `US-${code}` : undefined;
  }
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer, loaded on first use (a few milliseconds once the index is cached). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(loadIndex());
  return shared;
}
