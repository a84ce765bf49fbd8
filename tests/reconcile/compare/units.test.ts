import type { QuantityValue } from '../../../src/types.js';
import { compareQuantities } from '../../../src/reconcile/compare/approximation.js';
import { toCommonUnits } from '../../../src/reconcile/compare/units.js';

const money = (amount: number, unit: string, equivalent?: { amount: number; unit: string }): QuantityValue => ({
  amount,
  unit,
  dimension: 'money',
  qualifier: 'exactly',
  normalized: { amount, unit },
  ...(equivalent ? { equivalent } : {}),
});

describe('units and currencies', () => {
  test("the article's own equivalence converts euros to dollars", () => {
    const common = toCommonUnits(money(85e6, 'EUR', { amount: 108e6, unit: 'USD' }), money(108e6, 'USD'))!;
    expect(common.note).toContain("article's own equivalence");
    expect(compareQuantities(common.a, common.b).relation).not.toBe('different');
  });

  test('a reference rate with a tolerance when the article states none', () => {
    const common = toCommonUnits(money(85e6, 'EUR'), money(100e6, 'USD'))!;
    expect(common.note).toContain('reference rates');
    expect(compareQuantities(common.a, common.b).relation).toBe('compatible');
    const far = toCommonUnits(money(85e6, 'EUR'), money(300e6, 'USD'))!;
    expect(compareQuantities(far.a, far.b).relation).toBe('different');
  });

  test('different dimensions are never compared', () => {
    expect(toCommonUnits(money(10, 'USD'), { amount: 10, unit: 'people', dimension: 'count', qualifier: 'exactly' })).toBeUndefined();
  });
});
