import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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
const NEWLINE = 0x0a;

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
  // Every field present (absent ones undefined), in one order: entries of every kind share one shape.
  return {
    id: id!,
    name: name!,
    level: LEVEL_OF[level!]!,
    country: country!,
    region: region || undefined,
    lat: lat ? Number(lat) : undefined,
    lon: lon ? Number(lon) : undefined,
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

/**
 * Where the index bytes come from: the whole file in memory, or the file on disk read a bucket at a
 * time. A run that checks a handful of articles looks up a few hundred names; reading 13 MB for them
 * (in every worker thread) cost more than the lookups.
 */
interface IndexBytes {
  /** Bytes `[start, end)` of the file. */
  read(start: number, end: number): Buffer;
}

class BytesInMemory implements IndexBytes {
  constructor(private readonly data: Buffer) {}
  read(start: number, end: number): Buffer {
    return this.data.subarray(start, end);
  }
}

// After this many bucket reads from disk, the rest of the file is read in one go: a long run looks up
// tens of thousands of names, and one read of the file is cheaper than that many small ones.
const READS_BEFORE_WHOLE = 1024;

class BytesOnDisk implements IndexBytes {
  private whole: Buffer | undefined;
  private reads = 0;

  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {}

  read(start: number, end: number): Buffer {
    if (this.whole) return this.whole.subarray(start, end);
    if (++this.reads > READS_BEFORE_WHOLE) {
      this.whole = readExactly(this.fd, 0, this.size);
      closeSync(this.fd);
      return this.whole.subarray(start, end);
    }
    return readExactly(this.fd, start, end);
  }
}

function readExactly(fd: number, start: number, end: number): Buffer {
  const buffer = Buffer.allocUnsafe(end - start);
  let done = 0;
  while (done < buffer.length) {
    const count = readSync(fd, buffer, done, buffer.length - done, start + done);
    if (count === 0) throw new Error('the gazetteer index file is shorter than its header says');
    done += count;
  }
  return buffer;
}

/** Read access to an index, in memory or on disk. */
export class GazetteerIndex {
  readonly header: IndexHeader;
  /** The bucket offset table (`buckets + 1` little-endian u32), kept in memory. */
  private readonly offsets: Buffer;
  private readonly body: number;
  private readonly bytes: IndexBytes;

  /** An index held in memory (the bytes `writeIndex` returns, or a file read whole), or bytes read on demand. */
  constructor(source: Buffer | { bytes: IndexBytes; size: number }) {
    this.bytes = Buffer.isBuffer(source) ? new BytesInMemory(source) : source.bytes;
    const length = Buffer.isBuffer(source) ? source.length : source.size;
    const prefix = length >= 8 ? this.bytes.read(0, 8) : Buffer.alloc(0);
    if (prefix.length < 8 || MAGIC.some((byte, i) => prefix[i] !== byte)) throw new Error('not a gazetteer index of this format');
    const headerLength = prefix.readUInt32LE(4);
    if (8 + headerLength > length) throw new Error('not a gazetteer index of this format');
    this.header = JSON.parse(this.bytes.read(8, 8 + headerLength).toString('utf8')) as IndexHeader;
    const offsetsStart = 8 + headerLength;
    this.body = offsetsStart + (this.header.buckets + 1) * 4;
    if (this.body > length) throw new Error('not a gazetteer index of this format');
    this.offsets = this.bytes.read(offsetsStart, this.body);
    // A truncated or padded file is refused now rather than misread at some later lookup.
    if (this.body + this.offsets.readUInt32LE(this.header.buckets * 4) !== length) throw new Error('not a gazetteer index of this format');
  }

  /**
   * Opens an index file and reads only its header and bucket table; buckets are read when a lookup
   * needs them. Throws when the file is missing or not an index.
   */
  static open(file: string): GazetteerIndex {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      return new GazetteerIndex({ bytes: new BytesOnDisk(fd, size), size });
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** Entries filed under a folded key, in index order. */
  lookup(key: string): GazetteerEntry[] {
    const bucket = hashKey(key) % this.header.buckets;
    const start = this.offsets.readUInt32LE(bucket * 4);
    const end = this.offsets.readUInt32LE((bucket + 1) * 4);
    if (start === end) return [];
    const prefix = `${key}\t`;
    const found: GazetteerEntry[] = [];
    const bytes = this.bytes.read(this.body + start, this.body + end);
    // The key is searched in the bucket's bytes and only the lines filed under it are decoded: most
    // names looked up are no place at all, and their buckets are never turned into text. UTF-8 keeps
    // prefixes, and a newline byte is only ever a newline, so a match at a line start is that line's key.
    for (let at = bytes.indexOf(prefix); at !== -1; ) {
      const stop = bytes.indexOf(NEWLINE, at);
      const lineEnd = stop === -1 ? bytes.length : stop;
      if (at === 0 || bytes[at - 1] === NEWLINE) found.push(entryOf(bytes.toString('utf8', at, lineEnd).split('\t')));
      at = stop === -1 ? -1 : bytes.indexOf(prefix, stop + 1);
    }
    return found;
  }
}
