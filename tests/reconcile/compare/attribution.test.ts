import { compareSources, sourceKey } from '../../../src/reconcile/compare/attribution.js';

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
});
