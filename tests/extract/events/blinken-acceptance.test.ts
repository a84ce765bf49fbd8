import { meetingsOf } from '../../../src/extract/events/meetings-of.js';
import type { RecordClaimValue } from '../../../src/extract/records/record-value.js';
import { loadArticles, type LoadOptions } from '../../../src/ingest/load-articles.js';
import { extractClaims } from '../../../src/pipeline.js';
import type { Claim } from '../../../src/types.js';
import { describeWithShared, sharedPath } from '../../helpers/shared.js';

async function claimsIn(options: LoadOptions = {}): Promise<Claim[]> {
  const { articles } = await loadArticles([sharedPath('corpus', 'blinken')], options);
  return extractClaims(articles, ['meeting', 'record']);
}

/** The article whose id starts with `prefix` ("001" for "001_28dff3f6ad88ee6d"). */
const inArticle = (claims: Claim[], prefix: string) => claims.filter((claim) => claim.article.startsWith(prefix));

const recordsOf = (claims: Claim[], prefix: string) =>
  inArticle(claims, prefix).filter((claim) => claim.kind === 'record').map((claim) => claim.value as RecordClaimValue);

describeWithShared('meetings and records on the Blinken corpus', () => {
  let claims: Claim[] = [];
  beforeAll(async () => {
    claims = await claimsIn();
  });

  test('001 lists a possible meeting with Xi; 004 a meeting with Xi that is not on the agenda', () => {
    const lists = meetingsOf(claims);
    const withXi = (prefix: string) =>
      [...lists.entries()].filter(([article]) => article.startsWith(prefix)).flatMap(([, list]) => list).filter((meeting) => meeting.withWhom.some((name) => /Xi Jinping/u.test(name)));
    expect(withXi('001').map((meeting) => [meeting.polarity, meeting.modality])).toEqual([['positive', 'possible']]);
    expect(withXi('004').map((meeting) => [meeting.polarity, meeting.modality])).toEqual([['negative', 'planned']]);
  });

  test('the two November meetings with Xi stay separate claims, each with its own place', () => {
    const earlier = claims.filter((claim) => claim.kind === 'meeting' && /between|met near/u.test(claim.text));
    const places = earlier.map((claim) => (claim as Claim<'meeting'>).value.place).sort();
    expect(places).toEqual(expect.arrayContaining(['Indonesia', 'San Francisco']));
  });

  test('records: previous occurrence 2010 in 000, October 2018 in 003, and a 14-year gap in 004', () => {
    expect(recordsOf(claims, '000')).toContainEqual(expect.objectContaining({ superlative: 'first', previous: expect.objectContaining({ start: '2010-01-01', end: '2011-01-01' }), previousHolder: 'Hillary Clinton' }));
    expect(recordsOf(claims, '003')).toContainEqual(expect.objectContaining({ superlative: 'first', previous: expect.objectContaining({ start: '2018-10-01', end: '2018-11-01' }) }));
    expect(recordsOf(claims, '003')).toContainEqual(expect.objectContaining({ superlative: 'highest', gap: 'P5Y', approximate: true }));
    expect(recordsOf(claims, '004')).toContainEqual(expect.objectContaining({ superlative: 'first', gap: 'P14Y', head: 'visit' }));
  });

  test('with a publication date, "in 14 years" points to 2010', async () => {
    const dated = await claimsIn({ publishedForAll: '2024-04-24' });
    expect(recordsOf(dated, '004')).toContainEqual(expect.objectContaining({ gap: 'P14Y', previous: expect.objectContaining({ start: '2010-01-01', end: '2011-01-01' }) }));
  });
});
