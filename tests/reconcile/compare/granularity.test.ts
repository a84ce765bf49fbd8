import { compareIntervals, describeInterval, gapInDays } from '../../../src/reconcile/compare/granularity.js';

describe('granularity', () => {
  const year2022 = { start: '2022-01-01', end: '2023-01-01' };
  const february2022 = { start: '2022-02-01', end: '2022-03-01' };

  test('"February 2022" fits "2022"', () => {
    const result = compareIntervals(february2022, year2022);
    expect(result.relation).toBe('compatible');
    expect(result.reason).toBe('2022-02 lies within 2022');
  });

  test('"Friday" fits "Wednesday through Friday"', () => {
    const friday = { start: '2024-04-26', end: '2024-04-27' };
    const wednesdayToFriday = { start: '2024-04-24', end: '2024-04-27' };
    expect(compareIntervals(friday, wednesdayToFriday).relation).toBe('compatible');
  });

  test('two different days do not fit', () => {
    const result = compareIntervals({ start: '2023-06-18', end: '2023-06-19' }, { start: '2024-04-24', end: '2024-04-25' });
    expect(result.relation).toBe('different');
    expect(gapInDays({ start: '2023-06-18', end: '2023-06-19' }, { start: '2023-06-21', end: '2023-06-22' })).toBe(2);
  });

  test('identical intervals are the same and are described at their granularity', () => {
    expect(compareIntervals(year2022, { ...year2022 }).relation).toBe('same');
    expect(describeInterval(year2022)).toBe('2022');
    expect(describeInterval(february2022)).toBe('2022-02');
    expect(describeInterval({ start: '2024-04-24', end: '2024-04-27' })).toBe('2024-04-24 to 2024-04-26');
  });
});
