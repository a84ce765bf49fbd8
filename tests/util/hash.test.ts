import { stableId } from '../../src/util/hash.js';
import { ClaimIdAllocator } from '../../src/extract/claim-id.js';

// Ids are in every saved report and baseline: these are the ids earlier versions gave, and must stay.
describe('stableId', () => {
  test('the same parts give the same id as before', () => {
    expect(stableId('quote', ['wire-1', 'quote', 'we will stay', 0])).toBe('quote-13a8c74aff');
    expect(stableId('x', [3, 'y'], 12)).toBe('x-3cb7f6b5dfc4');
  });

  test('a separator inside a part is escaped, so parts cannot run into each other', () => {
    expect(stableId('f', ['a\u0000b', 'c'])).toBe('f-a883925bea');
    expect(stableId('f', ['a', '\u0000b', 'c'])).toBe('f-9dccfa5288');
  });
});

describe('ClaimIdAllocator', () => {
  test('the same text is counted per kind: a repeat gets its own id, another kind does not count', () => {
    const ids = new ClaimIdAllocator('wire-1');
    expect([ids.next('quote', 'same words'), ids.next('person', 'same words'), ids.next('quote', 'same words')]).toEqual(['quote-e8c66d97e2', 'person-825e12ed85', 'quote-84fa75f3bc']);
  });
});
