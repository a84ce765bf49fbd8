import { timeOf, timexOf, times } from './extract-times.js';

const PUB = '2024-04-24';

describe('look-back durations: "the first … in 14 years" is a span up to publication', () => {
  test('the span, its anchor and where it starts', () => {
    const claim = timeOf('It was the first visit by a foreign minister in 14 years.', PUB, '14 years');
    expect(claim.value).toMatchObject({
      timex: { type: 'DURATION', value: 'P14Y', anchor: '2024-04-24' },
      relation: 'since',
      interval: { start: '2010-04-24', end: '2024-04-24' },
      anchoredBy: 'publication',
    });
    expect(claim.certainty).toEqual({ duration: 'stated', anchor: 'implied' });
  });

  test('"nearly five years" is approximate and never a future year', () => {
    const claim = timeOf('The rally was the largest in nearly five years.', PUB, 'nearly five years');
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P5Y', mod: 'APPROX', anchor: '2024-04-24' });
    expect(claim.value.interval).toEqual({ start: '2019-04-24', end: '2024-04-24' });
  });

  test('"the past two months" looks back; "will reopen in two years" looks ahead', () => {
    const back = timeOf('Prices have risen over the past two months.', PUB, 'the past two months');
    expect(back.value.timex.value).toBe('P2M');
    expect(back.value.interval).toEqual({ start: '2024-02-24', end: '2024-04-24' });
    const ahead = timeOf('The plant will reopen in two years.', PUB, 'two years');
    expect(ahead.value.interval).toEqual({ start: '2024-04-24', end: '2026-04-24' });
    expect(ahead.value.relation).toBe('in');
  });

  test('a plain length has no anchor', () => {
    const claim = timeOf('The strike lasted 2 1/2 years.', PUB, '2 1/2 years');
    expect(claim.value).toEqual({ timex: { type: 'DURATION', value: 'P2Y6M' } });
  });
});

describe('durations of every shape', () => {
  test('vague amounts, modifiers and hyphenated lengths', () => {
    expect(timexOf('Negotiations dragged on for years.', PUB, 'years')).toBe('PXY');
    expect(timexOf('The club signed a two-year deal.', PUB, 'two-year')).toBe('P2Y');
    expect(timexOf('The storm raged for more than four hours.', PUB, 'more than four hours')).toBe('PT4H MORE_THAN');
    expect(timexOf('Repairs took a couple of weeks.', PUB, 'a couple of weeks')).toBe('P2W APPROX');
    expect(timexOf('A day-long summit ended the dispute.', PUB, 'day-long')).toBe('P1D');
  });

  test('parts of a second and fractions of a unit', () => {
    expect(timexOf('Each trade clears in about 20 milliseconds.', PUB, 'about 20 milliseconds')).toBe('PT0.02S APPROX');
    expect(timexOf('The sensor reacts within a millionth of a second.', PUB, 'a millionth of a second')).toBe('PT0.000001S');
    expect(timexOf('She won the sprint by a tenth of a second.', PUB, 'a tenth of a second')).toBe('PT0.1S');
    expect(timexOf('The ferry left a quarter of an hour late.', PUB, 'a quarter of an hour')).toBe('PT15M');
  });

  test('"the next decade" is a stretch ahead, like "the past decade" behind', () => {
    const claim = timeOf('Over the next decade, the port will double in size.', PUB, 'the next decade');
    expect(claim.value.timex.value).toBe('P10Y');
    expect(claim.value.interval).toEqual({ start: '2024-04-24', end: '2034-04-24' });
  });

  test('a length in the possessive: "in a week\'s time" is one span, before another noun the possessive is left out', () => {
    const claim = timeOf('The envoys will return in a week\'s time.', PUB, "a week's time");
    expect(claim.value.timex).toEqual({ type: 'DURATION', value: 'P1W', anchor: PUB });
    expect(timexOf("The new stand should be ready in two years' time.", PUB, "two years' time")).toBe('P2Y');
    expect(timexOf("The staff were given three weeks' notice.", PUB, 'three weeks')).toBe('P3W');
  });

  test("a person's age is not a time expression", () => {
    expect(times('A 52-year-old driver was injured.', PUB)).toEqual([]);
  });
});

describe('sets and references', () => {
  test('repetitions', () => {
    expect(timeOf('The magazine appears weekly.', PUB, 'weekly').value.timex).toEqual({ type: 'SET', value: 'P1W' });
    expect(timexOf('The market opens every Monday.', PUB, 'every Monday')).toBe('XXXX-WXX-1');
    expect(timexOf('Rents rose 5 percent a year.', PUB, 'a year')).toBe('P1Y');
    expect(timexOf('Ferries run twice a day in winter.', PUB, 'twice a day')).toBe('P1D');
  });

  test('days and parts of days in the plural repeat', () => {
    expect(timexOf('The clinic is staffed on Saturday mornings.', PUB, 'Saturday mornings')).toBe('XXXX-WXX-6TMO');
    const text = 'Extra buses run on Friday and Saturday nights until June.';
    expect(timeOf(text, PUB, 'Friday').value.timex).toEqual({ type: 'SET', value: 'XXXX-WXX-5TNI' });
    expect(timexOf(text, PUB, 'Saturday nights')).toBe('XXXX-WXX-6TNI');
    expect(timexOf('The market opens on weekends.', PUB, 'weekends')).toBe('XXXX-WXX-WE');
    // Two single days are two dates.
    expect(timeOf('The envoys met on Monday and Tuesday.', PUB, 'Monday').value.timex.type).toBe('DATE');
  });

  test('the present, the recent past and the future', () => {
    expect(timexOf('Prices are now falling.', PUB, 'now')).toBe('PRESENT_REF');
    expect(timexOf('The firm recently hired more staff.', PUB, 'recently')).toBe('PAST_REF');
    expect(timexOf('Costs may rise in the future.', PUB, 'the future')).toBe('FUTURE_REF');
    expect(timeOf('Solar power could one day replace coal.', PUB, 'one day').value.timex).toEqual({ type: 'DATE', value: 'FUTURE_REF' });
    expect(timexOf('The strike lasted one day.', PUB, 'one day')).toBe('P1D');
  });

  test('the present age and the fate of something are not times', () => {
    expect(times("Apps shape today's youth more than schools do.", PUB)).toEqual([]);
    expect(times('Delegates argued over the future of the treaty.', PUB)).toEqual([]);
    expect(times('For the rebels, high noon has arrived.', PUB)).toEqual([]);
  });
});
