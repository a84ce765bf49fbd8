import type { Article, Claim, ClaimKind } from '../../src/types.js';
import { extractArticle, reextractArticle } from '../../src/extract/extract-article.js';
import { PUBLICATION_DEPENDENT } from '../../src/extract/registry.js';
import { makeArticle } from '../helpers/claims.js';

// An invented story with every kind of claim: relative dates, a record counted back from publication,
// a meeting dated by a weekday, people, places, organisations, numbers and a quote.
const TEXT =
  'Foreign Minister Tomas Arvel arrived in Velloria on Tuesday, the first visit by a Marenbury foreign minister to the island in 12 years.\n\n' +
  'Arvel met Velloria President Ines Marrow in Tollan on Wednesday to discuss the harbour treaty signed last March.\n\n' +
  '"We have waited far too long for this day," Marrow told reporters after the talks, which lasted three hours.\n\n' +
  'The Velloria Port Authority said 4,200 containers passed through the harbour last month, up from 3,100 a year earlier.';

function dated(article: Article, value: string): Article {
  return { ...article, problems: [], published: { value, basis: 'inferred', confidence: 0.8 } };
}

const byKind = (claims: readonly Claim[], kind: ClaimKind) => claims.filter((claim) => claim.kind === kind);

describe('extracting an article again after its publication date is inferred', () => {
  const undated = makeArticle('arvel', TEXT);
  const first = extractArticle(undated);

  test('gives exactly what a full extraction with the new date gives', () => {
    const article = dated(undated, '2023-05-19');
    const again = reextractArticle(article, first);
    expect(again).toEqual(extractArticle(dated(undated, '2023-05-19')));
    expect(article.problems).toEqual([]);
  });

  test('the date-dependent kinds do change with the date, and are the only ones that do', () => {
    const full = extractArticle(dated(undated, '2023-05-19'));
    const tuesday = full.find((claim) => claim.kind === 'time' && claim.text === 'Tuesday')!;
    expect(tuesday.value).toMatchObject({ timex: { type: 'DATE', value: '2023-05-16' } });
    expect(TEXT.slice(tuesday.span.start, tuesday.span.end)).toBe('Tuesday');
    expect(byKind(first, 'time').find((claim) => claim.text === 'Tuesday')!.value).toMatchObject({ timex: { value: 'XXXX-WXX-2' } });
    expect(byKind(full, 'record').length).toBeGreaterThan(0);
    expect(byKind(full, 'meeting').length).toBeGreaterThan(0);
    // The claims of the other kinds are those of the undated first pass, ids included.
    for (const kind of ['person', 'organization', 'place', 'quantity', 'quote'] as const) {
      expect(PUBLICATION_DEPENDENT.has(kind)).toBe(false);
      expect(byKind(full, kind)).toEqual(byKind(first, kind));
    }
    expect(byKind(full, 'quote').length).toBeGreaterThan(0);
    expect(byKind(full, 'quantity').length).toBeGreaterThan(0);
  });

  test('with --kinds that leave out what the dated kinds read, everything is extracted again', () => {
    const kinds: ClaimKind[] = ['meeting'];
    const partial = extractArticle(undated, kinds);
    const again = reextractArticle(dated(undated, '2024-01-12'), partial, kinds);
    expect(again).toEqual(extractArticle(dated(undated, '2024-01-12'), kinds));
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((claim) => claim.kind === 'meeting')).toBe(true);
  });

  test('with --kinds that hold everything the dated kinds read, the kept claims are reused', () => {
    const kinds: ClaimKind[] = ['time', 'person', 'organization', 'place', 'record'];
    const partial = extractArticle(undated, kinds);
    expect(reextractArticle(dated(undated, '2022-11-02'), partial, kinds)).toEqual(extractArticle(dated(undated, '2022-11-02'), kinds));
  });
});
