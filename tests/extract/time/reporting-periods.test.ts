import { timeOf, timexOf } from './extract-times.js';

// Company results, published on Wednesday 23 October 2024 (early in the fourth quarter).
const PUB = '2024-10-23';

describe('reporting periods in company results', () => {
  test('"the year ended <date>" is a twelve-month span', () => {
    const claim = timeOf('For the year ended June 30, the brewer earned $310 million.', PUB, 'the year');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P1Y' });
    expect(timexOf('It expects a loss for the fiscal year ending March 31.', PUB, 'the fiscal year')).toBe('P1Y');
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

  test('"fiscal year 2025" is one expression', () => {
    expect(timexOf('Revenue for fiscal year 2025 is forecast to rise.', PUB, 'fiscal year 2025')).toBe('2025');
  });
});
