import { times, timeOf, timexOf } from './extract-times.js';

// Friday 22 March 2024.
const PUB = '2024-03-22';

describe('24-hour clock times as wire services write them', () => {
  test('a local time with its GMT equivalent in brackets: two times, both on the day told after them', () => {
    const text = 'The tremor hit at 1412 (0912 GMT) on Thursday, residents said.';
    const local = timeOf(text, PUB, '1412');
    expect(local.value.timex).toEqual({ type: 'TIME', value: '2024-03-21T14:12' });
    expect(timexOf(text, PUB, '0912 GMT')).toBe('2024-03-21T09:12');
    expect(timexOf(text, PUB, 'Thursday')).toBe('2024-03-21');
  });

  test('"local time" and a zone are part of the expression', () => {
    expect(timexOf('The ferry docked at 0735 local time.', PUB, '0735 local time')).toBe('2024-03-22T07:35');
    expect(timexOf('Polls close at 2100 GMT.', PUB, '2100 GMT')).toBe('2024-03-22T21:00');
  });

  test('a leading zero or "hours" makes a bare number after "at" a time', () => {
    expect(timexOf('The convoy left at 0530 with the last of the wounded.', PUB, '0530')).toBe('2024-03-22T05:30');
    expect(timexOf('The curfew starts at 2200 hours.', PUB, '2200 hours')).toBe('2024-03-22T22:00');
  });

  test('a number that could be a year is a time when its GMT equivalent follows', () => {
    const text = 'Rescuers reached the village at 1645 (1145 GMT).';
    expect(timexOf(text, PUB, '1645')).toBe('2024-03-22T16:45');
    expect(times(text, PUB).map((c) => c.text)).toEqual(['1645', '1145 GMT']);
  });

  test('an hour told with its part of the day', () => {
    expect(timexOf('The convoy set off at 5 in the morning.', PUB, '5 in the morning')).toBe('2024-03-22T05:00');
    expect(timexOf('The blast came at about nine in the evening.', PUB, 'about nine in the evening')).toBe('2024-03-22T21:00 APPROX');
    expect(timexOf("Guests left at 11 o'clock at night.", PUB, "11 o'clock at night")).toBe('2024-03-22T23:00');
  });

  test('a bracketed restatement with its day gives the day and reads the clause around it', () => {
    const text = 'The envoy will fly out at 6 in the morning (6 a.m. EDT Tuesday), aides said.';
    expect(timexOf(text, PUB, '6 a.m. EDT Tuesday')).toBe('2024-03-26T06:00');
    expect(timexOf(text, PUB, '6 in the morning')).toBe('2024-03-26T06:00');
  });

  test('noon and midnight take the day told after them, or the day just told', () => {
    expect(timexOf('Police were called shortly after midnight on Sunday.', PUB, 'midnight')).toBe('2024-03-17T24:00');
    expect(timexOf('The ferry sank on March 3. Divers arrived at noon.', PUB, 'noon')).toBe('2024-03-03T12:00');
  });

  test('"around" a clock time is part of it (APPROX); "about" before a day is a preposition', () => {
    expect(timexOf('The talks resumed around noon.', PUB, 'around noon')).toBe('2024-03-22T12:00 APPROX');
    expect(timexOf('The plane landed at about 3 p.m.', PUB, 'about 3 p.m.')).toBe('2024-03-22T15:00 APPROX');
    expect(timexOf("They argued about Friday's vote.", PUB, 'Friday')).toBe('2024-03-22');
  });

  test('a zone time restated in brackets ends before the closing bracket', () => {
    const text = 'The summit opens at 18:30 (16:30 GMT) in the old town.';
    expect(timeOf(text, PUB, '16:30 GMT').value.timex).toEqual({ type: 'TIME', value: '2024-03-22T16:30' });
    expect(timexOf(text, PUB, '18:30')).toBe('2024-03-22T18:30');
  });

  test('without a clock context, years and counts stay what they are', () => {
    expect(timexOf('The abbey was founded in 1645 by monks.', PUB, '1645')).toBe('1645');
    expect(times('The index closed at 2000 points, a record.', PUB)).toEqual([]);
    expect(times('Turnout stood at 1800 voters in the hamlet.', PUB)).toEqual([]);
  });
});
