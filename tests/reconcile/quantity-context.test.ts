import { isSuperseded, sentenceAround, subEventOf } from '../../src/reconcile/quantity-context.js';
import type { QuantityValue } from '../../src/types.js';
import { claimOn, makeArticle } from '../helpers/claims.js';

const count = (amount: number, counted: string, dimension: QuantityValue['dimension'] = 'count'): QuantityValue => ({ amount, unit: 'people', dimension, qualifier: 'exactly', counted });

describe('the sentence context of a quantity', () => {
  test('the sentence around a number does not stop at a decimal point', () => {
    const article = makeArticle('a', 'It rained. A tremor of magnitude 4.8 hit 30 km away. Then calm.');
    const claim = claimOn(article, 'quantity', '30 km', count(30, 'distance', 'length'));
    expect(sentenceAround(article, claim)).toBe(' A tremor of magnitude 4.8 hit 30 km away');
  });

  test('"an earlier toll of four" and "up from 12" are superseded figures', () => {
    const article = makeArticle('a', 'Nine died, raising an earlier toll of four. The count stood at 20, up from 12.');
    expect(isSuperseded(article, claimOn(article, 'quantity', 'four', count(4, 'killed')))).toBe(true);
    expect(isSuperseded(article, claimOn(article, 'quantity', '12', count(12, 'killed')))).toBe(true);
    expect(isSuperseded(article, claimOn(article, 'quantity', 'Nine', count(9, 'killed')))).toBe(false);
  });

  test('numbers of an aftershock belong to it; a toll of the main quake told beside aftershocks does not', () => {
    const article = makeArticle('a', 'The largest aftershock, of magnitude 5.1, struck 20 km east of the port. Aftershocks rattled the town after Friday\'s magnitude 6.8 quake, which killed 12 people.');
    expect(subEventOf(article, claimOn(article, 'quantity', '20 km', count(20, 'distance', 'length')))).toBe('aftershock');
    expect(subEventOf(article, claimOn(article, 'quantity', 'magnitude 6.8', count(6.8, 'magnitude', 'magnitude')))).toBeUndefined();
    expect(subEventOf(article, claimOn(article, 'quantity', '12 people', count(12, 'killed')))).toBeUndefined();
    expect(subEventOf(article, claimOn(article, 'quantity', 'Aftershocks', count(2, 'aftershocks')))).toBeUndefined();
  });
});
