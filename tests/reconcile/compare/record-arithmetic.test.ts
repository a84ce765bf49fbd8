import type { RecordValue } from '../../../src/types.js';
import { compareRecords, previousOccurrence } from '../../../src/reconcile/compare/record-arithmetic.js';

const record = (extra: Partial<RecordValue>): RecordValue => ({ superlative: 'first', what: 'visit by a foreign minister', approximate: false, ...extra });

describe('records arithmetic', () => {
  test('"since 2010" ≡ "the first in 14 years" when published in 2024', () => {
    const since = previousOccurrence(record({ previous: { start: '2010-01-01', end: '2011-01-01' } }), '2024-04-26')!;
    const gap = previousOccurrence(record({ gap: 'P14Y' }), '2024-04-26')!;
    expect(compareRecords(since, gap).relation).not.toBe('different');
  });

  test('"nearly five years" fits a previous occurrence 4 years 8 months before', () => {
    const nearly = previousOccurrence(record({ gap: 'P5Y', approximate: true }), '2023-06-18')!;
    expect(compareRecords(nearly, { start: '2018-10-01', end: '2018-11-01' }).relation).not.toBe('different');
    expect(compareRecords(nearly, { start: '2016-01-01', end: '2017-01-01' }).relation).toBe('different');
  });

  test('a gap needs a publication date', () => {
    expect(previousOccurrence(record({ gap: 'P14Y' }), null)).toBeUndefined();
  });
});
