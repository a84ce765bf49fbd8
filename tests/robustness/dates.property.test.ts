import fc from 'fast-check';
import { extractDocument } from '../../src/extract/extract-document.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { parsePublished } from '../../src/ingest/published.js';
import { segment } from '../../src/segment/segment.js';
import type { Article, TimeValue } from '../../src/types.js';

// A date written in any of the ways news text writes a full date reads back as itself, through
// the public extraction pipeline (segment + extractDocument with every extractor) and through the
// dateline reader.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const abbreviated = (month: string) => (month.length <= 4 ? month : `${month.slice(0, month === 'September' ? 4 : 3)}.`);

type Phrasing = (year: number, month: number, day: number, weekday: string) => string;
const PHRASINGS: readonly Phrasing[] = [
  (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
  (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
  (y, m, d) => `${abbreviated(MONTHS[m - 1]!)} ${d}, ${y}`,
  (y, m, d, w) => `${w}, ${MONTHS[m - 1]} ${d}, ${y}`,
  (y, m, d, w) => `${w} ${d} ${MONTHS[m - 1]} ${y}`,
  (y, m, d) => `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`,
  (y, m, d) => `the ${ordinal(d)} of ${MONTHS[m - 1]} ${y}`,
  (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
  (y, m, d) => `${pad(m)}/${pad(d)}/${y}`,
];

const dates = fc.record({
  date: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }),
  phrasing: fc.nat({ max: PHRASINGS.length - 1 }),
});

function parts(date: Date) {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return { year, month, day, weekday: WEEKDAYS[date.getUTCDay()]!, iso: `${year}-${pad(month)}-${pad(day)}` };
}

test('in a sentence: the time claim over the date normalises to that date', () => {
  fc.assert(
    fc.property(dates, ({ date, phrasing }) => {
      const { year, month, day, weekday, iso } = parts(date);
      const written = PHRASINGS[phrasing]!(year, month, day, weekday);
      const text = `The new bridge over the estuary opened on ${written}, the council said.\n`;
      const article: Article = {
        id: 'd', path: 'd.txt', format: 'text', text, textSource: 'file',
        published: { value: '2019-07-22', basis: 'given', confidence: 1 }, excluded: [], problems: [],
      };
      const start = text.indexOf(written);
      const claims = extractDocument(segment(article), EXTRACTORS, article.published).filter(
        (claim) => claim.kind === 'time' && claim.span.start < start + written.length && claim.span.end > start,
      );
      // One claim, over the date (an article such as "the" may stay outside it), with its value.
      expect({ written, values: claims.map((claim) => [(claim.value as TimeValue).timex.value, claim.text]) }).toEqual({
        written,
        values: [[iso, expect.stringContaining(written.replace(/^the /u, ''))]],
      });
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
  );
});

test('as a dateline: the publication date reads back as itself', () => {
  fc.assert(
    fc.property(dates, ({ date, phrasing }) => {
      const { year, month, day, weekday, iso } = parts(date);
      const written = PHRASINGS[phrasing]!(year, month, day, weekday);
      expect({ written, value: parsePublished(written)?.value }).toEqual({ written, value: iso });
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
  );
});
