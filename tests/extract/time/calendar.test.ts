import { addMonths, civil, easterSunday, isoWeek, nthWeekdayOfMonth } from '../../../src/extract/time/calendar.js';

describe('calendar arithmetic', () => {
  test('ISO weeks belong to the year of their Thursday', () => {
    expect(isoWeek(civil(2024, 4, 24))).toEqual({ year: 2024, week: 17 });
    expect(isoWeek(civil(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
  });

  test('Easter and weekday rules', () => {
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(nthWeekdayOfMonth(2024, 11, 4, 4)).toEqual({ year: 2024, month: 11, day: 28 });
    expect(nthWeekdayOfMonth(2024, 5, 1, -1)).toEqual({ year: 2024, month: 5, day: 27 });
  });

  test('adding months clamps the day', () => {
    expect(addMonths(civil(2024, 1, 31), 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
