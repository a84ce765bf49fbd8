import type { PlaceValue } from '../../../src/types.js';
import { comparePlaces } from '../../../src/reconcile/compare/containment.js';

const sanFrancisco: PlaceValue = { name: 'San Francisco', geo: { id: 'US-CA:san-francisco', name: 'San Francisco', level: 'city', country: 'US' }, containedIn: ['US-CA', 'US'] };
const california: PlaceValue = { name: 'California', geo: { id: 'US-CA', name: 'California', level: 'region', country: 'US' }, containedIn: ['US'] };
const shanghai: PlaceValue = { name: 'Shanghai', geo: { id: 'CN-SH:shanghai', name: 'Shanghai', level: 'city', country: 'CN' }, containedIn: ['CN-SH', 'CN'] };
const beijing: PlaceValue = { name: 'Beijing', geo: { id: 'CN-BJ:beijing', name: 'Beijing', level: 'city', country: 'CN' }, containedIn: ['CN-BJ', 'CN'] };

describe('containment', () => {
  test('San Francisco is in California', () => {
    expect(comparePlaces(sanFrancisco, california)).toEqual({ relation: 'compatible', reason: 'San Francisco is in California' });
  });

  test('two cities, neither inside the other, are different places', () => {
    expect(comparePlaces(shanghai, beijing).relation).toBe('different');
  });

  test('a place outside the gazetteer cannot conflict', () => {
    expect(comparePlaces({ name: 'Tonban', containedIn: [] }, beijing).relation).toBe('compatible');
  });
});
