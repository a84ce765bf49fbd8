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
  test('collects once the heap has grown past the allowance since the last collection, and not before', () => {
    let heap = 1000;
    let collections = 0;
    const check = collectingEvery(
      500,
      () => heap,
      () => {
        collections++;
        heap = 1200;
      },
    );
    heap = 1400;
    check();
    expect(collections).toBe(0);
    heap = 1600;
    check();
    expect(collections).toBe(1);
    // Counted from what was left after collecting (1,200), not from the start.
    heap = 1650;
    check();
    expect(collections).toBe(1);
    heap = 1800;
    check();
    expect(collections).toBe(2);
  });

  test('with V8 itself: a check right after it was made collects nothing and does not throw', () => {
    expect(() => collectingEvery(256 * 1024 * 1024)()).not.toThrow();
  });
});
