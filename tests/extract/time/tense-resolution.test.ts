import { timeOf, timexOf } from './extract-times.js';

// Wednesday 24 April 2024.
const PUB = '2024-04-24';

describe('weekdays follow the tense of their clause', () => {
  test('a past verb takes the latest such day before publication', () => {
    expect(timexOf('The envoy landed in Lisbon on Monday after a long flight.', PUB, 'Monday')).toBe('2024-04-22');
  });

  test('the publication day itself when it is that weekday', () => {
    expect(timexOf('The minister spoke to reporters on Wednesday.', PUB, 'Wednesday')).toBe('2024-04-24');
  });

  test('a future verb takes the next such day', () => {
    const claim = timeOf('The delegates will vote on Friday in the capital.', PUB, 'Friday');
    expect(claim.value.timex).toEqual({ type: 'DATE', value: '2024-04-26' });
    expect(claim.value.tense).toBe('future');
    expect(claim.value.interval).toEqual({ start: '2024-04-26', end: '2024-04-27' });
  });

  test('"last" skips the publication day, "next" looks past it', () => {
    expect(timexOf('Trading halted last Wednesday after the outage.', PUB, 'last Wednesday')).toBe('2024-04-17');
    expect(timexOf('The court sits again next Monday.', PUB, 'next Monday')).toBe('2024-04-29');
  });

  test('a scheduling verb looks ahead even in a perfect tense', () => {
    expect(timexOf('Officials have scheduled a hearing Thursday on the dispute.', PUB, 'Thursday')).toBe('2024-04-25');
  });

  test('the simple present of a timetable looks ahead', () => {
    expect(timexOf('The trade fair opens Monday in Leipzig.', PUB, 'Monday')).toBe('2024-04-29');
    expect(timexOf('The tender offer expires on Friday.', PUB, 'Friday')).toBe('2024-04-26');
  });

  test('a plural subject\'s simple present of a timetable looks ahead, its negated past does not', () => {
    expect(timexOf('Farm ministers meet on Friday to settle the quota.', PUB, 'Friday')).toBe('2024-04-26');
    expect(timexOf('Voters go to the polls on Sunday in the north.', PUB, 'Sunday')).toBe('2024-04-28');
    expect(timexOf('The river ferries resume Monday after the flood.', PUB, 'Monday')).toBe('2024-04-29');
    expect(timexOf('The tribunal hears the appeal on Thursday.', PUB, 'Thursday')).toBe('2024-04-25');
    expect(timexOf('The two mayors did not meet on Friday as planned.', PUB, 'Friday')).toBe('2024-04-19');
    // A noun after a determiner is no verb: the past verb before it decides.
    expect(timexOf('The council held a vote Monday on the budget.', PUB, 'Monday')).toBe('2024-04-22');
    expect(timexOf('The shops stayed open on Monday despite the strike.', PUB, 'Monday')).toBe('2024-04-22');
    // Names as the subject, but not a name that modifies the noun.
    expect(timexOf('Mayor Ortiz and Governor Lund meet on Friday in Dover.', PUB, 'Friday')).toBe('2024-04-26');
    expect(timexOf('Crowds cheered during the City Hall visit on Friday.', PUB, 'Friday')).toBe('2024-04-19');
  });

  test('"may", "might", "should" and "must" look ahead', () => {
    expect(timexOf('The jury may return a verdict on Friday.', PUB, 'Friday')).toBe('2024-04-26');
    expect(timexOf('The repairs should be finished by Monday.', PUB, 'Monday')).toBe('2024-04-29');
    expect(timexOf('The ship might have sailed on Monday.', PUB, 'Monday')).toBe('2024-04-22');
  });

  test('a bracketed aside between the verb and the day is passed over', () => {
    const claim = timeOf('Voting booths close at 21:00 local time (19:00 GMT) on Sunday.', PUB, 'Sunday');
    expect(claim.value.timex.value).toBe('2024-04-28');
  });

  test('"through" a day without a tensed verb looks ahead', () => {
    expect(timexOf('The fair runs through Sunday.', PUB, 'Sunday')).toBe('2024-04-28');
  });

  test('a verb in a relative clause after the day does not steer it', () => {
    expect(timexOf('The mayor met the union on Monday, who agreed to end the strike.', PUB, 'Monday')).toBe('2024-04-22');
  });
});

describe('months follow the tense and their cue word', () => {
  test('"last November" is the latest November before the month of publication', () => {
    expect(timexOf('The two leaders met last November in a quiet ceremony.', PUB, 'last November')).toBe('2023-11');
    expect(timexOf('Prices peaked last April before falling.', PUB, 'last April')).toBe('2023-04');
  });

  test('"last March" told in April is a year back: the month just ended is "last month"', () => {
    expect(timexOf('Two ferries collided last March off the cape.', PUB, 'last March')).toBe('2023-03');
    expect(timexOf('Two ferries collided last March off the cape.', '2024-04', 'last March')).toBe('2023-03');
    expect(timexOf('The dam was inspected last January.', PUB, 'last January')).toBe('2024-01');
  });

  test('a month told in the past is the latest one, told in the future the next one', () => {
    expect(timexOf('The company closed the plant in June after losses mounted.', PUB, 'June')).toBe('2023-06');
    expect(timexOf('The new line will open in June, officials said.', PUB, 'June')).toBe('2024-06');
  });

  test('cue words settle a month when the verb does not: "since", "if"', () => {
    expect(timexOf('Relations have been easing since his visit in June.', PUB, 'June')).toBe('2023-06');
    expect(timexOf('He is vowing reforms if he wins in November polls.', PUB, 'November')).toBe('2024-11');
  });

  test('"mid-June" keeps its part of the month', () => {
    expect(timexOf('Temperatures broke records in mid-June.', '2023-06-20', 'mid-June')).toBe('2023-06 MID');
  });

  test('an exact date far on the tense side yields to the nearer reading', () => {
    expect(timexOf('The offer expires Nov. 21, the company said.', '1999-10-26', 'Nov. 21')).toBe('1999-11-21');
  });
});

describe('seasons and holidays are placed like months', () => {
  test('"last summer" and "this fall"', () => {
    expect(timexOf('The fair drew crowds last summer.', PUB, 'last summer')).toBe('2023-SU');
    expect(timexOf('Construction starts this fall.', PUB, 'this fall')).toBe('2024-FA');
  });

  test('a season with its year', () => {
    expect(timexOf('The talks collapsed in the winter of 2019.', PUB, 'the winter of 2019')).toBe('2019-WI');
  });

  test('holidays by their calendar rule', () => {
    expect(timexOf('Shops reopened after Christmas.', PUB, 'Christmas')).toBe('2023-12-25');
    expect(timexOf('The parade is planned for Thanksgiving.', PUB, 'Thanksgiving')).toBe('2024-11-28');
    expect(timexOf('Pilgrims will gather at Easter.', '2024-01-10', 'Easter')).toBe('2024-03-31');
  });
});
