import { meetingExtractor } from '../../../src/extract/events/meeting-extractor.js';
import type { MeetingClaimValue } from '../../../src/extract/events/meeting-value.js';
import { recordExtractor } from '../../../src/extract/records/record-extractor.js';
import { claimsOf, date, documentOf, person, place, quotes, type Given } from './fixture.js';

const MENDES = person('Carla Mendes', 'Carla Mendes');
const extractors = [recordExtractor, meetingExtractor];

function meetings(text: string, given: Given[] = [], published: string | null = '2024-05-02') {
  return claimsOf('meeting', documentOf(text, published), extractors, given);
}

const valueOf = (claim: { value: unknown }) => claim.value as MeetingClaimValue;

describe('meeting extractor: polarity and modality', () => {
  test('a meeting left off an agenda is negative and planned', () => {
    const text = 'Carla Mendes toured the port. Mendes’s schedule did not include a meeting with Prime Minister Aiko Tanaka.';
    const [claim, ...rest] = meetings(text, [MENDES, person('Mendes’s', 'Carla Mendes'), person('Aiko Tanaka', 'Aiko Tanaka')]);
    expect(rest).toEqual([]);
    expect(claim!.text).toBe('Mendes’s schedule did not include a meeting with Prime Minister Aiko Tanaka');
    expect(text.slice(claim!.span.start, claim!.span.end)).toBe(claim!.text);
    expect(valueOf(claim!)).toMatchObject({
      predicate: 'meet',
      participants: ['carla-mendes'],
      counterpart: ['aiko-tanaka'],
      counterpartNames: ['Aiko Tanaka'],
      polarity: 'negative',
      modality: 'planned',
    });
  });

  test('"a possible meeting" is possible, and shares the place of the talks it is coordinated with', () => {
    const text = 'Carla Mendes reached Norway on Monday. Her itinerary lists talks in Oslo with Trade Minister Olu Bello and a possible meeting with King Harald.';
    const claims = meetings(text, [MENDES, person('Olu Bello', 'Olu Bello'), person('King Harald', 'Harald'), place('Norway'), place('Oslo')]);
    expect(quotes(claims)).toEqual(['Her itinerary lists talks in Oslo with Trade Minister Olu Bello', 'a possible meeting with King Harald']);
    expect(valueOf(claims[0]!)).toMatchObject({ predicate: 'talks', modality: 'planned', polarity: 'positive', participants: ['carla-mendes'], place: 'Oslo' });
    expect(valueOf(claims[1]!)).toMatchObject({ predicate: 'meet', modality: 'possible', polarity: 'positive', counterpart: ['harald'], place: 'Oslo' });
    expect(claims[1]!.certainty.participants).toBe('implied');
  });

  test('"will meet … on Friday in Lisbon" is planned, with the time claim linked and its interval copied', () => {
    const text = 'The minister will meet union leaders on Friday in Lisbon.';
    const friday = date('on Friday', '2024-05-03', '2024-05-03', '2024-05-04');
    const [claim] = meetings(text, [friday, place('Lisbon')]);
    expect(claim!.text).toBe('will meet union leaders on Friday in Lisbon');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'meet', modality: 'planned', counterpartNames: ['union leaders'], place: 'Lisbon', interval: { start: '2024-05-03', end: '2024-05-04' } });
    expect(valueOf(claim!).time).toMatch(/^time-/u);
  });

  test('"arrived in Porto on Wednesday" is an asserted arrival', () => {
    const text = 'Carla Mendes arrived in Porto on Wednesday after a night flight.';
    const [claim] = meetings(text, [MENDES, place('Porto'), date('on Wednesday', '2024-05-01', '2024-05-01', '2024-05-02')]);
    expect(claim!.text).toBe('Carla Mendes arrived in Porto on Wednesday');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'arrive', trigger: 'arrive', participants: ['carla-mendes'], place: 'Porto', polarity: 'positive', modality: 'asserted' });
  });

  test('"is expected to visit" is planned', () => {
    const [claim] = meetings('Carla Mendes is expected to visit Gdansk next week.', [MENDES, place('Gdansk')]);
    expect(claim!.text).toBe('Carla Mendes is expected to visit Gdansk');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'visit', place: 'Gdansk', modality: 'planned' });
  });

  test('"officials said she would meet" is planned and attributed', () => {
    const [claim] = meetings('Officials said Carla Mendes would meet the mayor of Turku.', [MENDES, place('Turku')]);
    expect(claim!.text).toBe('Carla Mendes would meet the mayor of Turku');
    expect(valueOf(claim!)).toMatchObject({ modality: 'planned', source: 'Officials', counterpartNames: ['the mayor of Turku'] });
  });

  test('a past meeting attributed at the end of the sentence is reported', () => {
    const monday = date('on Monday', '2024-04-29', '2024-04-29', '2024-04-30');
    const [claim] = meetings('Carla Mendes met Olu Bello in Lagos on Monday, the ministry said.', [MENDES, person('Olu Bello', 'Olu Bello'), place('Lagos'), monday]);
    expect(claim!.text).toBe('Carla Mendes met Olu Bello in Lagos on Monday');
    expect(valueOf(claim!)).toMatchObject({ modality: 'reported', source: 'the ministry', counterpart: ['olu-bello'], polarity: 'positive' });
  });

  test('"if he returns to Abuja" is hypothetical, the pronoun resolved to the last subject', () => {
    const text = 'Olu Bello has vowed to resign if he returns to Abuja without a deal.';
    const [claim] = meetings(text, [person('Olu Bello', 'Olu Bello'), place('Abuja')]);
    expect(claim!.text).toBe('if he returns to Abuja');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'arrive', trigger: 'return', participants: ['olu-bello'], place: 'Abuja', modality: 'hypothetical' });
    expect(claim!.certainty.participants).toBe('implied');
  });

  test('a denial is negative', () => {
    const [claim] = meetings('The ministry denied that Carla Mendes had met Olu Bello.', [MENDES, person('Olu Bello', 'Olu Bello')]);
    expect(claim!.text).toBe('denied that Carla Mendes had met Olu Bello');
    expect(valueOf(claim!)).toMatchObject({ modality: 'denied', polarity: 'negative' });
  });

  test('"has not ruled out a meeting" is possible and positive', () => {
    const [claim] = meetings('Carla Mendes has not ruled out a meeting with Olu Bello.', [MENDES, person('Olu Bello', 'Olu Bello')]);
    expect(valueOf(claim!)).toMatchObject({ modality: 'possible', polarity: 'positive', counterpart: ['olu-bello'] });
  });

  test('a request is possible; "was scheduled for" is planned and dated; "was cancelled" is negative', () => {
    const text = 'Unions urged Carla Mendes to visit Porto. The visit of Olu Bello was scheduled for March. The summit in Riga was cancelled.';
    const march = date('March', '2024-03', '2024-03-01', '2024-04-01');
    const claims = meetings(text, [MENDES, person('Olu Bello', 'Olu Bello'), place('Porto'), place('Riga'), march]);
    expect(quotes(claims)).toEqual(['urged Carla Mendes to visit Porto', 'The visit of Olu Bello', 'The summit in Riga']);
    expect(claims.map((claim) => [valueOf(claim).modality, valueOf(claim).polarity])).toEqual([
      ['possible', 'positive'],
      ['planned', 'positive'],
      ['planned', 'negative'],
    ]);
    expect(valueOf(claims[1]!).interval?.start).toBe('2024-03-01');
  });

  test('headline grammar "X to visit Y" is planned', () => {
    const [claim] = meetings('Mendes to visit Seoul\n\nThe trip was announced on Tuesday.', [person('Mendes', 'Carla Mendes'), place('Seoul')]);
    expect(claim!.text).toBe('Mendes to visit Seoul');
    expect(valueOf(claim!)).toMatchObject({ modality: 'planned', place: 'Seoul' });
  });
});

describe('meeting extractor: who, with whom, where, when', () => {
  test('two past meetings keep their own times', () => {
    const text = 'Carla Mendes met Aiko Tanaka near Nagoya in October. The two had held talks in Geneva in March 2019.';
    const claims = meetings(text, [
      MENDES,
      person('Aiko Tanaka', 'Aiko Tanaka'),
      place('Nagoya'),
      place('Geneva'),
      date('in October', '2023-10', '2023-10-01', '2023-11-01'),
      date('in March 2019', '2019-03', '2019-03-01', '2019-04-01'),
    ]);
    expect(quotes(claims)).toEqual(['Carla Mendes met Aiko Tanaka near Nagoya in October', 'talks in Geneva in March 2019']);
    expect(claims.map((claim) => valueOf(claim).interval?.start)).toEqual(['2023-10-01', '2019-03-01']);
    expect(claims.map((claim) => valueOf(claim).place)).toEqual(['Nagoya', 'Geneva']);
    expect(valueOf(claims[0]!).time).not.toBe(valueOf(claims[1]!).time);
  });

  test('"between A and his counterpart, B" names both sides; a framing summit lends its place', () => {
    const text = 'Talks followed the meeting, last spring, between Carla Mendes and her Danish counterpart, Jens Holm, on the sidelines of the Nordic summit in Bergen.';
    const claims = meetings(text, [MENDES, person('Jens Holm', 'Jens Holm'), place('Bergen'), date('last spring', '2023-SP', '2023-03-01', '2023-06-01')]);
    const meeting = claims.find((claim) => valueOf(claim).trigger === 'meeting')!;
    expect(meeting.text).toBe('the meeting, last spring, between Carla Mendes and her Danish counterpart, Jens Holm, on the sidelines of the Nordic summit in Bergen');
    expect(valueOf(meeting)).toMatchObject({ participants: ['carla-mendes'], counterpart: ['jens-holm'], place: 'Bergen', interval: { start: '2023-03-01' } });
    const summit = claims.find((claim) => valueOf(claim).predicate === 'summit')!;
    expect(summit.text).toBe('the Nordic summit in Bergen');
    expect(valueOf(summit).interval?.start).toBe('2023-03-01');
  });

  test('phone talks carry their mode', () => {
    const [claim] = meetings('Carla Mendes spoke by phone with Aiko Tanaka.', [MENDES, person('Aiko Tanaka', 'Aiko Tanaka')]);
    expect(claim!.text).toBe('Carla Mendes spoke by phone with Aiko Tanaka');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'talks', mode: 'phone', counterpart: ['aiko-tanaka'] });
  });

  test('"a visit to X by Y" takes Y as the visitor', () => {
    const [claim] = meetings('The deal came after a visit to Chile by Finance Minister Ana Ruiz.', [person('Ana Ruiz', 'Ana Ruiz'), place('Chile')]);
    expect(claim!.text).toBe('a visit to Chile by Finance Minister Ana Ruiz');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'visit', participants: ['ana-ruiz'], place: 'Chile' });
  });

  test('a relative "who" gives "his" its antecedent', () => {
    const text = 'Carla Mendes praised Olu Bello, who made his first visit to Peru last year.';
    const [claim] = meetings(text, [MENDES, person('Olu Bello', 'Olu Bello'), place('Peru')]);
    expect(claim!.text).toBe('his first visit to Peru');
    expect(valueOf(claim!).participants).toEqual(['olu-bello']);
  });

  test('a verb after "and" shares the subject of the first verb', () => {
    const text = 'Owner Lea Park flew to Busan on Monday and met privately with the club’s agent.';
    const [claim] = meetings(text, [person('Lea Park', 'Lea Park'), place('Busan')]);
    expect(claim!.text).toBe('met privately with the club’s agent');
    expect(valueOf(claim!)).toMatchObject({ predicate: 'meet', participants: ['lea-park'], counterpartNames: ['the club’s agent'], modality: 'asserted' });
    expect(claim!.certainty.participants).toBe('implied');
  });

  test('a fronted phrase takes the main clause subject and its modality', () => {
    const [claim] = meetings('During talks in Hanoi, Carla Mendes is expected to raise fishing rights.', [MENDES, place('Hanoi')]);
    expect(claim!.text).toBe('talks in Hanoi');
    expect(valueOf(claim!)).toMatchObject({ participants: ['carla-mendes'], place: 'Hanoi', modality: 'planned' });
  });
});

describe('meeting extractor: precision', () => {
  test('event words with nothing said about them, and meetings of no one, are left out', () => {
    const text = 'During the visit, the mood was calm. The firm will meet the deadline. The plan met with criticism. The meeting room was empty.';
    expect(meetings(text)).toEqual([]);
  });

  test('things do not arrive, names inside proper nouns are no events, a participle is no visit', () => {
    const text = 'Rockets fired from the north landed in Haifa. The storm arrived in Ohio. Fans flocked to the Winter Meetings in Dallas. The visiting team lost.';
    expect(meetings(text, [place('Haifa'), place('Ohio'), place('Dallas')])).toEqual([]);
  });

  test('an event word inside a record belongs to the record', () => {
    const text = 'It was the first visit by a Chilean president to the island since 1998.';
    const doc = documentOf(text);
    expect(claimsOf('meeting', doc, extractors)).toEqual([]);
    expect(claimsOf('record', doc, extractors)).toHaveLength(1);
  });
});

describe('meeting extractor without person or place claims', () => {
  test('names come from capitalisation and titles, places from place prepositions', () => {
    const text = 'President Lena Varga will meet Chancellor Otto Brandt in Vienna.';
    const [claim] = meetings(text, [], null);
    expect(claim!.text).toBe('Lena Varga will meet Chancellor Otto Brandt in Vienna');
    expect(valueOf(claim!)).toMatchObject({ participants: ['Lena Varga'], counterpart: ['Otto Brandt'], place: 'Vienna', modality: 'planned' });
  });

  test('a surname alone is known once the full name was seen; "he" goes to the last subject', () => {
    const text = 'Minister Karl Ostrow flew home. Ostrow said he would visit Tallinn.';
    const [claim] = meetings(text, [], null);
    expect(claim!.text).toBe('he would visit Tallinn');
    expect(valueOf(claim!)).toMatchObject({ participants: ['Karl Ostrow'], place: 'Tallinn', modality: 'planned', source: 'Ostrow' });
  });
});
