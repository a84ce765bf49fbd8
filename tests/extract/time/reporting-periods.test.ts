import { timeOf, timexOf } from './extract-times.js';

// Company results, published on Wednesday 23 October 2024 (early in the fourth quarter).
const PUB = '2024-10-23';

describe('reporting periods in company results', () => {
  test('"the year ended <date>" is a twelve-month span', () => {
    const claim = timeOf('For the year ended June 30, the brewer earned $310 million.', PUB, 'the year');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P1Y' });
    expect(timexOf('It expects a loss for the fiscal year ending March 31.', PUB, 'the fiscal year')).toBe('P1Y');
  });

  test('"the year to <month>", as British reports write it, is the same span', () => {
    const claim = timeOf('In the year to September, rents rose 6%.', PUB, 'the year');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P1Y' });
    expect(timexOf('Exports grew in the year to the end of June.', PUB, 'the year')).toBe('P1Y');
  });

  test('"the quarter ended <date>" is the quarter of that date', () => {
    const text = 'Revenue in the quarter ended March 31 rose 4%, the retailer said.';
    expect(timexOf(text, PUB, 'the quarter')).toBe('2024-Q1');
    expect(timexOf(text, PUB, 'March 31')).toBe('2024-03-31');
  });

  test('"the year-ago quarter" is the reported quarter a year back, and does not anchor what follows', () => {
    const text = 'Net income was $12 million in the year-ago quarter. The year-ago figures were restated.';
    expect(timexOf(text, PUB, 'the year-ago quarter')).toBe('2023-Q3');
    expect(timexOf(text, PUB, 'The year-ago')).toBe('2023');
  });

  test('after a quarter just told, "the year-earlier quarter" is that quarter a year before', () => {
    const text = 'Profit for the second quarter fell, compared with the year-earlier quarter.';
    expect(timexOf(text, PUB, 'the second quarter')).toBe('2024-Q2');
    expect(timexOf(text, PUB, 'the year-earlier quarter')).toBe('2023-Q2');
  });

  test('a year in the possessive and "the last half"', () => {
    expect(timexOf("The economy shrank in 2023's final quarter.", PUB, "2023's final quarter")).toBe('2023-Q4');
    expect(timexOf('Margins will narrow in the last half of 2025.', PUB, 'the last half of 2025')).toBe('2025-H2');
  });

  test('"the first half of this year" is a half year, not the start of the year', () => {
    expect(timexOf('Orders slowed in the first half of this year.', PUB, 'the first half of this year')).toBe('2024-H1');
    expect(timexOf('Growth should resume in the second half of next year.', PUB, 'the second half of next year')).toBe('2025-H2');
    expect(timexOf('Sales climbed in the first half of the year.', PUB, 'the first half of the year')).toBe('2024-H1');
  });

  test('"fiscal year 2025" is one expression', () => {
    expect(timexOf('Revenue for fiscal year 2025 is forecast to rise.', PUB, 'fiscal year 2025')).toBe('2025');
  });
});

describe('comparisons count from the quarter the results report on', () => {
  test('the first quarter a story tells is the one reported, even after a digression on another', () => {
    const text =
      'The brewer posted a 12% rise in third-quarter profit. Following a weak second quarter, demand for lager recovered. ' +
      'Costs were lower than in the year-earlier period. In the 2024 period, margins also widened from a year ago.';
    expect(timexOf(text, PUB, 'the year-earlier period')).toBe('2023-Q3');
    expect(timexOf(text, PUB, 'the 2024 period')).toBe('2024-Q3');
    // "a year ago" right after "the 2024 period" compares that quarter.
    expect(timexOf(text, PUB, 'a year ago')).toBe('2023-Q3');
  });

  test('"the same period last year", "last year\'s quarter", "the quarter a year ago" are one expression each', () => {
    const text =
      'Second-quarter sales rose 8% from the same period last year. Exports for last year\'s quarter were $4 million. ' +
      'For the quarter a year ago, the chain booked a loss.';
    const claim = timeOf(text, '2024-08-06', 'the same period last year');
    expect(claim.value.timex).toEqual({ type: 'DATE', value: '2023-Q2' });
    expect(timexOf(text, '2024-08-06', "last year's quarter")).toBe('2023-Q2');
    expect(timexOf(text, '2024-08-06', 'the quarter a year ago')).toBe('2023-Q2');
  });

  test('"the year-earlier nine months" is the stretch of months compared, one expression', () => {
    const claim = timeOf('Sales fell short of the year-earlier nine months, the grocer said.', PUB, 'the year-earlier nine months');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P9M' });
  });

  test('"the year-ago third quarter" is that quarter of the year before', () => {
    expect(timexOf('The insurer earned $9 million in the year-ago third quarter.', PUB, 'the year-ago third quarter')).toBe('2023-Q3');
    expect(timexOf('Sales beat the comparable year-earlier quarter by 3%.', PUB, 'the comparable year-earlier quarter')).toBe('2023-Q3');
  });

  test('"the full year" is the year of the quarter reported, else the current year', () => {
    // Mid-February: the fourth quarter just reported is last year's.
    const text = 'The miner said fourth-quarter profit rose 8%. For the full year, output grew 3%.';
    expect(timexOf(text, '2024-02-14', 'fourth-quarter')).toBe('2023-Q4');
    expect(timexOf(text, '2024-02-14', 'the full year')).toBe('2023');
    expect(timexOf('Output for the year is forecast to rise.', '2024-02-14', 'the year')).toBe('2024');
  });

  test('"the latest period" is the quarter reported, told or not', () => {
    expect(timexOf('Fourth-quarter profit slipped. Sales in the latest period reached $2 billion.', PUB, 'the latest period')).toBe('2024-Q4');
    expect(timexOf('Sales in the latest period reached $2 billion.', PUB, 'the latest period')).toBe('2024-Q3');
  });

  test('a period right after a stretch of months is that stretch: only its year is told', () => {
    const text = 'In the first nine months, net income was $40 million, against a loss in the 2023 period.';
    expect(timexOf(text, PUB, 'the 2023 period')).toBe('2023');
  });

  test('without a quarter told, "the 2023 period" is the year and "the 2023 quarter" the quarter reported', () => {
    expect(timexOf('Revenue was $7 million in the 2023 period.', PUB, 'the 2023 period')).toBe('2023');
    expect(timexOf('Revenue was $7 million in the 2023 quarter.', PUB, 'the 2023 quarter')).toBe('2023-Q3');
  });

  test('without a quarter told, "the year-earlier figures" count back from the year just told', () => {
    const text = 'The charity raised $3 million in 2019. The year-earlier total had been lower.';
    expect(timexOf(text, PUB, 'The year-earlier')).toBe('2018');
    expect(timexOf('The year-ago figures were restated.', PUB, 'The year-ago')).toBe('2023');
  });

  test('a quarter forecast ahead of publication is not the one reported', () => {
    const text = 'Analysts expect losses through the second quarter of 2025 after a drop in third-quarter sales. In the year-ago period, the mill earned $3 million.';
    expect(timexOf(text, PUB, 'the year-ago period')).toBe('2023-Q3');
  });
});
