import { timeOf, timexOf } from './extract-times.js';

// Which verb steers a weekday or a month: the one that governs it, read leftwards first.

describe('the verb before the expression governs it', () => {
  test('a participle after the expression does not outvote the future verb before it', () => {
    const text = 'The airline will add two routes between the cities by August in a push for markets untouched by the slump.';
    const claim = timeOf(text, '2024-02-14', 'August');
    expect(claim.value.timex.value).toBe('2024-08');
    expect(claim.value.tense).toBe('future');
  });

  test('a verb after a comma does not outvote the one that governs the expression', () => {
    expect(timexOf('The unions, which are supposed to settle by May, walked out two days ago.', '2024-03-20', 'May')).toBe('2024-05');
  });

  test('a fronted expression takes the main verb, however far', () => {
    const text = 'In January, weeks after the floods that ravaged the coast and cut off three villages, a bridge collapsed.';
    expect(timexOf(text, '2024-10-20', 'January')).toBe('2024-01');
  });

  test('"will be named" is a future verb group even though "named" is often an adjective', () => {
    expect(timexOf('The new chief will be named at a ceremony in the capital in December.', '2024-03-04', 'December')).toBe('2024-12');
  });
});

describe('plans: the planning and the planned day', () => {
  // Wednesday 24 April 2024.
  const PUB = '2024-04-24';

  test('a day told before a past scheduling verb is when the planning happened', () => {
    expect(timexOf('On Friday, the ministry planned to release the figures.', PUB, 'Friday')).toBe('2024-04-19');
  });

  test('a present plan after the day looks ahead', () => {
    expect(timexOf('On Tuesday, the union plans to stage a march.', PUB, 'Tuesday')).toBe('2024-04-30');
  });

  test('"set for", "planned for", "was planned for" name the nearest such date', () => {
    expect(timexOf('Leaders are expected to attend a summit set for Brussels in June.', PUB, 'June')).toBe('2024-06');
    // Sunday 21 April: the concert was the day before.
    expect(timexOf('A concert planned for Saturday was called off.', '2024-04-21', 'Saturday')).toBe('2024-04-20');
    expect(timexOf('The accession was planned for early May, an aide said.', '2024-04-10', 'early May')).toBe('2024-05 START');
    // Monday 22 April: the Friday just gone.
    expect(timexOf('The hearing had been due to start Friday evening.', '2024-04-22', 'Friday evening')).toBe('2024-04-19TEV');
  });

  test('an agreement, or a noun, "to" do something names a planned date', () => {
    expect(timexOf('The bank announced an agreement to buy the insurer in January.', '2024-11-05', 'January')).toBe('2025-01');
    expect(timexOf('Rules to be issued in early March will set the fee.', '2024-01-20', 'early March')).toBe('2024-03 START');
  });
});

describe('arrangements and descriptions', () => {
  test('"is to" arranges what is ahead', () => {
    // Thursday 25 April 2024.
    expect(timexOf('The stock is to resume trading in Frankfurt Tuesday.', '2024-04-25', 'Tuesday')).toBe('2024-04-30');
  });

  test('"has until Monday" is a deadline ahead, not a perfect tense', () => {
    expect(timexOf('The island has until Monday to find the money.', '2024-04-24', 'Monday')).toBe('2024-04-29');
  });

  test('a deadline granted or moved lies ahead of the granting, whatever its tense', () => {
    // Monday 22 April 2024.
    expect(timexOf('The regulator gave the two lenders until 5 p.m. Wednesday to reply.', '2024-04-22', '5 p.m. Wednesday')).toBe('2024-04-24T17:00');
    expect(timexOf('Creditors have extended the credit lines through February, the firm said.', '2023-11-08', 'February')).toBe('2024-02');
    expect(timexOf('The watchdog granted the buyer an extra week, until mid-December, to file.', '2023-11-08', 'mid-December')).toBe('2023-12 MID');
    expect(timexOf('The council postponed its vote to Thursday after the walkout.', '2024-04-22', 'Thursday')).toBe('2024-04-25');
  });

  test('"next to" places, it does not look ahead', () => {
    // Saturday 27 April 2024: the blast was the day before.
    const text = 'Dozens were hurt when a truck exploded next to the central station on Friday.';
    const claim = timeOf(text, '2024-04-27', 'Friday');
    expect(claim.value.timex.value).toBe('2024-04-26');
    expect(claim.value.tense).toBe('past');
  });

  test('"effective <date>" is when it takes effect, whatever the verb', () => {
    expect(timexOf('The board named a new treasurer, effective March 1.', '2024-01-15', 'March 1')).toBe('2024-03-01');
  });

  test('an "-ed" word after a determiner describes a noun and does not set the tense', () => {
    const text = 'The bonus would be paid on a still undisclosed date in February to staff on the payroll.';
    expect(timexOf(text, '2024-11-12', 'February')).toBe('2025-02');
  });

  test('"the previous Friday" counts from the day just told', () => {
    const text = 'The index closed at 95 on Thursday, April 11, down from 101 the previous Friday.';
    const claim = timeOf(text, '2024-04-24', 'the previous Friday');
    expect(claim.value.timex.value).toBe('2024-04-05');
    expect(claim.value.anchoredBy).toBe('previous-date');
  });
});
