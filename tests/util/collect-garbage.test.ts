import { collectGarbage, collectingEvery } from '../../src/util/collect-garbage.js';

describe('collectGarbage', () => {
  test('collects what nothing holds any more, and may be called again', async () => {
    let held: { payload: number[] } | undefined = { payload: Array.from({ length: 1000 }, (_, i) => i) };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef's target stays alive to the end of the current job: let it end first.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(() => collectGarbage()).not.toThrow();
  });
});

describe('collectingEvery', () => {
  /**
   * How many collections there have been after each check, for the heap sizes of `steps` in turn:
   * the heap starts at `start` and each collection leaves `after`.
   */
  function collectionsSeen(allowance: number, floor: number, start: number, after: number, steps: readonly (readonly [heap: number, collections: number])[]): number[] {
    let heap = start;
    let collections = 0;
    const check = collectingEvery(
      allowance,
      floor,
      () => heap,
      () => {
        collections++;
        heap = after;
      },
    );
    return steps.map(([size]) => {
      heap = size;
      check();
      return collections;
    });
  }

  test('collects once the heap has grown past the allowance since the last collection, and not before', () => {
    // 1,650 is counted from what was left after the first collection (1,200), not from the start.
    const steps = [[1400, 0], [1600, 1], [1650, 1], [1800, 2]] as const;
    expect(collectionsSeen(500, 0, 1000, 1200, steps)).toEqual(steps.map(([, count]) => count));
  });

  test('collects nothing while the heap is below the floor, however much it grew', () => {
    // 1,900 has grown past the allowance but is below the floor; 2,100 is past both. After that
    // collection (down to 1,500), 2,000 is at the floor but within the allowance of 1,500.
    const steps = [[1900, 0], [2100, 1], [2000, 1], [2200, 2]] as const;
    expect(collectionsSeen(500, 2000, 100, 1500, steps)).toEqual(steps.map(([, count]) => count));
  });

  test('with V8 itself: a check right after it was made collects nothing and does not throw', () => {
    expect(() => collectingEvery(256 * 1024 * 1024)()).not.toThrow();
  });
});
