import { quantityExtractor } from '../../../src/extract/quantities/quantity-extractor.js';
import { timeExtractor } from '../../../src/extract/time/time-extractor.js';
import type { Claim } from '../../../src/types.js';
import { claimsOf } from '../quotes/run-extractor.js';

const quantities = (text: string): Claim<'quantity'>[] => claimsOf('quantity', text, [timeExtractor, quantityExtractor]);

/** The one claim whose text is `text`, with its span checked against the article. */
function only(claims: Claim<'quantity'>[], text: string, source: string): Claim<'quantity'> {
  const found = claims.filter((claim) => claim.text === text);
  expect(found.map((claim) => claim.text)).toEqual([text]);
  const claim = found[0]!;
  expect(source.slice(claim.span.start, claim.span.end)).toBe(text);
  expect(claim.span.start).toBe(source.indexOf(text));
  return claim;
}

describe('quantityExtractor: counts of people', () => {
  test('killed and injured with qualifiers, attributed to the speaker of the clause', () => {
    const text = 'Rescue teams said at least 12 people were killed and about 30 injured when the dam gave way.';
    const claims = quantities(text);
    expect(only(claims, 'at least 12 people were killed', text).value).toMatchObject({
      amount: 12, low: 12, qualifier: 'at-least', counted: 'killed', unit: 'people', dimension: 'count', speaker: 'Rescue teams', speakerKind: 'anonymous',
    });
    expect(only(claims, 'about 30 injured', text).value).toMatchObject({ amount: 30, qualifier: 'about', counted: 'injured' });
  });

  test('a verb before the count says what happened ("killing", "wounding")', () => {
    const text = 'The blast tore through the market, killing nine shoppers and wounding more than two dozen.';
    const claims = quantities(text);
    expect(only(claims, 'killing nine shoppers', text).value).toMatchObject({ amount: 9, counted: 'killed', qualifier: 'exactly', subject: 'shoppers' });
    expect(only(claims, 'wounding more than two dozen', text).value).toMatchObject({ amount: 24, low: 24, counted: 'injured', qualifier: 'more-than' });
    expect(claims).toHaveLength(2);
  });

  test('"died", "dead" and "death toll" all count the killed', () => {
    const text = 'Nearly 70 miners died underground. Medics counted 15 dead. Officials put the death toll at 85.';
    const claims = quantities(text);
    expect(only(claims, 'Nearly 70 miners died', text).value).toMatchObject({ amount: 70, high: 70, qualifier: 'nearly', counted: 'killed', subject: 'miners' });
    expect(only(claims, '15 dead', text).value).toMatchObject({ amount: 15, counted: 'killed' });
    expect(only(claims, '85', text).value).toMatchObject({ amount: 85, counted: 'killed', speaker: 'Officials' });
  });

  test('numbers in words, "three or four" as a range, vague amounts with bounds', () => {
    const text = 'Twenty-six villagers were missing and three or four hikers were hospitalised, while dozens more were evacuated.';
    const claims = quantities(text);
    expect(only(claims, 'Twenty-six villagers were missing', text).value).toMatchObject({ amount: 26, counted: 'missing' });
    expect(only(claims, 'three or four hikers were hospitalised', text).value).toMatchObject({ amount: 3, low: 3, high: 4, qualifier: 'range', counted: 'hospitalized' });
    expect(only(claims, 'dozens more were evacuated', text).value).toMatchObject({ low: 24, high: 99, qualifier: 'range', counted: 'displaced' });
  });

  test('"thirteen" and "fifteen" are read like any other number word', () => {
    const text = 'Fifteen climbers were rescued from the ridge. Thirteen houses were destroyed by the blaze.';
    const claims = quantities(text);
    expect(only(claims, 'Fifteen climbers were rescued', text).value).toMatchObject({ amount: 15, counted: 'rescued', subject: 'climbers' });
    expect(only(claims, 'Thirteen houses were destroyed', text).value).toMatchObject({ amount: 13, counted: 'houses', predicate: 'destroyed' });
    expect(claims).toHaveLength(2);
  });

  test('a bare count of people without a predicate is not a claim', () => {
    expect(quantities('Four reporters travelled with the delegation and two teams played in the final.')).toEqual([]);
  });

  test('houses and villages, with what happened to them', () => {
    const text = 'The storm flattened an estimated 2,300 homes in about 40 villages.';
    const claims = quantities(text);
    expect(only(claims, 'an estimated 2,300 homes', text).value).toMatchObject({ amount: 2300, qualifier: 'about', counted: 'houses', predicate: 'flattened' });
    expect(only(claims, 'about 40 villages', text).value).toMatchObject({ amount: 40, counted: 'villages' });
  });

  test('population: "home to", "a city of"', () => {
    const text = 'The flood reached Marrowby, a city of 80,000, and Kell Island, home to some 9,500 people.';
    const claims = quantities(text);
    expect(only(claims, '80,000', text).value).toMatchObject({ amount: 80000, counted: 'population', subject: 'Marrowby' });
    expect(only(claims, 'some 9,500 people', text).value).toMatchObject({ amount: 9500, qualifier: 'about', counted: 'population', subject: 'Kell Island' });
  });
});

describe('quantityExtractor: magnitudes', () => {
  test('"6.3-magnitude", "magnitude of at least 5.2", "about 5.0 on the Richter scale"', () => {
    const text = 'A 6.3-magnitude quake shook the valley. A second shock had a magnitude of at least 5.2. A third came with a force of about 5.0 on the Richter scale.';
    const claims = quantities(text);
    expect(only(claims, '6.3-magnitude', text).value).toMatchObject({ amount: 6.3, dimension: 'magnitude', qualifier: 'exactly', subject: 'quake' });
    expect(only(claims, 'magnitude of at least 5.2', text).value).toMatchObject({ amount: 5.2, qualifier: 'at-least', low: 5.2 });
    expect(only(claims, 'about 5.0 on the Richter scale', text).value).toMatchObject({ amount: 5, qualifier: 'about', dimension: 'magnitude' });
  });

  test('"measuring 6.8 and 6.5" gives two claims', () => {
    const text = 'Two shocks, measuring 6.8 and 6.5, hit the coast before dawn.';
    const claims = quantities(text);
    expect(only(claims, 'measuring 6.8', text).value).toMatchObject({ amount: 6.8, dimension: 'magnitude' });
    expect(only(claims, '6.5', text).value).toMatchObject({ amount: 6.5, dimension: 'magnitude' });
  });

  test('two agencies in one sentence: each figure has its own speaker', () => {
    const text = 'The national institute put the magnitude at 5.7, but the European agency EMSC said it was 5.9.';
    const claims = quantities(text);
    expect(only(claims, 'magnitude at 5.7', text).value).toMatchObject({ amount: 5.7, speaker: 'The national institute' });
    expect(only(claims, '5.9', text).value).toMatchObject({ amount: 5.9, dimension: 'magnitude', speaker: 'the European agency EMSC', speakerKind: 'named' });
  });
});

describe('quantityExtractor: money, lengths, durations, percentages, temperatures', () => {
  test('money with currency, the article\'s own equivalent, and a garbled euro sign', () => {
    const text = 'The storm caused $240-million in damage. Thieves took jewels worth 60 million euros ($65 million) and e45 million in cash.';
    const claims = quantities(text);
    expect(only(claims, '$240-million', text).value).toMatchObject({ amount: 240_000_000, unit: 'USD', dimension: 'money', counted: 'damage' });
    expect(only(claims, '60 million euros ($65 million)', text).value).toMatchObject({
      amount: 60_000_000, unit: 'EUR', equivalent: { amount: 65_000_000, unit: 'USD' }, counted: 'value',
    });
    expect(only(claims, 'e45 million', text).value).toMatchObject({ amount: 45_000_000, unit: 'EUR' });
  });

  test('distance and depth in miles with a stated kilometre equivalent, normalised to km', () => {
    const text = 'The epicentre lay 40 miles (64 kilometers) north of Port Selden, at a depth of 6 miles (10 kilometers).';
    const claims = quantities(text);
    expect(only(claims, '40 miles (64 kilometers)', text).value).toMatchObject({
      amount: 40, unit: 'mi', dimension: 'length', counted: 'distance', reference: 'Port Selden', normalized: { amount: 64.37, unit: 'km' }, equivalent: { amount: 64, unit: 'km' },
    });
    expect(only(claims, '6 miles (10 kilometers)', text).value).toMatchObject({ dimension: 'depth', counted: 'depth', normalized: { amount: 9.656, unit: 'km' } });
  });

  test('durations, but not ages or "days ago"', () => {
    const text = 'The shaking lasted just over 20 seconds. A 9-year-old boy was hurt 12 days ago.';
    const claims = quantities(text);
    expect(only(claims, 'just over 20 seconds', text).value).toMatchObject({ amount: 20, qualifier: 'more-than', unit: 's', counted: 'duration', normalized: { amount: 20, unit: 's' } });
    expect(claims).toHaveLength(1);
  });

  test('a percentage range and what it is a share of', () => {
    const text = 'Between 30 percent and 50 percent of the houses were damaged.';
    const claims = quantities(text);
    expect(only(claims, 'Between 30 percent and 50 percent', text).value).toMatchObject({ amount: 30, low: 30, high: 50, unit: '%', qualifier: 'range', counted: 'houses' });
  });

  test('°F normalised to °C, with the Celsius equivalent kept', () => {
    const text = 'Temperatures reached 104 degrees Fahrenheit (40 degrees Celsius) on the plain.';
    const claims = quantities(text);
    expect(only(claims, '104 degrees Fahrenheit (40 degrees Celsius)', text).value).toMatchObject({
      amount: 104, unit: '°F', dimension: 'temperature', normalized: { amount: 40, unit: '°C' }, equivalent: { amount: 40, unit: '°C' },
    });
  });
});

describe('quantityExtractor: ambiguous units', () => {
  test('"pounds" is a weight unless money is meant; a part in parentheses is no equivalent', () => {
    const text = 'The new laptop weighs 3.1 pounds. The club paid 12 million pounds for him, $40 million ($9 million in cash) in all.';
    const claims = quantities(text);
    expect(only(claims, '3.1 pounds', text).value).toMatchObject({ dimension: 'mass', unit: 'lb', normalized: { amount: 1.406, unit: 'kg' } });
    expect(only(claims, '12 million pounds', text).value).toMatchObject({ dimension: 'money', unit: 'GBP', amount: 12_000_000, counted: 'price' });
    const dollars = only(claims, '$40 million', text).value;
    expect(dollars.equivalent).toBeUndefined();
  });

  test('"for" between two numbers makes no range', () => {
    const text = 'Tickets cost $25 for four games.';
    expect(only(quantities(text), '$25', text).value).toMatchObject({ amount: 25, qualifier: 'exactly', unit: 'USD' });
  });
});

describe('quantityExtractor: what is not a quantity', () => {
  test('dates, clock times, years, ordinals, phone numbers and ages', () => {
    const text = 'On March 3, 2011 at 4:15 p.m. the 2nd wave hit; in 1998 the hotline was 555-201-3344 and the mayor, 61, spoke.';
    expect(quantities(text)).toEqual([]);
  });

  test('a "zero-day" flaw is no duration', () => {
    expect(quantities('Attackers used a zero-day flaw in the browser, and a second zero day surfaced within hours.')).toEqual([]);
  });
});
