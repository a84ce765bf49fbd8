import { containmentOf, gazetteer, isWithin } from '../../../src/gazetteer/index.js';

describe('containment', () => {
  test('ids carry their enclosing places, innermost first', () => {
    expect(containmentOf('US-CA:San Francisco')).toEqual(['US-CA', 'US']);
    expect(containmentOf('US-CA')).toEqual(['US']);
    expect(containmentOf('US')).toEqual([]);
    expect(containmentOf('IR:Somewhere')).toEqual(['IR']);
  });

  test('isWithin is strict containment on ids', () => {
    expect(isWithin('US-CA:San Francisco', 'US-CA')).toBe(true);
    expect(isWithin('US-CA:San Francisco', 'US')).toBe(true);
    expect(isWithin('US-CA', 'US')).toBe(true);
    expect(isWithin('US', 'US-CA')).toBe(false);
    expect(isWithin('US-CA', 'US-CA')).toBe(false);
    expect(isWithin('US-NV:Reno', 'US-CA')).toBe(false);
  });

  test('the gazetteer files well-known places under their regions and countries', () => {
    const places = gazetteer();
    const top = (name: string) => [...places.lookup(name)].sort((a, b) => b.population - a.population)[0]!.id;
    expect(isWithin(top('San Francisco'), 'US-CA')).toBe(true);
    expect(isWithin(top('Shanghai'), 'CN')).toBe(true);
    expect(isWithin(top('Bandar Abbas'), 'IR')).toBe(true);
    expect(places.lookup('California').some((entry) => entry.id === 'US-CA' && entry.level === 'region')).toBe(true);
  });

  test('nationality adjectives and newsroom country names map to countries', () => {
    const places = gazetteer();
    expect(places.countryOfDemonym('Chinese')).toBe('CN');
    expect(places.countryOfDemonym('Iranian')).toBe('IR');
    expect(places.countryOfDemonym('U.S.')).toBe('US');
    expect(places.lookup('UAE').map((entry) => entry.id)).toContain('AE');
    expect(places.regionOfAbbreviation('Calif.')).toBe('US-CA');
  });
});
