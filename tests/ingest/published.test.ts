import { parsePublished } from '../../src/ingest/published.js';

describe('parsePublished', () => {
  test.each([
    ['2024-04-24', '2024-04-24', undefined],
    ['2024-04', '2024-04', undefined],
    ['2019', '2019', undefined],
    ['2024-04-24T09:00+08:00', '2024-04-24', '2024-04-24T09:00:00+08:00'],
    ['2024-04-24T09:00:00Z', '2024-04-24', '2024-04-24T09:00:00Z'],
    ['2024-04-24 09:00:00+0530', '2024-04-24', '2024-04-24T09:00:00+05:30'],
    ['November 28, 2005', '2005-11-28', undefined],
    ['Nov 27, 2005 8:20 AM ET', '2005-11-27', '2005-11-27T08:20:00-05:00'],
    ['Monday, 28 November 2005, 02:24 GMT', '2005-11-28', '2005-11-28T02:24:00Z'],
    ['07 / 22 / 2019 09:14:03 AM PDT', '2019-07-22', '2019-07-22T09:14:03-07:00'],
    ['Sat., Jun. 8, 2019 4:05 PM EDT', '2019-06-08', '2019-06-08T16:05:00-04:00'],
    ['Octobre 3, 2016', '2016-10-03', undefined],
    ['09.03.2016', '2016-03-09', undefined],
    ['Mon Mar-14-16 03:49 PM', '2016-03-14', undefined],
  ])('%s → %s', (raw, value, dateTime) => {
    const parsed = parsePublished(raw);
    expect(parsed?.value).toBe(value);
    expect(parsed?.dateTime).toBe(dateTime);
  });

  test('the span of a natural date points at the date inside the string, as written', () => {
    const raw = 'on 07 / 22 / 2019 at noon';
    const parsed = parsePublished(raw)!;
    expect(raw.slice(parsed.index, parsed.index + parsed.length)).toMatch(/^07 \/ 22 \/ 2019/u);
  });

  test('a misspelt month is read and the correction reported', () => {
    expect(parsePublished('Febuary 2, 2017')).toMatchObject({ value: '2017-02-02', corrections: [{ from: 'Febuary', to: 'February' }] });
  });

  test.each(['2024-02-30', '2023-13-01', 'next Tuesday', 'March 3', 'no date here', '', 'Augusta, Maine'])('%j is not a publication date', (raw) => {
    expect(parsePublished(raw)).toBeUndefined();
  });

  test('a time zone chrono would invent from a dash is dropped, the date kept', () => {
    const parsed = parsePublished('Tue, 16 / 08 / 2011-13:42')!;
    expect(parsed.value).toBe('2011-08-16');
    expect(parsed.dateTime).toBeUndefined();
  });
});
