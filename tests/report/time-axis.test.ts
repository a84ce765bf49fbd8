import { dayNumber, intervalLabel, publicationInterval } from '../../src/report/dates.js';
import { timeTicks } from '../../src/report/html/time-axis.js';

describe('dates', () => {
  test('day numbers of dates at every granularity', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-04')).toBe(dayNumber('2024-04-01'));
    expect(dayNumber('2024-04-16T09:30:00+02:00')).toBe(dayNumber('2024-04-16'));
    expect(dayNumber('last week')).toBeUndefined();
  });

  test('publication values cover a day, a month or a year', () => {
    const day = publicationInterval('2024-04-17')!;
    expect(day.end - day.start).toBe(1);
    const month = publicationInterval('2024-02')!;
    expect(month.end - month.start).toBe(29);
    const year = publicationInterval('2023')!;
    expect(year.end - year.start).toBe(365);
    expect(publicationInterval(null)).toBeUndefined();
  });

  test('interval labels show the last day covered, not the exclusive end', () => {
    expect(intervalLabel({ start: '2024-04-16', end: '2024-04-17' })).toBe('2024-04-16');
    expect(intervalLabel({ start: '2024-04-16', end: '2024-04-19' })).toBe('2024-04-16 – 2024-04-18');
  });
});

describe('timeTicks', () => {
  test('years for a decade, months for a season, days for a week', () => {
    const decade = timeTicks(dayNumber('2010-01-01')!, dayNumber('2020-06-01')!, 800);
    expect(decade.map((tick) => tick.label)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
    const season = timeTicks(dayNumber('2024-03-10')!, dayNumber('2024-06-20')!, 800);
    expect(season.map((tick) => tick.label)).toEqual(['Apr 2024', 'May', 'Jun']);
    const week = timeTicks(dayNumber('2024-04-15')!, dayNumber('2024-04-19')!, 800);
    expect(week.map((tick) => tick.label)).toEqual(['15 Apr', '16 Apr', '17 Apr', '18 Apr', '19 Apr']);
  });

  test('never more ticks than the width leaves room for', () => {
    const ticks = timeTicks(dayNumber('1900-01-01')!, dayNumber('2024-01-01')!, 400);
    expect(ticks.length).toBeLessThanOrEqual(400 / 72);
    expect(ticks.length).toBeGreaterThan(1);
  });
});
