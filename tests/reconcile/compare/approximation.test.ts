import type { QuantityValue } from '../../../src/types.js';
import { compareQuantities, rangeOf } from '../../../src/reconcile/compare/approximation.js';

const count = (amount: number, qualifier: QuantityValue['qualifier'] = 'exactly', extra: Partial<QuantityValue> = {}): QuantityValue => ({
  amount,
  unit: 'people',
  dimension: 'count',
  qualifier,
  counted: 'killed',
  ...extra,
});

describe('approximation', () => {
  test('"at least 10" vs 9 conflicts, vs 12 agrees', () => {
    expect(compareQuantities(count(10, 'at-least'), count(9)).relation).toBe('different');
    expect(compareQuantities(count(10, 'at-least'), count(12)).relation).toBe('compatible');
  });

  test('"three or four" vs "four" agrees', () => {
    expect(compareQuantities(count(3, 'range', { low: 3, high: 4 }), count(4)).relation).toBe('compatible');
  });

  test('"nearly five years" vs 4 years 8 months agrees; vs 3 years does not', () => {
    const nearlyFive: QuantityValue = { amount: 5, unit: 'years', dimension: 'duration', qualifier: 'nearly' };
    expect(compareQuantities(nearlyFive, { amount: 4 + 8 / 12, unit: 'years', dimension: 'duration', qualifier: 'exactly' }).relation).toBe('compatible');
    expect(compareQuantities(nearlyFive, { amount: 3, unit: 'years', dimension: 'duration', qualifier: 'exactly' }).relation).toBe('different');
  });

  test('"about 40" fits 42 but not 30; "more than 40" excludes 40', () => {
    expect(compareQuantities(count(40, 'about'), count(42)).relation).toBe('compatible');
    expect(compareQuantities(count(40, 'about'), count(30)).relation).toBe('different');
    expect(compareQuantities(count(40, 'more-than'), count(40)).relation).toBe('different');
  });

  test('exact counts must be equal; magnitudes "about 6.0" fit 5.9 and 6.1', () => {
    expect(compareQuantities(count(7), count(7)).relation).toBe('same');
    expect(compareQuantities(count(7), count(6)).relation).toBe('different');
    const magnitude = (amount: number, qualifier: QuantityValue['qualifier'] = 'exactly'): QuantityValue => ({ amount, unit: 'magnitude', dimension: 'magnitude', qualifier });
    expect(compareQuantities(magnitude(6.0, 'about'), magnitude(5.9)).relation).toBe('compatible');
    expect(compareQuantities(magnitude(6.0, 'about'), magnitude(6.1)).relation).toBe('compatible');
    expect(compareQuantities(magnitude(5.9), magnitude(6.1)).relation).toBe('different');
  });

  test('ranges use the normalised unit', () => {
    const miles: QuantityValue = { amount: 25, unit: 'mi', dimension: 'length', qualifier: 'exactly', normalized: { amount: 40.23, unit: 'km' } };
    expect(rangeOf(miles).low).toBeCloseTo(39.02, 1);
    expect(compareQuantities(miles, { amount: 40, unit: 'km', dimension: 'length', qualifier: 'exactly', normalized: { amount: 40, unit: 'km' } }).relation).toBe('compatible');
  });
});
