import type { Claim } from '../../../src/types.js';
import { linkEntitiesAcrossArticles } from '../../../src/extract/people/link-across-articles.js';
import { runExtract } from '../../../src/pipeline.js';
import { describeWithShared, sharedPath } from '../../helpers/shared.js';

describeWithShared('people on ../shared/corpus/blinken', () => {
  let claims: Claim[] = [];
  let texts = new Map<string, string>();
  beforeAll(async () => {
    const { result, articles } = await runExtract([sharedPath('corpus', 'blinken')], { kinds: ['person', 'organization', 'place'] });
    claims = result.claims;
    texts = new Map(articles.map((article) => [article.id, article.text]));
  });
  const persons = () => claims.filter((claim): claim is Claim<'person'> => claim.kind === 'person');

  test('every claim quotes its article at its span', () => {
    for (const claim of claims) expect(texts.get(claim.article)!.slice(claim.span.start, claim.span.end)).toBe(claim.text);
  });

  test('"Anthony Blinken" in 003 and "Antony Blinken" in the others are person claims', () => {
    const anthony = persons().filter((claim) => claim.text === 'Anthony Blinken');
    expect(anthony.map((claim) => claim.article)).toEqual(['003_ec83597325ec9882']);
    expect(anthony[0]!.value.mention).toBe('full-name');
    const antony = new Set(persons().filter((claim) => claim.text === 'Antony Blinken').map((claim) => claim.article));
    expect([...antony].sort()).toEqual(['000_4fcb5ff3faa4eda6', '001_28dff3f6ad88ee6d', '003_ec83597325ec9882', '004_642e8637e511a774']);
  });

  test('Blinken, Xi Jinping and Wang Yi are found with their titles', () => {
    const titled = (name: string) => persons().filter((claim) => claim.text === name && claim.certainty.title === 'stated').map((claim) => claim.value.title);
    expect(new Set(titled('Antony Blinken'))).toEqual(new Set(['Secretary of State']));
    expect(titled('Xi Jinping')).toContain('President');
    expect(titled('Wang Yi')).toEqual(['Foreign Minister']);
  });

  test('surnames, honorifics and descriptions link to the full name within each article', () => {
    const blinken = persons().filter((claim) => claim.value.canonical === 'Antony Blinken');
    const mentions = new Set(blinken.map((claim) => claim.value.mention));
    expect(mentions).toEqual(new Set(['full-name', 'surname', 'honorific', 'description']));
    expect(blinken.filter((claim) => claim.value.mention === 'description').map((claim) => claim.text)).toContain('The US diplomat');
  });

  test('across articles all spellings and the surname-only article map to one person, the variant kept as evidence', () => {
    const links = linkEntitiesAcrossArticles(claims);
    const blinken = links.entities.filter((entity) => entity.kind === 'person' && entity.localKeys.some((key) => key.endsWith('blinken')));
    expect(blinken).toHaveLength(1);
    expect(blinken[0]!.articles).toHaveLength(5);
    expect(blinken[0]!.variants).toEqual(['Anthony Blinken', 'Antony Blinken']);
  });
});
