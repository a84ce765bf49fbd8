import { recordExtractor } from '../../../src/extract/records/record-extractor.js';
import type { RecordClaimValue } from '../../../src/extract/records/record-value.js';
import { claimsOf, date, documentOf, duration, person, quotes, type Given } from '../events/fixture.js';

function records(text: string, given: Given[] = [], published: string | null = '2024-05-02') {
  return claimsOf('record', documentOf(text, published), [recordExtractor], given);
}

const valueOf = (claim: { value: unknown }) => claim.value as RecordClaimValue;

describe('record extractor: previous occurrence named', () => {
  test('"the first visit by … to … since NAME in YEAR": previous year and holder', () => {
    const text = 'It was the first visit by a Japanese premier to the island since Kenji Mori in 1998, officials noted.';
    const [claim, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(claim!.text).toBe('the first visit by a Japanese premier to the island since Kenji Mori in 1998');
    expect(text.slice(claim!.span.start, claim!.span.end)).toBe(claim!.text);
    expect(valueOf(claim!)).toMatchObject({
      superlative: 'first',
      what: 'visit by a Japanese premier',
      head: 'visit',
      scope: 'to the island',
      previous: { start: '1998-01-01', end: '1999-01-01', timex: '1998' },
      previousHolder: 'Kenji Mori',
      approximate: false,
    });
    expect(claim!.certainty.previous).toBe('stated');
  });

  test('the previous date comes from the time claim over the since-phrase when there is one', () => {
    const text = 'The peso sank to its lowest level since March 2001 on Tuesday.';
    const march = date('March 2001', '2001-03', '2001-03-01', '2001-04-01');
    const [claim] = records(text, [march]);
    expect(claim!.text).toBe('its lowest level since March 2001');
    expect(valueOf(claim!)).toMatchObject({ superlative: 'lowest', what: 'level', previous: { start: '2001-03-01', end: '2001-04-01', text: 'March 2001', timex: '2001-03' } });
    expect(valueOf(claim!).time).toMatch(/^time-/u);
  });

  test('without a time claim a month and year in the since-phrase are read directly', () => {
    const [claim] = records('It is the first such trip since the May 2016 tour of his predecessor, Ivo Marek.', [person('Ivo Marek', 'Ivo Marek')]);
    expect(claim!.text).toBe('the first such trip since the May 2016 tour of his predecessor, Ivo Marek');
    expect(valueOf(claim!)).toMatchObject({ previous: { start: '2016-05-01', timex: '2016-05' }, previousHolder: 'Ivo Marek', head: 'trip' });
  });

  test('an undated since-phrase is kept as text', () => {
    const [claim] = records('Analysts called it the sharpest drop since the end of the oil boom.');
    expect(claim!.text).toBe('the sharpest drop since the end of the oil boom');
    expect(valueOf(claim!)).toMatchObject({ superlative: 'sharpest', what: 'drop', previousText: 'the end of the oil boom' });
    expect(valueOf(claim!).previous).toBeUndefined();
  });

  test('"for the first time since YEAR" is about the clause before it', () => {
    const [claim] = records('The club reached the final for the first time since 1986.');
    expect(claim!.text).toBe('for the first time since 1986');
    expect(valueOf(claim!)).toMatchObject({ superlative: 'first', what: 'The club reached the final', previous: { start: '1986-01-01' } });
  });
});

describe('record extractor: look-back durations', () => {
  test('"the first by … in N years" after a noun phrase: gap, and previous = publication − N', () => {
    const text = 'Her trip to Hanoi, the first by a Danish foreign minister in 11 years, ended on Monday.';
    const [claim] = records(text);
    expect(claim!.text).toBe('the first by a Danish foreign minister in 11 years');
    expect(valueOf(claim!)).toMatchObject({
      superlative: 'first',
      what: 'trip by a Danish foreign minister',
      head: 'trip',
      scope: 'to Hanoi',
      gap: 'P11Y',
      anchor: '2024-05-02',
      previous: { start: '2013-01-01', end: '2014-01-01', timex: '2013' },
      approximate: false,
    });
    expect(claim!.certainty).toMatchObject({ what: 'implied', previous: 'implied', gap: 'stated' });
  });

  test('without a publication date the gap is still stated and no previous year is made up', () => {
    const [claim] = records('Her trip to Hanoi, the first by a Danish foreign minister in 11 years, ended on Monday.', [], null);
    expect(valueOf(claim!).gap).toBe('P11Y');
    expect(valueOf(claim!).previous).toBeUndefined();
    expect(valueOf(claim!).anchor).toBeUndefined();
  });

  test('"in almost six years" is approximate', () => {
    const [claim] = records('He is the most senior Canadian official to tour the region in almost six years.');
    expect(claim!.text).toBe('the most senior Canadian official to tour the region in almost six years');
    expect(valueOf(claim!)).toMatchObject({ superlative: 'most senior', what: 'Canadian official to tour the region', gap: 'P6Y', mod: 'APPROX', approximate: true, previous: { timex: '2018' } });
  });

  test('the anchor of a duration claim wins over the publication date', () => {
    const text = 'She was the highest-level envoy to visit in nearly five years.';
    const [claim] = records(text, [duration('nearly five years', 'P5Y', { mod: 'APPROX', anchor: '2023-06-18' })]);
    expect(valueOf(claim!)).toMatchObject({ superlative: 'highest', gap: 'P5Y', anchor: '2023-06-18', previous: { timex: '2018' }, approximate: true });
  });

  test('"At the time, …" counts back from an earlier moment: no previous year', () => {
    const [claim] = records('At the time, she was the first Chilean minister to visit Laos in eight years.');
    expect(valueOf(claim!)).toMatchObject({ gap: 'P8Y' });
    expect(valueOf(claim!).previous).toBeUndefined();
  });

  test('"a new nine-year low" and "a 12-year high"', () => {
    const claims = records('The index closed at a new nine-year low, while gold hit a 12-year high.');
    expect(quotes(claims)).toEqual(['a new nine-year low', 'a 12-year high']);
    expect(claims.map((claim) => [valueOf(claim).superlative, valueOf(claim).gap, valueOf(claim).previous?.timex])).toEqual([
      ['lowest', 'P9Y', '2015'],
      ['highest', 'P12Y', '2012'],
    ]);
  });
});

describe('record extractor: superlatives with a scope', () => {
  test('"the largest art theft in Belgium" has no previous occurrence', () => {
    const [claim] = records('Police called it the largest art theft in Belgium.');
    expect(claim!.text).toBe('the largest art theft in Belgium');
    expect(valueOf(claim!)).toMatchObject({ superlative: 'largest', what: 'art theft', scope: 'in Belgium', approximate: false });
    expect(valueOf(claim!).previous).toBeUndefined();
  });

  test('"the deadliest raid of the war so far"', () => {
    const [claim] = records('It was the deadliest raid of the war so far.');
    expect(claim!.text).toBe('the deadliest raid of the war so far');
    expect(valueOf(claim!)).toMatchObject({ superlative: 'deadliest', what: 'raid', scope: 'of the war', ever: true });
  });

  test('rankings, ordinals and superlatives without a complement are not records', () => {
    const text = 'Lagos and Cairo are the two largest cities in Africa. It is one of the biggest ports in Asia. It was one of the world’s biggest ever thefts. The first tremor struck at dawn. Oslo is the second largest port in the north. At best, the talks will be short.';
    expect(records(text)).toEqual([]);
  });
});
