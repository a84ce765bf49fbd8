import { personExtractor } from '../../../src/extract/people/person-extractor.js';
import { quoteExtractor } from '../../../src/extract/quotes/quote-extractor.js';
import type { Claim } from '../../../src/types.js';
import { claimsOf } from './run-extractor.js';

const quotes = (text: string): Claim<'quote'>[] => claimsOf('quote', text, [quoteExtractor]);

/** The one quote claim whose text is `text`, its span checked against the article. */
function only(claims: Claim<'quote'>[], text: string, source: string): Claim<'quote'> {
  const found = claims.filter((claim) => claim.text === text);
  expect(found.map((claim) => claim.text)).toEqual([text]);
  const claim = found[0]!;
  expect(source.slice(claim.span.start, claim.span.end)).toBe(text);
  return claim;
}

describe('quoteExtractor: direct quotes', () => {
  test('a named speaker after the quote', () => {
    const text = '"We will rebuild every school in the district," Governor Maria Lenz said on Monday.';
    const claim = only(quotes(text), 'We will rebuild every school in the district', text);
    expect(claim.span.start).toBe(1);
    expect(claim.value).toEqual({
      quote: 'We will rebuild every school in the district', speaker: 'Governor Maria Lenz', speakerKind: 'named', speakerText: 'Governor Maria Lenz', direct: true,
    });
  });

  test('an anonymous speaker, then "he said" resolved to that speaker', () => {
    const text = '"The talks have reached a delicate stage," a senior European diplomat told reporters.\n"Nobody in the room wants them to collapse," he said.';
    const claims = quotes(text);
    expect(only(claims, 'The talks have reached a delicate stage', text).value).toMatchObject({ speaker: 'a senior European diplomat', speakerKind: 'anonymous', direct: true });
    expect(only(claims, 'Nobody in the room wants them to collapse', text).value).toMatchObject({
      speaker: 'a senior European diplomat', speakerKind: 'anonymous', speakerText: 'he', resolvedBy: 'pronoun',
    });
  });

  test('curly quotes spanning two sentences, with an inverted speaker and an apposition', () => {
    const text = '“The water rose so fast. We had minutes to leave,” said Tomas Reyes, a farmer near the river.';
    const claim = only(quotes(text), 'The water rose so fast. We had minutes to leave', text);
    expect(claim.value).toMatchObject({ speaker: 'Tomas Reyes', speakerKind: 'named', direct: true });
  });

  test('a nested quote stays inside the outer one', () => {
    const text = '“My sister shouted ‘run to the hill’ and we ran,” the boy told rescuers.';
    const claim = only(quotes(text), 'My sister shouted ‘run to the hill’ and we ran', text);
    expect(claim.value).toMatchObject({ speaker: 'the boy', speakerKind: 'anonymous' });
  });

  test('a pronoun with nobody before it stays unknown', () => {
    const text = '"This is simply unacceptable," she said.';
    expect(only(quotes(text), 'This is simply unacceptable', text).value).toEqual({
      quote: 'This is simply unacceptable', speakerKind: 'unknown', speakerText: 'she', resolvedBy: 'pronoun', direct: true,
    });
  });

  test('a sentence ending in a colon announces the speaker of the next quote', () => {
    const text = 'The interior minister answered his critics:\n"We acted within the law at every step."';
    expect(only(quotes(text), 'We acted within the law at every step.', text).value).toMatchObject({
      speaker: 'The interior minister', speakerKind: 'anonymous', resolvedBy: 'colon',
    });
  });

  test('a quote that carries on right after an attributed one keeps its speaker', () => {
    const text = '"The first wave hit the harbour," Captain Ana Ruiz said.\n"The second one took the pier with it."';
    expect(only(quotes(text), 'The second one took the pier with it.', text).value).toMatchObject({ speaker: 'Captain Ana Ruiz', resolvedBy: 'continuation' });
  });

  test('"the latter" is the last person named before it, when the people extractor ran', () => {
    const text = 'Mayor Ines Okafor met Governor Paul Brandt on Monday.\nThe latter said the levee "would hold through the winter".';
    const claims = claimsOf('quote', text, [personExtractor, quoteExtractor]);
    expect(only(claims, 'would hold through the winter', text).value).toMatchObject({ speaker: 'Paul Brandt', speakerKind: 'named', speakerText: 'The latter', resolvedBy: 'pronoun' });
  });

  test('scare quotes without a speaker are not quotes', () => {
    expect(quotes('The ministry unveiled its "green" plan for the coast.')).toEqual([]);
  });
});

describe('quoteExtractor: reported speech', () => {
  test('"X said that …" and "…, officials said"', () => {
    const text = 'The mayor said that the bridge would reopen within a week. The road had been closed since the flood, police officials said.';
    const claims = quotes(text);
    expect(only(claims, 'the bridge would reopen within a week', text).value).toEqual({
      quote: 'the bridge would reopen within a week', speaker: 'The mayor', speakerKind: 'anonymous', speakerText: 'The mayor', direct: false, verb: 'said',
    });
    expect(only(claims, 'The road had been closed since the flood', text).value).toMatchObject({ speaker: 'police officials', direct: false });
  });

  test('"according to" a named agency', () => {
    const text = 'According to the Coastal Weather Service, the surge reached the old town before midnight.';
    expect(only(quotes(text), 'the surge reached the old town before midnight', text).value).toMatchObject({
      speaker: 'the Coastal Weather Service', speakerKind: 'named', direct: false,
    });
  });
});
