import { timeOf } from './extract-times.js';

const PUB = '2024-04-24';

describe('certainty keeps what the text stated apart from what resolution implied', () => {
  test('a weekday states the weekday and implies the date', () => {
    expect(timeOf('The talks opened on Wednesday.', PUB, 'Wednesday').certainty).toEqual({ weekday: 'stated', date: 'implied' });
  });

  test('a month without a year implies the year', () => {
    expect(timeOf('The deal was signed in June.', PUB, 'June').certainty).toEqual({ month: 'stated', year: 'implied' });
  });

  test('a full month and year is all stated', () => {
    expect(timeOf('The war began in February 2022.', PUB, 'February 2022').certainty).toEqual({ month: 'stated', year: 'stated' });
  });

  test('a relative day states only its offset', () => {
    expect(timeOf('The minister resigned yesterday.', PUB, 'yesterday').certainty).toEqual({ offset: 'stated', date: 'implied' });
  });
});
