import { jest } from '@jest/globals';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

// A bug in one extractor costs only its own claims on the article it failed on.
const failingExtractor = {
  kind: 'person' as const,
  extract(context: { doc: { article: { id: string } } }) {
    if (context.doc.article.id === 'trips') throw new Error('index out of range while reading names');
    return [];
  },
};

jest.unstable_mockModule('../../src/extract/registry.js', async () => {
  const { timeExtractor } = await import('../../src/extract/time/time-extractor.js');
  const extractors = [timeExtractor, failingExtractor];
  return { EXTRACTORS: extractors, extractorsFor: () => [...extractors], PUBLICATION_DEPENDENT: new Set(['time', 'record', 'meeting']) };
});

const { runCheck } = await import('../../src/pipeline.js');

let folder: TempFolder;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => folder.remove());

test('an extractor that throws on one article: an error finding on it; its other claims and the other articles are kept', async () => {
  const trips = await folder.write('trips.txt', 'The envoy flew to Lisbon on Monday and returned on Thursday.\n');
  await folder.write('other.txt', 'The envoy flew to Lisbon on Monday.\n');
  const { result } = await runCheck([folder.root], { publishedForAll: '2019-07-22' });
  expect(result.findings.filter((f) => f.rule === 'input').map((f) => [f.severity, f.message])).toEqual([
    ['error', `${trips}: the person extractor failed on this article: index out of range while reading names; its other claims are kept (please report it)`],
  ]);
  const tripsClaims = result.claims.filter((c) => c.article === 'trips').map((c) => c.text);
  expect(tripsClaims.some((text) => text.includes('Monday'))).toBe(true);
  expect(tripsClaims.some((text) => text.includes('Thursday'))).toBe(true);
  expect(result.claims.some((c) => c.article === 'other')).toBe(true);
});
