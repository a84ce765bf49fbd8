import { timeOf, timexOf, times } from './extract-times.js';

describe('without a publication date nothing is invented', () => {
  test('relative expressions keep their unanchored TimeML form', () => {
    const text = 'The envoy arrived on Wednesday and returns next month.';
    const wednesday = timeOf(text, null, 'Wednesday');
    expect(wednesday.value.timex.value).toBe('XXXX-WXX-3');
    expect(wednesday.value.anchoredBy).toBe('unanchored');
    expect(wednesday.value.interval).toBeUndefined();
    expect(timexOf(text, null, 'next month')).toBe('XXXX-XX');
    expect(timexOf('The leaders met last November.', null, 'last November')).toBe('XXXX-11');
    expect(timexOf('Fares rose sharply last year.', null, 'last year')).toBe('XXXX');
  });

  test('a look-back keeps its length but gets no anchor, never a year', () => {
    const claim = timeOf('It was the first such visit in 14 years.', null, '14 years');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P14Y' });
    expect(claim.value.interval).toBeUndefined();
  });

  test('written years stay absolute', () => {
    expect(timeOf('The dam was finished in 2010.', null, '2010').value.anchoredBy).toBe('absolute');
  });
});

describe('a publication month (an inferred date) places what a month can place', () => {
  test('months and years are placed, a weekday is not', () => {
    expect(timexOf('The two presidents met last November.', '2024-04', 'last November')).toBe('2023-11');
    expect(timexOf('Relations were worse a year ago.', '2024-04', 'a year ago')).toBe('2023');
    expect(timexOf('The envoy arrived on Wednesday.', '2024-04', 'Wednesday')).toBe('XXXX-WXX-3');
    expect(timexOf('The envoy arrived yesterday.', '2024-04', 'yesterday')).toBe('XXXX-XX-XX');
  });
});

describe('determinism', () => {
  test('the same text and date give the same claims', () => {
    const text = 'Talks began on Monday, two weeks after a truce signed in March 2023, and will end by next spring.';
    expect(times(text, '2024-04-24')).toEqual(times(text, '2024-04-24'));
  });
});
