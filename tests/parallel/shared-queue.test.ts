import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSharedQueue } from '../../src/parallel/shared-queue.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { builtBin } from '../stream/built-cli.js';

interface Item {
  n: number;
  delay?: number;
  fail?: boolean;
  crash?: boolean;
  /** The worker leaves it to the calling thread. */
  leave?: boolean;
}

interface Done {
  n: number;
  thread: number;
}

/**
 * The worker side is the compiled `serveSharedQueue` of the built CLI (worker scripts must be
 * JavaScript); the calling side is the TypeScript source under test.
 */
const WORKER = (queue: string) => `
import { threadId } from 'node:worker_threads';
import { LEAVE_TO_CALLING_THREAD, serveSharedQueue } from ${JSON.stringify(queue)};
serveSharedQueue(async (item) => {
  if (item.crash) process.exit(3);
  if (item.leave) return LEAVE_TO_CALLING_THREAD;
  if (item.fail) throw new Error('item ' + item.n + ' failed');
  await new Promise((resolve) => setTimeout(resolve, item.delay ?? 0));
  return { n: item.n, thread: threadId };
});
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<R>(results: AsyncGenerator<R>): Promise<R[]> {
  const all: R[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('runSharedQueue', () => {
  let temp: TempFolder;
  let script: URL;
  beforeAll(async () => {
    temp = await tempFolder();
    const queue = pathToFileURL(path.join(path.dirname(path.dirname(builtBin())), 'parallel', 'shared-queue.js')).href;
    script = pathToFileURL(await temp.write('worker.mjs', WORKER(queue)));
  });
  afterAll(() => temp.remove());

  // The calling thread's own work, marked with thread -1.
  const local = async (item: Item): Promise<Done> => {
    if (item.fail) throw new Error(`item ${item.n} failed`);
    await sleep(item.delay ?? 0);
    return { n: item.n, thread: -1 };
  };

  test('yields every result in the order of the items, the work shared by both threads; the worker takes the first item', async () => {
    const items = Array.from({ length: 24 }, (_, n): Item => ({ n, delay: 3 + (n % 4) }));
    const results = await collect(runSharedQueue(items, { script, workers: 1, local, ahead: 4 }));
    expect(results.map((result) => result.n)).toEqual(items.map((item) => item.n));
    expect(results[0]!.thread).not.toBe(-1);
    const threads = new Set(results.map((result) => result.thread));
    expect(threads.has(-1)).toBe(true);
    expect(threads.size).toBe(2);
  });

  test('while the calling thread is busy with one long item, the worker takes the next ones', async () => {
    // Item 1 is the calling thread's (the worker starts with item 0) and takes long.
    const items: Item[] = [{ n: 0 }, { n: 1, delay: 400 }, { n: 2 }, { n: 3 }, { n: 4 }];
    const results = await collect(runSharedQueue(items, { script, workers: 1, local, ahead: 8 }));
    expect(results.map((result) => result.n)).toEqual([0, 1, 2, 3, 4]);
    expect(results[1]!.thread).toBe(-1);
    expect(results.slice(2).every((result) => result.thread !== -1)).toBe(true);
  });

  test('an item a worker leaves is done by the calling thread, in its turn', async () => {
    // The worker takes item 0 first and leaves it; it also leaves every third item it takes later.
    const items = Array.from({ length: 12 }, (_, n): Item => ({ n, delay: 2, ...(n % 3 === 0 ? { leave: true } : {}) }));
    const results = await collect(runSharedQueue(items, { script, workers: 1, local, ahead: 4 }));
    expect(results.map((result) => result.n)).toEqual(items.map((item) => item.n));
    for (const result of results) if (result.n % 3 === 0) expect(result.thread).toBe(-1);
    expect(results.some((result) => result.thread !== -1)).toBe(true);
  });

  test('with more workers than items, each item is done once', async () => {
    const items: Item[] = [{ n: 0 }, { n: 1 }];
    const results = await collect(runSharedQueue(items, { script, workers: 3, local, ahead: 2 }));
    expect(results.map((result) => result.n)).toEqual([0, 1]);
  });

  test('an item that fails throws when its turn comes, after the results before it', async () => {
    const items: Item[] = Array.from({ length: 6 }, (_, n) => ({ n, ...(n === 3 ? { fail: true } : {}) }));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const result of runSharedQueue(items, { script, workers: 1, local, ahead: 2 })) seen.push(result.n);
      })(),
    ).rejects.toThrow('item 3 failed');
    expect(seen).toEqual([0, 1, 2]);
  });

  test('a worker that dies fails the run', async () => {
    const items: Item[] = [{ n: 0, crash: true }, { n: 1 }, { n: 2 }];
    await expect(collect(runSharedQueue(items, { script, workers: 1, local, ahead: 2 }))).rejects.toThrow(/stopped unexpectedly/u);
  });
});
