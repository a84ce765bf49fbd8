import type { Claim } from '../../../src/types.js';
import { claimsOf, spanOf } from '../people/run-entities.js';

function relativeClaims(text: string): Claim<'place'>[] {
  return claimsOf('place', text).filter((claim) => claim.value.relative !== undefined);
}

describe('relative locations', () => {
  test('distance, bearing and reference, with the distance in kilometres and the reference resolved', () => {
    const text = 'The tremor was centred 30 kilometres (19 miles) west of Tehran, officials said.';
    const [claim, ...rest] = relativeClaims(text);
    expect(rest).toEqual([]);
    expect(claim!.text).toBe('30 kilometres (19 miles) west of Tehran');
    expect(claim!.span).toEqual(spanOf(text, '30 kilometres (19 miles) west of Tehran'));
    expect(claim!.value.name).toBe('Tehran');
    expect(claim!.value.relative).toMatchObject({
      distance: { amount: 30, unit: 'km', km: 30 },
      bearing: 'W',
      reference: 'Tehran',
      referenceGeo: { id: 'IR-23:Tehran' },
    });
  });

  test('a qualifier, a compound bearing and miles converted to kilometres', () => {
    const text = 'The quake struck about 12 miles north-northeast of Tehran before dawn.';
    const [claim] = relativeClaims(text);
    expect(claim!.text).toBe('about 12 miles north-northeast of Tehran');
    expect(claim!.value.relative!.distance).toEqual({ amount: 12, unit: 'mi', km: 19.312, qualifier: 'about' });
    expect(claim!.value.relative!.bearing).toBe('NNE');
  });

  test('numbers in words, a description as reference, and "from" without a bearing', () => {
    const text = 'Smoke was seen twenty-two miles from the town, and the camp lay some 8 km from Dorvani.';
    const claims = relativeClaims(text);
    expect(claims.map((claim) => claim.text)).toEqual(['twenty-two miles from the town', 'some 8 km from Dorvani']);
    expect(claims[0]!.value.relative).toEqual({ distance: { amount: 22, unit: 'mi', km: 35.406 }, reference: 'the town' });
    expect(claims[1]!.value.relative).toMatchObject({ distance: { amount: 8, unit: 'km', km: 8, qualifier: 'about' }, reference: 'Dorvani' });
    expect(claims[1]!.value.relative!.bearing).toBeUndefined();
  });

  test('"within … of" is an upper bound; "the country\'s capital, X" names X', () => {
    const text = 'A rocket fell within 15 miles of Haifa. The island lies about 900 km east of the country\'s capital, Jakarta.';
    const claims = relativeClaims(text);
    expect(claims.map((claim) => [claim.value.relative!.reference, claim.value.relative!.distance.qualifier])).toEqual([
      ['Haifa', 'up-to'],
      ['Jakarta', 'about'],
    ]);
    expect(claims[1]!.text).toBe("about 900 km east of the country's capital, Jakarta");
  });

  test('a misspelt "mils" before a bearing is read as miles and marked as implied', () => {
    const text = 'It began eighteen mils south of Tehran.';
    const [claim] = relativeClaims(text);
    expect(claim!.value.relative!.distance).toEqual({ amount: 18, unit: 'mi', km: 28.968 });
    expect(claim!.certainty.unit).toBe('implied');
  });

  test('extents and depths are not relative locations', () => {
    const text = 'Waves hit 20 miles of coastline, and the fault lies 10 km below the surface of the region.';
    expect(relativeClaims(text)).toEqual([]);
  });
});
