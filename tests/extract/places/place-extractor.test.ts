import { claimsOf, spanOf } from '../people/run-entities.js';

describe('placeExtractor', () => {
  test('a city from the gazetteer with its enclosing region and country, innermost first', () => {
    const text = 'The festival moved to San Francisco this year.';
    const [place] = claimsOf('place', text);
    expect(place!.text).toBe('San Francisco');
    expect(place!.span).toEqual(spanOf(text, 'San Francisco'));
    expect(place!.value.geo).toMatchObject({ id: 'US-CA:San Francisco', level: 'city', country: 'US', region: 'US-CA' });
    expect(place!.value.containedIn).toEqual(['US-CA', 'US']);
    expect(place!.certainty).toMatchObject({ name: 'stated', geo: 'implied', containedIn: 'implied' });
  });

  test('a region or country named after a town decides between places of one name', () => {
    const text = 'The old mill in Paris, Texas, closed in March.';
    const [place] = claimsOf('place', text);
    expect(place!.text).toBe('Paris');
    expect(place!.value.geo?.id).toBe('US-TX:Paris');
    expect(place!.certainty.containedIn).toBe('stated');
  });

  test('countries and provinces are places; a province word selects the region', () => {
    const text = 'Aid reached Iran on Sunday, and trucks crossed Kerman province by night.';
    const places = claimsOf('place', text);
    expect(places.map((claim) => [claim.text, claim.value.geo?.id, claim.value.containedIn])).toEqual([
      ['Iran', 'IR', []],
      ['Kerman', 'IR-08', ['IR']],
    ]);
  });

  test('places the gazetteer lacks are kept when the context says place, without geo', () => {
    const text = 'Rescuers reached the village of Dorvani at dawn. The worst-hit hamlets were Ostrava Nova, Keltemir and Vashkar.';
    const places = claimsOf('place', text);
    expect(places.map((claim) => claim.text)).toEqual(['Dorvani', 'Ostrava Nova', 'Keltemir', 'Vashkar']);
    expect(places[0]!.span).toEqual(spanOf(text, 'Dorvani'));
    expect(places[0]!.value).toEqual({ name: 'Dorvani', containedIn: [] });
  });

  test('a name located by a distance is a place; a bare "in X" with an unknown name is not', () => {
    const text = 'The tremor was centred in Dorvani, about 20 miles north of Tehran. The flaw was fixed in Quillbrook before launch.';
    expect(claimsOf('place', text).filter((claim) => !claim.value.relative).map((claim) => claim.text)).toEqual(['Dorvani', 'Tehran']);
  });

  test('a list after "the villages were" is a list of places', () => {
    const text = 'The most damaged villages were Dorvani, Keltemir and Vashkar, the governor said.';
    expect(claimsOf('place', text).map((claim) => claim.text)).toEqual(['Dorvani', 'Keltemir', 'Vashkar']);
  });

  test('an island named after its town lies in the same region; the island itself gets no geo', () => {
    const text = 'Ferries to Qeshm island were suspended.';
    const [place] = claimsOf('place', text);
    expect(place!.text).toBe('Qeshm');
    expect(place!.value.geo).toBeUndefined();
    expect(place!.value.containedIn).toEqual(['IR-22', 'IR']);
  });

  test('an abbreviated country is a place where it stands as a noun ("in the US,"), not as a modifier', () => {
    const text = 'Sales fell in the US, and US officials blamed the weather.';
    const places = claimsOf('place', text);
    expect(places.map((claim) => [claim.text, claim.value.geo?.id])).toEqual([['US', 'US']]);
    expect(places[0]!.span).toEqual(spanOf(text, 'US'));
  });

  test('nationality adjectives and attributive abbreviations make no place claims', () => {
    const text = 'Iranian rescuers and US officials met Chinese engineers at the site.';
    expect(claimsOf('place', text)).toEqual([]);
  });

  test('continents and directional parts of a region are places with containment but no gazetteer entry', () => {
    const text = 'Shaking was felt across Northern California and as far as Central Asia.';
    const places = claimsOf('place', text);
    expect(places.map((claim) => [claim.text, claim.value.containedIn])).toEqual([
      ['Northern California', ['US-CA', 'US']],
      ['Central Asia', []],
    ]);
  });
});
