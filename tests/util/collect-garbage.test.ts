import { collectGarbage } from '../../src/util/collect-garbage.js';

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
