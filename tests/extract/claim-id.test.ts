import { ClaimIdAllocator } from '../../src/extract/claim-id.js';
import { stableId } from '../../src/util/hash.js';

describe('claim ids', () => {
  test('hash the article, the kind, the text and its occurrence of that kind', () => {
    const ids = new ClaimIdAllocator('arvel');
    const given = [
      ids.next('person', 'Tomas Arvel'),
      ids.next('place', 'Tomas Arvel'),
      ids.next('person', 'Tomas Arvel'),
      ids.next('person', 'a\u0000b'),
      ids.next('time', 'Tuesday'),
    ];
    expect(given).toEqual([
      stableId('person', ['arvel', 'person', 'Tomas Arvel', 0]),
      stableId('place', ['arvel', 'place', 'Tomas Arvel', 0]),
      stableId('person', ['arvel', 'person', 'Tomas Arvel', 1]),
      stableId('person', ['arvel', 'person', 'a\u0000b', 0]),
      stableId('time', ['arvel', 'time', 'Tuesday', 0]),
    ]);
    expect(given[0]).toMatch(/^person-[0-9a-f]{10}$/u);
    expect(new Set(given).size).toBe(given.length);
  });
});
