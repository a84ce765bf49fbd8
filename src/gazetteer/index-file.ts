import type { CountryInfo, GazetteerEntry } from './entry.js';
import { hashKey } from './fold.js';

/**
 * The compact gazetteer index: one file, read whole in a few milliseconds and never parsed whole.
 *
 *   "CGZ" + format byte | u32 header length | header JSON | u32 bucket offsets (buckets + 1) | body
 *
 * The body holds one line per (lookup key, entry), grouped by `hashKey(key) % buckets`; a lookup
 * decodes only its bucket (a handful of lines). The header carries the country facts (names,
 * demonyms) and the source package versions.
 */

// Bump when the format or the way entries are derived changes: the cache key includes it.
export const INDEX_FORMAT = 2;
const MAGIC = [0x43, 0x47, 0x5a, 1];
const BUCKETS = 1 << 16;

export interface IndexHeader {
  format: number;
  versions: Record<string, string>;
  buckets: number;
  countries: CountryInfo[];
}

const LEVEL_CODE = { country: 'c', region: 'r', city: 't' } as const;
const LEVEL_OF: Record<string, GazetteerEntry['level']> = { c: 'country', r: 'region', t: 'city' };

function lineOf(key: string, entry: GazetteerEntry): string {
  const clean = (text: string) => text.replace(/[\t\n]/gu, ' ');
  return [
    key,
    clean(entry.id),
    clean(entry.name),
    LEVEL_CODE[entry.level],
    entry.country,
    entry.region ?? '',
    entry.lat ?? '',
    entry.lon ?? '',
    entry.population,
    entry.capital ? '1' : '',
  ].join('\t');
}

function entryOf(fields: string[]): GazetteerEntry {
  const [, id, name, level, country, region, lat, lon, population, capital] = fields;
  return {
    id: id!,
    name: name!,
    level: LEVEL_OF[level!]!,
    country: country!,
    ...(region ? { region } : {}),
    ...(lat ? { lat: Number(lat) } : {}),
    ...(lon ? { lon: Number(lon) } : {}),
    population: Number(population),
    capital: capital === '1',
  };
}

/** Serialises keyed entries. `keyed` pairs a folded lookup key with an entry; order is preserved per bucket. */
export function writeIndex(header: Omit<IndexHeader, 'format' | 'buckets'>, keyed: ReadonlyArray<[string, GazetteerEntry]>): Buffer {
  const buckets: string[][] = Array.from({ length: BUCKETS }, () => []);
  for (const [key, entry] of keyed) buckets[hashKey(key) % BUCKETS]!.push(lineOf(key, entry));
  const bodies = buckets.map((lines) => Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'));
  const offsets = Buffer.alloc((BUCKETS + 1) * 4);
  let position = 0;
  bodies.forEach((body, i) => {
    offsets.writeUInt32LE(position, i * 4);
    position += body.length;
  });
  offsets.writeUInt32LE(position, BUCKETS * 4);
  const headerJson = Buffer.from(JSON.stringify({ format: INDEX_FORMAT, buckets: BUCKETS, ...header }), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.set(MAGIC, 0);
  prefix.writeUInt32LE(headerJson.length, 4);
  return Buffer.concat([prefix, headerJson, offsets, ...bodies]);
}

/** Read access to an index held in memory. */
export class GazetteerIndex {
  readonly header: IndexHeader;
  private readonly offsets: number;
  private readonly body: number;

  constructor(private readonly data: Buffer) {
    if (data.length < 8 || MAGIC.some((byte, i) => data[i] !== byte)) throw new Error('not a gazetteer index of this format');
    const headerLength = data.readUInt32LE(4);
    this.header = JSON.parse(data.toString('utf8', 8, 8 + headerLength)) as IndexHeader;
    this.offsets = 8 + headerLength;
    this.body = this.offsets + (this.header.buckets + 1) * 4;
  }

  /** Entries filed under a folded key, in index order. */
  lookup(key: string): GazetteerEntry[] {
    const bucket = hashKey(key) % this.header.buckets;
    const start = this.data.readUInt32LE(this.offsets + bucket * 4);
    const end = this.data.readUInt32LE(this.offsets + (bucket + 1) * 4);
    if (start === end) return [];
    const prefix = `${key}\t`;
    const found: GazetteerEntry[] = [];
    for (const line of this.data.toString('utf8', this.body + start, this.body + end).split('\n')) {
      if (line.startsWith(prefix)) found.push(entryOf(line.split('\t')));
    }
    return found;
  }
}
