import type { ParsedResult } from 'chrono-node/en';
import { ABOUT_SOURCE, DURATION_CUES, DURATION_SOURCE, datelineChrono } from '../../src/ingest/dateline-chrono.js';
import { chronoEnglish } from '../../src/util/chrono-english.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** What a parse found, in terms that compare: where, the text, and the stated and implied values. */
function found(results: ParsedResult[]) {
  return results.map((result) => ({
    index: result.index,
    text: result.text,
    start: result.start.date().toISOString(),
    end: result.end?.date().toISOString(),
    tags: [...result.tags()].sort(),
  }));
}

describe('datelineChrono: finds what chrono.casual finds', () => {
  test.each([
    // Header lines without a relative cue word: the guarded parsers are skipped.
    'Thursday, March 14, 2013 10:35 AM EDT',
    'Published: 12:01AM GMT 04 May 2013',
    'May 2, 2013 | 5:03pm',
    '27/09/2013 Turkmenistan',
    'Updated 0947 GMT (1747 HKT) June 12, 2012',
    // Lines that hold the cue words, with and without a duration before them.
    'Posted 3 hours ago by the desk',
    'Posted 2 days after the vote, June 12, 2012',
    'Two weeks later, on Friday, March 8, 2013',
    'Updated within 5 minutes of the quake, 9:14 PM',
    'for 10 days in April 2011',
    'last 2 weeks, next month, this year',
    '+2 hours -3 days',
    'From now on: 5 minutes from now',
    'Henceforth 3 years henceforth; out 4 days out',
    'Earlier: 6 months earlier, 1 year before',
    'NOBODY WAS IN: 12:01AM, AGO 2 DAYS AGO',
  ])('%s', (line) => {
    const options = { forwardDate: false };
    expect(found(datelineChrono().parse(line, REFERENCE, options))).toEqual(found(chronoEnglish().casual.parse(line, REFERENCE, options)));
  });

  test('reads a bare duration as a date when dates are read forward, as chrono does', () => {
    const options = { forwardDate: true };
    const line = 'Posted: 5 days';
    expect(found(datelineChrono().parse(line, REFERENCE, options))).toEqual(found(chronoEnglish().casual.parse(line, REFERENCE, options)));
  });
});

describe('datelineChrono: the guards are parts of the patterns they guard', () => {
  // A chrono release that rewrites these patterns must fail here, not change what datelines read.
  const parsers = chronoEnglish().configuration.createCasualConfiguration(false).parsers;
  test.each([...DURATION_CUES])('%s', (name, { part }) => {
    const parser = parsers.find((candidate) => candidate.constructor.name === name);
    expect(parser).toBeDefined();
    const pattern = parser!.pattern({ text: '', option: {} } as never);
    expect(pattern.flags).toBe(part.flags);
    expect(pattern.source).toContain(DURATION_SOURCE);
    for (const piece of part.source.split(DURATION_SOURCE).flatMap((side) => side.split(ABOUT_SOURCE))) expect(pattern.source).toContain(piece);
  });
});
