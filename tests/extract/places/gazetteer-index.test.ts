import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GazetteerEntry } from '../../../src/gazetteer/entry.js';
import { foldPlaceName, hashKey } from '../../../src/gazetteer/fold.js';
import { GazetteerIndex, writeIndex } from '../../../src/gazetteer/index-file.js';

const entry = (id: string, name: string, level: GazetteerEntry['level'], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  id,
  name,
  level,
  country: id.slice(0, 2),
  population: 0,
  capital: false,
  ...extra,
});

describe('gazetteer index file', () => {
  test('names fold to one key whatever their accents, case, dots and saint abbreviations', () => {
    expect(foldPlaceName('São Paulo')).toBe('sao paulo');
    expect(foldPlaceName('St. Louis')).toBe(foldPlaceName('Saint Louis'));
    expect(foldPlaceName('Bandar-Abbas')).toBe('bandar abbas');
    expect(hashKey('qeshm')).toBe(hashKey(foldPlaceName('Qeshm')));
  });

  test('entries written under their keys are read back by key, and only under them', () => {
    const springfield = entry('US-IL:Springfield', 'Springfield', 'city', { region: 'US-IL', lat: 39.8, lon: -89.64, population: 114_000, capital: false });
    const region = entry('US-IL', 'Illinois', 'region');
    const country = entry('FR', 'France', 'country', { population: 68_000_000 });
    const data = writeIndex({ versions: { test: '1' }, countries: [{ code: 'FR', name: 'France', demonyms: ['French'], population: 68_000_000 }] }, [
      ['springfield', springfield],
      ['illinois', region],
      ['france', country],
      ['french republic', country],
    ]);
    const index = new GazetteerIndex(data);
    expect(index.header.versions).toEqual({ test: '1' });
    expect(index.header.countries[0]!.demonyms).toEqual(['French']);
    expect(index.lookup('springfield')).toEqual([springfield]);
    expect(index.lookup('french republic')).toEqual([country]);
    expect(index.lookup('illinois')).toEqual([region]);
    expect(index.lookup('springfiel')).toEqual([]);
  });

  test('a file that is not an index is refused', () => {
    expect(() => new GazetteerIndex(Buffer.from('not an index at all'))).toThrow(/not a gazetteer index/u);
  });
});

describe('gazetteer index read from its file', () => {
  const places = Array.from({ length: 160 }, (_, i) => entry(`XX:Place ${i}`, `Place ${i}`, 'city', { population: i }));
  const data = writeIndex(
    { versions: { test: '1' }, countries: [] },
    places.map((place): [string, GazetteerEntry] => [foldPlaceName(place.name), place]),
  );
  let folder: string;
  let file: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'gazetteer-index-'));
    file = path.join(folder, 'index.bin');
    writeFileSync(file, data);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('answers every lookup as the index in memory does, before and after it reads the whole file', () => {
    const inMemory = new GazetteerIndex(data);
    const onDisk = GazetteerIndex.open(file);
    expect(onDisk.header).toEqual(inMemory.header);
    // Enough lookups to pass the point where the file is read whole, each name several times.
    for (let round = 0; round < 8; round++) {
      for (const place of places) expect(onDisk.lookup(foldPlaceName(place.name))).toEqual(inMemory.lookup(foldPlaceName(place.name)));
    }
    expect(onDisk.lookup('nowhere at all')).toEqual([]);
  });

  test('a truncated file is refused when it is opened', () => {
    const truncated = path.join(folder, 'truncated.bin');
    writeFileSync(truncated, data.subarray(0, data.length - 10));
    expect(() => GazetteerIndex.open(truncated)).toThrow(/not a gazetteer index/u);
  });
});
