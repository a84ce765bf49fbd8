import { claimsOf, spanOf } from './run-entities.js';

describe('organizationExtractor', () => {
  test('names ending in an organisation word, with a category and the country of a leading nationality', () => {
    const text = 'The Japanese Foreign Ministry protested, and the National Weather Service issued a flood watch.';
    const organizations = claimsOf('organization', text);
    expect(organizations.map((claim) => claim.text)).toEqual(['Japanese Foreign Ministry', 'National Weather Service']);
    expect(organizations[0]!.span).toEqual(spanOf(text, 'Japanese Foreign Ministry'));
    expect(organizations[0]!.value).toMatchObject({ category: 'government', country: 'JP', entity: 'org:japanese foreign ministry' });
    expect(organizations[1]!.value).toMatchObject({ name: 'National Weather Service', canonical: 'National Weather Service', category: 'agency' });
  });

  test('an acronym the article defines is linked to its long form', () => {
    const text = 'The Pacific Tsunami Warning Center (PTWC) cancelled its alert. Two hours later PTWC said the sea had calmed.';
    const organizations = claimsOf('organization', text);
    expect(organizations.map((claim) => claim.text)).toEqual(['Pacific Tsunami Warning Center', 'PTWC', 'PTWC']);
    expect(organizations[2]!.span).toEqual(spanOf(text, 'PTWC', 1));
    for (const claim of organizations) {
      expect(claim.value).toMatchObject({ canonical: 'Pacific Tsunami Warning Center', entity: 'org:pacific tsunami warning center', acronym: 'PTWC' });
    }
    expect(organizations[2]!.certainty.canonical).toBe('implied');
  });

  test('an acronym that spells the initials of a name in the article is linked without a definition', () => {
    const text = 'The U.S. Geological Survey measured the tremor overnight. By morning the USGS had revised its figure.';
    const organizations = claimsOf('organization', text);
    expect(organizations.map((claim) => [claim.text, claim.value.canonical])).toEqual([
      ['U.S. Geological Survey', 'U.S. Geological Survey'],
      ['USGS', 'U.S. Geological Survey'],
    ]);
    expect(organizations[1]!.value.entity).toBe('org:us geological survey');
  });

  test('news agencies by the words around them, and groups by the members they name', () => {
    const text = 'The official news agency Kabar reported calm. Later the Akron Daily said that Sendero militants had withdrawn.';
    const organizations = claimsOf('organization', text);
    expect(organizations.map((claim) => [claim.text, claim.value.category ?? null])).toEqual([
      ['Kabar', 'media'],
      ['Akron Daily', 'media'],
      ['Sendero', null],
    ]);
  });

  test('places, nationalities and generic acronyms are not organisations', () => {
    const text = 'Iranian rescuers reached the West Bank with GPS readings from Mexico City. State TV reported the arrival.';
    expect(claimsOf('organization', text)).toEqual([]);
  });
});
