import { timeOf, timexOf, times } from './extract-times.js';

const PUB = '2024-04-24';

describe('dates with a year', () => {
  test('"since October 2018" keeps its cue word as the relation', () => {
    const claim = timeOf('Trade has grown since October 2018 despite tariffs.', PUB, 'October 2018');
    expect(claim.value).toMatchObject({
      timex: { type: 'DATE', value: '2018-10' },
      relation: 'since',
      interval: { start: '2018-10-01', end: '2018-11-01' },
      granularity: 'month',
      anchoredBy: 'absolute',
    });
  });

  test('a month and year, a written date, a weekday with its date', () => {
    expect(timexOf('The war began in February 2022.', PUB, 'February 2022')).toBe('2022-02');
    expect(timexOf('The treaty was signed on Jan. 1, 1959, in Havana.', PUB, 'Jan. 1, 1959')).toBe('1959-01-01');
    expect(timexOf('The vote is set for Tuesday, May 7, 2024.', PUB, 'Tuesday, May 7, 2024')).toBe('2024-05-07');
  });

  test('bare years, and ranges of years', () => {
    const text = 'The stadium was built in 2010 and renovated in 2019.';
    expect(timexOf(text, PUB, '2010')).toBe('2010');
    expect(timexOf(text, PUB, '2019')).toBe('2019');
    const range = 'She served as mayor from 2005-2010 without a break.';
    expect(timexOf(range, PUB, '2005')).toBe('2005');
    expect(timexOf(range, PUB, '2010')).toBe('2010');
  });

  test('a season told as two years', () => {
    expect(timexOf('The 2012-13 season ended early for the club.', PUB, '2012-13')).toBe('2012');
  });

  test('a count that looks like a year is not one', () => {
    expect(times('Police deployed 2000 officers to the square.', PUB)).toEqual([]);
  });

  test('decades, centuries and years in words', () => {
    const text = 'The movement peaked in the 1960s and again in the early 1990s.';
    expect(timexOf(text, PUB, 'the 1960s')).toBe('196');
    expect(timexOf(text, PUB, 'the early 1990s')).toBe('199 START');
    expect(timexOf('Castles from the 12th century line the valley.', PUB, 'the 12th century')).toBe('11');
    expect(timexOf('It happened in nineteen ninety-six, she recalled.', PUB, 'nineteen ninety-six')).toBe('1996');
    expect(timexOf('Growth slowed in mid-2012 and recovered.', PUB, 'mid-2012')).toBe('2012 MID');
  });

  test('quarters and halves', () => {
    expect(timexOf('Revenue jumped in the fourth quarter of 2023.', PUB, 'the fourth quarter of 2023')).toBe('2023-Q4');
    expect(timexOf('The firm expects a weak first half of 2025.', PUB, 'first half of 2025')).toBe('2025-H1');
    expect(timexOf('The bank posted a third-quarter loss of $4 million.', '2023-10-20', 'third-quarter')).toBe('2023-Q3');
  });

  test('a second day number coordinated with a date, a month before a noun or in the possessive', () => {
    const text = 'The summit will be held on June 24 and 25 in Lisbon.';
    expect(timexOf(text, PUB, 'June 24')).toBe('2024-06-24');
    expect(timexOf(text, PUB, '25')).toBe('2024-06-25');
    expect(times('Prices rose on March 5 and 6% in May.', PUB).map((c) => c.text)).toEqual(['March 5', 'May']);
    expect(timexOf('The March vote will settle it.', PUB, 'March')).toBe('2025-03');
    expect(times('Critics of the May government spoke out.', PUB)).toEqual([]);
    expect(timexOf("A revision to February's figures lifted the total.", PUB, 'February')).toBe('2024-02');
  });

  test('a dateline is a date like any other', () => {
    const text = 'GENEVA, March 12 (Wire) — Talks resumed today after a pause.';
    const claims = times(text, '2024-03-12');
    expect(claims.map((c) => [c.text, c.value.timex.value])).toEqual([
      ['March 12', '2024-03-12'],
      ['today', '2024-03-12'],
    ]);
  });

  test('wire-service clock times with a zone', () => {
    expect(timexOf('The ceasefire began at 1930 GMT on Sunday, March 10, 2024.', PUB, '1930 GMT')).toBe('2024-03-10T19:30');
  });
});
