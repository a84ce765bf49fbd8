import { loadArticles } from '../../../src/ingest/load-articles.js';
import { extractClaims } from '../../../src/pipeline.js';
import type { Claim } from '../../../src/types.js';
import { describeWithShared, sharedPath } from '../../helpers/shared.js';

async function claimsIn(folder: string): Promise<Claim[]> {
  const { articles } = await loadArticles([sharedPath('corpus', folder)]);
  return extractClaims(articles, ['quantity', 'quote']);
}

const quantitiesOf = (claims: Claim[], article: string) =>
  claims.filter((claim): claim is Claim<'quantity'> => claim.kind === 'quantity' && claim.article === article);

describeWithShared('quantities on the Qeshm corpus', () => {
  let claims: Claim[] = [];
  beforeAll(async () => {
    claims = await claimsIn('qeshm-quake-2005');
  });

  test('5.9 and 6.1 in one sentence, each with the agency it is attributed to', () => {
    const magnitudes = quantitiesOf(claims, '20_11ecbplus').filter((claim) => claim.value.dimension === 'magnitude' && claim.value.speaker);
    const bySpeaker = magnitudes.map((claim) => [claim.value.amount, claim.value.speaker]);
    expect(bySpeaker).toEqual(expect.arrayContaining([
      [5.9, expect.stringMatching(/seismologic center/u)],
      [6.1, expect.stringMatching(/Geological Survey/u)],
    ]));
  });

  test('the magnitudes of every article, with qualifiers', () => {
    const magnitude = (article: string) => quantitiesOf(claims, article).filter((claim) => claim.value.dimension === 'magnitude').map((claim) => [claim.value.amount, claim.value.qualifier]);
    expect(magnitude('20_6ecbplus')).toContainEqual([5.9, 'exactly']);
    expect(magnitude('20_1ecbplus')).toContainEqual([6.1, 'exactly']);
    expect(magnitude('20_7ecbplus')).toContainEqual([5.9, 'at-least']);
    expect(magnitude('20_4ecbplus')).toContainEqual([6, 'about']);
    const irna = quantitiesOf(claims, '20_8ecbplus').find((claim) => claim.value.dimension === 'magnitude' && claim.value.amount === 5.9);
    expect(irna?.value.speaker).toMatch(/IRNA.*Geological Survey/u);
  });

  test('death and injury tolls with their qualifiers', () => {
    const tolls = (article: string, counted: string) =>
      quantitiesOf(claims, article).filter((claim) => claim.value.counted === counted).map((claim) => [claim.value.amount, claim.value.qualifier]);
    expect(tolls('20_6ecbplus', 'killed')).toContainEqual([3, 'at-least']);
    expect(tolls('20_7ecbplus', 'killed')).toContainEqual([10, 'at-least']);
    expect(tolls('20_8ecbplus', 'killed')).toContainEqual([10, 'exactly']);
    expect(tolls('20_8ecbplus', 'injured')).toContainEqual([80, 'exactly']);
    expect(tolls('20_11ecbplus', 'injured')).toContainEqual([50, 'at-least']);
    expect(tolls('20_4ecbplus', 'injured')).toContainEqual([80, 'exactly']);
  });
});

describeWithShared('quotes on the Blinken corpus', () => {
  test('"We are in a different place…" in 002, said by an anonymous senior US official', async () => {
    const claims = await claimsIn('blinken');
    const quote = claims.find(
      (claim): claim is Claim<'quote'> => claim.kind === 'quote' && claim.article.startsWith('002') && (claim as Claim<'quote'>).value.quote.startsWith('We are in a different place'),
    );
    expect(quote?.value).toMatchObject({ direct: true, speakerKind: 'anonymous', speaker: expect.stringMatching(/^a senior US official$/u) });
  });
});
