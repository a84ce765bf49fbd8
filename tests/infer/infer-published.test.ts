import type { Article } from '../../src/types.js';
import { segment } from '../../src/segment/segment.js';
import { inferPublished } from '../../src/infer/infer-published.js';
import { makeArticle } from '../helpers/claims.js';

function infer(...articles: Article[]) {
  return inferPublished(articles, segment);
}

describe('publication dates from an article’s own text', () => {
  test('record arithmetic and a current-month cue give the month', () => {
    const article = makeArticle(
      'march',
      'Thousands walked through Tollan on Saturday, the biggest march in the city in nearly six years.\n\n' +
        'It was the first march past the Marenbury assembly since the November 2015 protests against the dam.\n\n' +
        'The organisers had to cope with record rain for mid-August, which flooded the square on Friday.',
    );
    const date = infer(article).get('march')!;
    expect(date).toMatchObject({ value: '2021-08', basis: 'inferred' });
    expect(date.confidence).toBeGreaterThanOrEqual(0.6);
    const reasons = date.evidence!.map((e) => e.reason);
    expect(reasons.some((r) => r.includes('"nearly six years" back to "November 2015"'))).toBe(true);
    expect(reasons.some((r) => r.includes('"mid-August"'))).toBe(true);
    const window = date.evidence!.find((e) => e.text === 'nearly six years')!;
    expect(article.text.slice(window.span!.start, window.span!.end)).toBe('nearly six years');
  });

  test('a yearly event said to be "next month" pins the month, bounds pin the year', () => {
    const article = makeArticle(
      'handover',
      'Security was tightened in Washington ahead of the US presidential inauguration next month.\n\n' +
        'It is the tightest security plan for the capital in nearly four years, officials said.\n\n' +
        'The capital had its last plan this tight since the March 2017 marches, the police chief said.',
    );
    const date = infer(article).get('handover')!;
    expect(date.value).toBe('2020-12');
    expect(date.evidence!.map((e) => e.reason)).toContain(
      'the US presidential inauguration (20 January after the election) is "next month": published in December',
    );
  });

  test('an article with no clue about its date gets none', () => {
    const article = makeArticle('plain', 'The council met and agreed to repaint the library. Residents welcomed the decision.');
    expect(infer(article).size).toBe(0);
  });

  test('articles that already have a date are left alone', () => {
    const article = makeArticle('dated', 'The first such visit in 9 years took place after the 2012 summit.', '2021-05-02');
    expect(infer(article).size).toBe(0);
  });
});

describe('publication dates from the other articles of the same story', () => {
  // Two reports of one visit to an invented island, and a report of an older visit there.
  const visit = makeArticle(
    'visit',
    'Prime Minister Ada Korvel landed on Velloria on Tuesday, the first visit by a Canadian prime minister to the island in 9 years.\n\n' +
      'Korvel toured the Tollan Bay harbour with the Velloria governor, Ines Marrow.',
  );
  const harbour = makeArticle(
    'harbour',
    'Ada Korvel inspected the Tollan Bay harbour with governor Ines Marrow on Tuesday.\n\n' +
      'The stop is the first visit by a Canadian prime minister to the island since Jean Dupuis came in 2012.',
  );
  const older = makeArticle(
    'older',
    'Prime Minister Jean Dupuis visited Velloria, meeting fishermen in the northern villages.\n\n' +
      'It was the first visit by a Canadian prime minister to the island since the storm of March 1998, nearly fourteen years ago.',
  );

  test('"in 9 years" here and "since … 2012" there give the year of the visit', () => {
    const dates = infer(visit, harbour);
    expect(dates.get('visit')?.value).toBe('2021');
    const reasons = dates.get('visit')!.evidence!.map((e) => e.reason);
    expect(reasons.some((r) => r.includes('"9 years" back to "2012" (article harbour)'))).toBe(true);
  });

  test('a dated article of the story dates the others', () => {
    const dated = { ...harbour, published: { value: '2021-06-15', basis: 'given' as const, confidence: 1 } };
    const date = infer(visit, dated).get('visit')!;
    expect(date.value).toBe('2021-06');
    expect(date.evidence!.some((e) => e.reason.includes('article harbour of the same story was published in June 2021'))).toBe(true);
  });

  test('an article linked to two visits a year apart borrows from the one most of its story tells', () => {
    const dated = (article: Article, value: string) => ({ ...article, published: { value, basis: 'given' as const, confidence: 1 } });
    const oldVisit = dated(older, '2012-03-20');
    const newVisit = dated(harbour, '2021-06-15');
    const another = dated(
      makeArticle('pier', 'Ada Korvel opened the new Tollan Bay pier on Velloria with governor Ines Marrow on Wednesday, ending her visit.'),
      '2021-06-16',
    );
    const undated = makeArticle('undated', 'Prime Minister Ada Korvel is on Velloria, where Jean Dupuis walked the Tollan Bay harbour with fishermen.');
    const date = infer(undated, oldVisit, newVisit, another).get('undated')!;
    expect(date.value).toBe('2021-06');
    expect(date.evidence!.some((e) => e.article === 'older')).toBe(false);
  });

  test('inference is deterministic', () => {
    expect(infer(visit, harbour, older)).toEqual(infer(visit, harbour, older));
  });
});
