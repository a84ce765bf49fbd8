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
