import type { Claim } from '../../../src/types.js';
import { isWithin } from '../../../src/gazetteer/index.js';
import { runExtract } from '../../../src/pipeline.js';
import { describeWithShared, sharedPath } from '../../helpers/shared.js';

async function placesOf(corpus: string): Promise<Claim<'place'>[]> {
  const { result } = await runExtract([sharedPath('corpus', corpus)], { kinds: ['place'] });
  return result.claims.filter((claim): claim is Claim<'place'> => claim.kind === 'place');
}

describeWithShared('places on ../shared/corpus', () => {
  test('qeshm-quake-2005: Bandar Abbas is a place inside Iran', async () => {
    const bandarAbbas = (await placesOf('qeshm-quake-2005')).filter((claim) => claim.text === 'Bandar Abbas');
    expect(bandarAbbas.length).toBeGreaterThanOrEqual(4);
    for (const claim of bandarAbbas) {
      expect(claim.value.containedIn).toContain('IR');
      expect(isWithin(claim.value.geo!.id, 'IR')).toBe(true);
    }
  });

  test('geysers-quake-2013: relative locations with distances, bearings and references', async () => {
    const relative = (await placesOf('geysers-quake-2013')).filter((claim) => claim.value.relative);
    expect(relative.length).toBeGreaterThanOrEqual(10);
    const find = (article: string, reference: string, km: number) =>
      relative.find((claim) => claim.article === article && claim.value.relative!.reference === reference && Math.abs(claim.value.relative!.distance.km - km) < 0.5);
    expect(find('38_1ecbplus', 'Healdsburg', 22.5)?.value.relative).toMatchObject({ bearing: 'NNE', distance: { unit: 'mi', qualifier: 'about' } });
    expect(find('38_7ecbplus', 'Santa Rosa', 32.2)?.value.relative).toMatchObject({ bearing: 'N', referenceGeo: { id: 'US-CA:Santa Rosa' } });
    expect(find('38_8ecbplus', 'Santa Rosa', 41.8)?.value.relative!.bearing).toBe('N');
  });

  test('blinken: San Francisco lies in California, Shanghai in China', async () => {
    const places = await placesOf('blinken');
    const sanFrancisco = places.find((claim) => claim.text === 'San Francisco')!;
    expect(sanFrancisco.value.containedIn).toEqual(['US-CA', 'US']);
    const shanghai = places.filter((claim) => claim.text === 'Shanghai');
    expect(shanghai.length).toBeGreaterThanOrEqual(4);
    expect(shanghai.every((claim) => claim.value.containedIn.includes('CN'))).toBe(true);
  });
});
