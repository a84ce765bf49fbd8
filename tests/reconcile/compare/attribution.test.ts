import { compareSources, rememberingCompareSources, sourceKey } from '../../../src/reconcile/compare/attribution.js';

describe('attribution', () => {
  test('an acronym and its long form are one source', () => {
    expect(sourceKey('the U.S. Geological Survey')).toBe('usgs');
    expect(compareSources('USGS', 'the U.S. Geological Survey')).toBe('same');
    expect(compareSources('the United States Geological Survey', 'U.S. Geological Survey')).toBe('same');
  });

  test('two agencies are different sources; a missing side is unknown', () => {
    expect(compareSources("Iran's seismological centre", 'the USGS')).toBe('different');
    expect(compareSources(undefined, 'the USGS')).toBe('unknown');
  });

  test('a remembering comparison gives what compareSources gives, asked once or twice', () => {
    const sources = [undefined, '', 'USGS', 'the U.S. Geological Survey', "Iran's seismological centre", 'IRNA and the USGS'];
    const remembering = rememberingCompareSources();
    for (let round = 0; round < 2; round++) {
      for (const a of sources) for (const b of sources) expect(remembering(a, b)).toBe(compareSources(a, b));
    }
  });
});
