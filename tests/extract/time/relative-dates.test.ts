import { timeOf, times, timexOf } from './extract-times.js';

// Wednesday 24 April 2024 (ISO week 17).
const PUB = '2024-04-24';

describe('relative dates count from the publication date at their own granularity', () => {
  test('next month, last year, a year ago', () => {
    expect(timexOf('The audit report is due next month.', PUB, 'next month')).toBe('2024-05');
    expect(timexOf('Exports fell sharply last year.', PUB, 'last year')).toBe('2023');
    expect(timexOf('Sales were much higher a year ago.', PUB, 'a year ago')).toBe('2023');
  });

  test('days and weeks back', () => {
    expect(timexOf('The freighter sank three days ago.', PUB, 'three days ago')).toBe('2024-04-21');
    expect(timexOf('The petition was filed two weeks ago.', PUB, 'two weeks ago')).toBe('2024-W15');
    expect(timexOf('A decade ago the town had no school.', PUB, 'A decade ago')).toBe('2014');
  });

  test('yesterday, tomorrow and "earlier today"', () => {
    const text = 'Rain fell yesterday and more is expected tomorrow.';
    expect(timexOf(text, PUB, 'yesterday')).toBe('2024-04-23');
    expect(timexOf(text, PUB, 'tomorrow')).toBe('2024-04-25');
    expect(timexOf('Earlier today, the mayor resigned.', PUB, 'Earlier today')).toBe('2024-04-24 START');
  });

  test('weeks, weekends and parts of a year', () => {
    expect(timexOf('Parliament debates the bill this week.', PUB, 'this week')).toBe('2024-W17');
    expect(timexOf('Fans queued over the weekend for tickets.', PUB, 'the weekend')).toBe('2024-W16-WE');
    // "after" here dates the deal, it does not count the weekend from an event.
    expect(timexOf('The unions signed over the weekend after long talks.', PUB, 'the weekend')).toBe('2024-W16-WE');
    expect(times('Turnout fell in the week after the riots.', PUB)).toEqual([]);
    expect(timexOf('The bridge opened in July last year.', PUB, 'July last year')).toBe('2023-07');
    expect(timexOf('The mine will close by the end of next year.', PUB, 'the end of next year')).toBe('2025 END');
    expect(timexOf('Sales could triple by the end of the decade.', PUB, 'the end of the decade')).toBe('202 END');
  });

  test('parts of the day', () => {
    const claim = timeOf('Protesters gathered last night outside the embassy.', PUB, 'last night');
    expect(claim.value.timex).toEqual({ type: 'TIME', value: '2024-04-23TNI' });
    expect(timexOf('The polls closed at 8 p.m. Friday.', PUB, '8 p.m. Friday')).toBe('2024-04-19T20:00');
    expect(timexOf('Crowds had thinned by mid-afternoon.', PUB, 'mid-afternoon')).toBe('2024-04-24TAF MID');
    expect(timexOf('The polls will close at 8 p.m. Friday.', PUB, '8 p.m. Friday')).toBe('2024-04-26T20:00');
  });
});

describe('"overnight" is the night before the day told', () => {
  test('before publication, or before the day just told', () => {
    const claim = timeOf('Asian stocks slid overnight.', PUB, 'overnight');
    expect(claim.value.timex).toEqual({ type: 'TIME', value: '2024-04-23TNI' });
    const text = 'Tokyo shares closed lower on Monday, dragged down by overnight losses on Wall Street.';
    expect(timexOf(text, PUB, 'overnight')).toBe('2024-04-21TNI');
  });
});

describe('anaphoric expressions count from the date just told', () => {
  test('"the day before" after an explicit date', () => {
    const text = 'The ferry sank on March 3, 2024. Rescuers had warned of the storm the day before.';
    const claim = timeOf(text, PUB, 'the day before');
    expect(claim.value.timex.value).toBe('2024-03-02');
    expect(claim.value.anchoredBy).toBe('previous-date');
  });

  test('"the next day" after a weekday', () => {
    expect(timexOf('Voting ended on Sunday. The results came the next day.', PUB, 'the next day')).toBe('2024-04-22');
  });

  test('"a year earlier" after a quarter is that quarter a year before', () => {
    expect(timexOf('Profit rose in the third quarter of 2023. A year earlier, the firm lost money.', PUB, 'A year earlier')).toBe('2022-Q3');
  });

  test('"earlier in the year", "later that year" after a quarter are still the year', () => {
    const text = 'Profit rose in the third quarter of 2023. Demand had slumped earlier in the year. A rival closed later that year.';
    expect(timexOf(text, PUB, 'earlier in the year')).toBe('2023 START');
    expect(timexOf(text, PUB, 'later that year')).toBe('2023 END');
  });

  test('"three days later", "an hour earlier" are the stretch of time alone, a duration', () => {
    const text = 'The levee broke on May 2, 2024. Three days later, the water reached the square.';
    const claim = timeOf(text, PUB, 'Three days');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P3D' });
    expect(timexOf('Guards changed shifts at dawn. Just over an hour earlier, the alarm rang.', PUB, 'Just over an hour')).toBe('PT1H MORE_THAN');
    expect(timexOf('The talks stalled. A few weeks later, both sides returned.', PUB, 'A few weeks')).toBe('PXW');
  });

  test('"two years later" moves the story on: what follows counts from it', () => {
    const text = 'She joined the bank in 2005. Two years later, she ran its Asian arm. The following year she left.';
    expect(timexOf(text, PUB, 'Two years later')).toBe('2007');
    expect(timexOf(text, PUB, 'The following year')).toBe('2008');
  });

  test('"a month earlier" compares months: a date', () => {
    expect(timexOf('Unemployment was 6.1% in March, up from 5.9% a month earlier.', PUB, 'a month earlier')).toBe('2024-02');
  });

  test('a day as the landmark of another: "the week of", "the day before"', () => {
    expect(timexOf('A ruling is expected the week of May 6.', PUB, 'the week of May 6')).toBe('2024-W19');
    expect(timexOf("The day before last Tuesday's vote, the mayor resigned.", PUB, 'The day before last Tuesday')).toBe('2024-04-22');
    expect(timexOf('Stores reopened the day after Christmas.', PUB, 'the day after Christmas')).toBe('2023-12-26');
  });

  test('a clock time belongs to the day just told', () => {
    expect(timexOf('The quake struck on Tuesday, March 5, 2024. A second shock came at 10:35 a.m.', PUB, '10:35 a.m.')).toBe('2024-03-05T10:35');
  });
});
