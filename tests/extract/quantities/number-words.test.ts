import { parseNumber } from '../../../src/extract/quantities/number-words.js';

describe('parseNumber', () => {
  test('digits, with and without thousands separators', () => {
    expect(parseNumber('1,300')).toEqual({ value: 1300, vague: false, digits: true });
    expect(parseNumber('5.9')).toEqual({ value: 5.9, vague: false, digits: true });
    expect(parseNumber(' 12 ')).toEqual({ value: 12, vague: false, digits: true });
  });

  test('vague amounts in any case (the long s read as "s"), and words that are none', () => {
    expect(parseNumber('Tens of Thousands')).toEqual({ value: 20_000, low: 20_000, high: 99_999, vague: true, digits: false });
    expect(parseNumber('a few hundred')).toEqual({ value: 300, low: 300, high: 999, vague: true, digits: false });
    expect(parseNumber('DOZENS')).toEqual({ value: 24, low: 24, high: 99, vague: true, digits: false });
    expect(parseNumber('thouſands')).toEqual({ value: 2_000, low: 2_000, high: 9_999, vague: true, digits: false });
    expect(parseNumber('several million')).toEqual({ value: 3_000_000, low: 3_000_000, high: 9_999_999, vague: true, digits: false });
    expect(parseNumber('seven')).toEqual({ value: 7, vague: false, digits: false });
    expect(parseNumber('two hundred')).toEqual({ value: 200, vague: false, digits: false });
    expect(parseNumber('half a million')).toEqual({ value: 500_000, vague: false, digits: false });
  });
});
