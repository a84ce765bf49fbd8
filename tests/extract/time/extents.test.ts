import { times, timeOf, timexOf } from './extract-times.js';

// Friday 22 March 2024.
const PUB = '2024-03-22';

describe('what an expression covers', () => {
  test('a possessive part of the day is still the part of the day', () => {
    const claim = timeOf("Last night's storm cut power to the harbour.", PUB, 'Last night');
    expect(claim.value.timex).toEqual({ type: 'TIME', value: '2024-03-21TNI' });
  });

  test('"last" as a verb is not "the last": the duration alone, not a look-back', () => {
    const claim = timeOf('The repairs are expected to last several months.', PUB, 'several months');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'PXM' });
    expect(claim.value.interval).toBeUndefined();
    expect(timexOf('The walkout could last three weeks.', PUB, 'three weeks')).toBe('P3W');
    // With an article it is the look-back span again.
    expect(timeOf('Over the last three weeks, fares rose.', PUB, 'the last three weeks').value.interval).toEqual({ start: '2024-03-01', end: '2024-03-22' });
  });

  test('lengths of unknown amount after "take" and after "or"', () => {
    expect(times('The inquiry could take months or even years.', PUB).map((c) => `${c.text} ${c.value.timex.value}`)).toEqual(['months PXM', 'years PXY']);
  });

  test('"the early hours of" a day is that day, not a stretch of hours', () => {
    expect(times('In the early hours of Thursday, the river burst its banks.', PUB).map((c) => c.text)).toEqual(['Thursday']);
  });

  test('a season "of" a year said in words is one date', () => {
    expect(timexOf('Coal ran short in the winter of nineteen eighty-seven.', PUB, 'the winter of nineteen eighty-seven')).toBe('1987-WI');
  });
});
