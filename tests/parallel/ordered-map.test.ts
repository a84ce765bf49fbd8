import { mapOrdered } from '../../src/parallel/ordered-map.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('mapOrdered', () => {
  test('yields results in input order even when later batches finish first', async () => {
    const items = Array.from({ length: 23 }, (_, index) => index);
    // Earlier batches are slower: without reordering the output would come back reversed.
    const run = async (batch: number[]) => {
      await pause(20 - batch[0]!);
      return batch.map((item) => item * 10);
    };
    expect(await collect(mapOrdered(items, run, { batchSize: 3, inFlight: 4 }))).toEqual(items.map((item) => item * 10));
  });

  test('never has more than inFlight batches running, and reads the source only as results are taken', async () => {
    let running = 0;
    let most = 0;
    let pulled = 0;
    async function* source() {
      for (let index = 0; index < 40; index++) {
        pulled++;
        yield index;
      }
    }
    const run = async (batch: number[]) => {
      running++;
      most = Math.max(most, running);
      await pause(2);
      running--;
      return batch;
    };
    const iterator = mapOrdered(source(), run, { batchSize: 2, inFlight: 3 });
    const first = await iterator.next();
    expect(first.value).toBe(0);
    // Three batches of two started, no more: the rest of the source is still unread.
    expect(pulled).toBeLessThanOrEqual(3 * 2 + 1);
    const rest = await collect({ [Symbol.asyncIterator]: () => iterator });
    expect([0, ...rest]).toEqual(Array.from({ length: 40 }, (_, index) => index));
    expect(most).toBeLessThanOrEqual(3);
  });

  test('a failed batch fails the stream at its turn', async () => {
    const run = async (batch: number[]) => {
      if (batch.includes(5)) throw new Error('batch with 5 failed');
      return batch;
    };
    await expect(collect(mapOrdered([1, 2, 3, 4, 5, 6, 7], run, { batchSize: 2, inFlight: 2 }))).rejects.toThrow('batch with 5 failed');
  });

  test('an empty source yields nothing', async () => {
    expect(await collect(mapOrdered([], async (batch: number[]) => batch, { batchSize: 4, inFlight: 2 }))).toEqual([]);
  });
});
