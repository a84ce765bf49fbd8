import type { Claim } from '../../../src/types.js';
import { linkEntitiesAcrossArticles, withLinkedEntities } from '../../../src/extract/people/link-across-articles.js';
import { entityClaims } from './run-entities.js';

function run(texts: Record<string, string>): Claim[] {
  return Object.entries(texts).flatMap(([id, text]) => entityClaims(text, id));
}

describe('linkEntitiesAcrossArticles', () => {
  const claims = run({
    wire: 'Health Minister Katarina Novak opened the clinic on Friday.',
    daily: 'Katharina Novak, the health minister, cut the ribbon. Novak praised the nurses.',
    brief: 'Novak said the clinic would take patients from June, and she thanked the builders.',
  });
  const links = linkEntitiesAcrossArticles(claims);

  test('spellings of one name in different articles get one key, and the spellings stay as evidence', () => {
    const novak = links.entities.find((entity) => entity.kind === 'person')!;
    expect(links.entities.filter((entity) => entity.kind === 'person')).toHaveLength(1);
    expect(novak.articles).toEqual(['brief', 'daily', 'wire']);
    expect(novak.variants).toEqual(['Katarina Novak', 'Katharina Novak']);
    expect(novak.spellings.map((spelling) => [spelling.name, spelling.articles])).toEqual([
      ['Katarina Novak', ['wire']],
      ['Katharina Novak', ['daily']],
    ]);
    for (const claim of claims.filter((c) => c.kind === 'person')) expect(links.keyOf.get(claim.id)).toBe(novak.key);
  });

  test('withLinkedEntities rewrites the entity keys and leaves the names as written', () => {
    const relinked = withLinkedEntities(claims, links).filter((claim): claim is Claim<'person'> => claim.kind === 'person');
    expect(new Set(relinked.map((claim) => claim.value.entity)).size).toBe(1);
    expect(relinked.map((claim) => claim.value.name)).toContain('Katharina Novak');
  });

  test('a surname alone stays apart when two people of the run share it', () => {
    const shared = run({
      one: 'Interior Minister Peter Novak resigned on Monday.',
      two: 'Finance Minister Jana Novak presented the budget.',
      three: 'Novak said nothing about the vote; she left early.',
    });
    const persons = linkEntitiesAcrossArticles(shared).entities.filter((entity) => entity.kind === 'person');
    expect(persons.map((entity) => entity.canonical).sort()).toEqual(['Jana Novak', 'Novak', 'Peter Novak']);
  });

  test('an acronym in one article and the long form in another are one organisation; places link by gazetteer id', () => {
    const mixed = run({
      one: 'The Pacific Tsunami Warning Center lifted the alert for Honolulu.',
      two: 'PTWC said the waves were small, and Honolulu reopened its beaches.',
    });
    const found = linkEntitiesAcrossArticles(mixed).entities;
    const center = found.find((entity) => entity.kind === 'organization')!;
    expect(center).toMatchObject({ canonical: 'Pacific Tsunami Warning Center', articles: ['one', 'two'] });
    const honolulu = found.find((entity) => entity.kind === 'place')!;
    expect(honolulu.articles).toEqual(['one', 'two']);
    expect(honolulu.key).toMatch(/^US-HI:/u);
  });
});
