import type { QuantityValue } from '../../types.js';
import type { Comparison, ComparisonMeta } from './comparison.js';

export const approximationMeta: ComparisonMeta = {
  id: 'approximation',
  description:
    'Qualified numbers stand for ranges: "at least 10" is 10 or more (9 conflicts), "three or four" fits "four", ' +
    '"about 40" fits 42, "nearly five years" fits 4 years 8 months. Two values agree when their ranges overlap.',
};

/** The range of true values a stated number allows, in the value's normalised unit. */
export interface ValueRange {
  low: number;
  high: number;
}

// "about" allows ±10 % for counts and money; magnitudes are stated to a tenth, so ±0.15.
function aboutSlack(value: QuantityValue, amount: number): number {
  if (value.dimension === 'magnitude') return 0.15;
  return Math.max(Math.abs(amount) * 0.1, value.dimension === 'count' ? 1 : 0);
}

// Exact physical measures are rounded when written or converted ("25 miles" ≈ 40.2 km ≈ "40 km").
function exactSlack(value: QuantityValue, amount: number): number {
  if (value.dimension === 'count' || value.dimension === 'percent') return 0;
  if (value.dimension === 'magnitude') return 0.001;
  return Math.abs(amount) * 0.03;
}

/** The range a quantity's words allow, in its normalised unit when it has one. */
export function rangeOf(value: QuantityValue): ValueRange {
  const scale = value.normalized && value.amount !== 0 ? value.normalized.amount / value.amount : 1;
  const amount = value.amount * scale;
  const low = (value.low ?? value.amount) * scale;
  const high = (value.high ?? value.amount) * scale;
  const step = value.dimension === 'count' ? 1 : Math.abs(amount) * 0.001;
  switch (value.qualifier) {
    case 'range':
      return { low: Math.min(low, high), high: Math.max(low, high) };
    case 'about':
      return { low: amount - aboutSlack(value, amount), high: amount + aboutSlack(value, amount) };
    case 'at-least':
      return { low: amount, high: Infinity };
    case 'more-than':
      return { low: amount + step, high: Infinity };
    case 'nearly':
      return { low: amount * 0.85, high: amount };
    case 'less-than':
      return { low: Math.min(0, amount), high: amount - step };
    case 'up-to':
      return { low: Math.min(0, amount), high: amount };
    default:
      return { low: amount - exactSlack(value, amount), high: amount + exactSlack(value, amount) };
  }
}

function describe(value: QuantityValue): string {
  const words: Record<string, string> = {
    about: 'about ',
    'at-least': 'at least ',
    'more-than': 'more than ',
    nearly: 'nearly ',
    'less-than': 'less than ',
    'up-to': 'up to ',
  };
  const amount = value.qualifier === 'range' && value.low !== undefined && value.high !== undefined ? `${value.low}–${value.high}` : String(value.amount);
  return `${words[value.qualifier] ?? ''}${amount}${value.unit && value.unit !== 'people' && value.unit !== 'count' ? ` ${value.unit}` : ''}`;
}

/** Compares two quantities of one slot through the ranges their qualifiers allow. */
export function compareQuantities(a: QuantityValue, b: QuantityValue): Comparison {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  const exact = (v: QuantityValue) => v.qualifier === 'exactly';
  const na = ra.low === ra.high ? ra.low : undefined;
  const nb = rb.low === rb.high ? rb.low : undefined;
  if (exact(a) && exact(b) && na !== undefined && na === nb) return { relation: 'same', reason: `both ${describe(a)}` };
  if (ra.low <= rb.high && rb.low <= ra.high) {
    if (a.qualifier === b.qualifier && a.amount === b.amount && a.unit === b.unit) return { relation: 'same', reason: `both ${describe(a)}` };
    return { relation: 'compatible', reason: `${describe(a)} and ${describe(b)} can both be true` };
  }
  return { relation: 'different', reason: `${describe(a)} and ${describe(b)} cannot both be true` };
}
