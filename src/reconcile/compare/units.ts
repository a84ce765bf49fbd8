import type { QuantityValue } from '../../types.js';
import type { ComparisonMeta } from './comparison.js';

export const unitsMeta: ComparisonMeta = {
  id: 'units',
  description:
    'Values in different units are compared in one unit: lengths in km, temperatures in °C, durations in seconds ' +
    '(normalised by the extractor). Money in two currencies is converted with the article\'s own stated ' +
    'equivalence ("85 million euros ($108 million)") when there is one, else with a documented reference rate ' +
    'and a wide tolerance, since rates move.',
};

/**
 * Reference rates to US dollars. Deliberately rough (multi-year averages): the comparison widens the range by
 * `RATE_TOLERANCE`, so they only tell "about the same amount" from "a different amount".
 */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.1,
  GBP: 1.27,
  JPY: 0.0075,
  CNY: 0.14,
  CAD: 0.75,
  AUD: 0.68,
  CHF: 1.08,
  INR: 0.012,
  RUB: 0.012,
  IRR: 0.000024,
};

export const RATE_TOLERANCE = 0.2;

/** The value in its normalised unit. */
function normalised(value: QuantityValue): { amount: number; unit: string; low?: number; high?: number } {
  if (!value.normalized) return { amount: value.amount, unit: value.unit, ...(value.low !== undefined ? { low: value.low } : {}), ...(value.high !== undefined ? { high: value.high } : {}) };
  const scale = value.amount === 0 ? 1 : value.normalized.amount / value.amount;
  return {
    amount: value.normalized.amount,
    unit: value.normalized.unit,
    ...(value.low !== undefined ? { low: value.low * scale } : {}),
    ...(value.high !== undefined ? { high: value.high * scale } : {}),
  };
}

export interface CommonUnits {
  a: QuantityValue;
  b: QuantityValue;
  /** How the units were reconciled, for the explanation; empty when they were already the same. */
  note: string;
}

function scaled(value: QuantityValue, factor: number, unit: string, qualifier?: QuantityValue['qualifier']): QuantityValue {
  const base = normalised(value);
  const { normalized: _dropped, ...rest } = value;
  return {
    ...rest,
    amount: base.amount * factor,
    ...(base.low !== undefined ? { low: base.low * factor } : {}),
    ...(base.high !== undefined ? { high: base.high * factor } : {}),
    unit,
    qualifier: qualifier ?? value.qualifier,
  };
}

/**
 * Puts two quantities in one unit, or returns undefined when they measure different things
 * (a count of people and a sum of money are never compared).
 */
export function toCommonUnits(a: QuantityValue, b: QuantityValue): CommonUnits | undefined {
  if (a.dimension !== b.dimension) return undefined;
  const na = normalised(a);
  const nb = normalised(b);
  if (na.unit === nb.unit) return { a: scaled(a, 1, na.unit), b: scaled(b, 1, nb.unit), note: '' };
  if (a.dimension !== 'money') return undefined;
  // The article's own equivalence beats any reference rate.
  for (const [from, to, flip] of [[a, b, false], [b, a, true]] as const) {
    const equivalent = from.equivalent;
    if (equivalent && equivalent.unit === normalised(to).unit) {
      const factor = equivalent.amount / from.amount;
      const converted = scaled(from, factor, equivalent.unit);
      const note = `converted with the article's own equivalence (${from.amount} ${normalised(from).unit} = ${equivalent.amount} ${equivalent.unit})`;
      const other = scaled(to, 1, equivalent.unit);
      return flip ? { a: other, b: converted, note } : { a: converted, b: other, note };
    }
  }
  const rateA = USD_PER_UNIT[na.unit];
  const rateB = USD_PER_UNIT[nb.unit];
  if (rateA === undefined || rateB === undefined) return undefined;
  // A reference rate is only approximate: both sides become "about" values with the rate tolerance.
  const approx = (value: QuantityValue, rate: number): QuantityValue => {
    const inUsd = scaled(value, rate, 'USD');
    const amount = inUsd.amount;
    const low = (inUsd.low ?? amount) * (1 - RATE_TOLERANCE);
    const high = (inUsd.high ?? amount) * (1 + RATE_TOLERANCE);
    return { ...inUsd, low, high, qualifier: 'range' };
  };
  return {
    a: approx(a, rateA),
    b: approx(b, rateB),
    note: `converted to USD at reference rates (1 ${na.unit} ≈ ${rateA} USD, 1 ${nb.unit} ≈ ${rateB} USD, ±${RATE_TOLERANCE * 100} %)`,
  };
}
