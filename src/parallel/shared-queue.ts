import { parentPort, Worker } from 'node:worker_threads';
import { failureOf, settle, type Settled } from './settled.js';

/**
 * A fixed list of items shared out among the calling thread and worker threads through a counter in
 * shared memory. Every thread takes the next item the moment it is free, without asking: a worker
 * never waits for the calling thread to hand it work, even while that thread is busy with an item of
 * its own for a long while (a story is extracted, dated and reconciled in one go), and at the end
 * no thread holds items queued that another, idle, could have taken.
 *
 * A worker may leave an item it took to the calling thread (`LEAVE_TO_CALLING_THREAD`), which then does
 * it before taking another.
 *
 * The calling thread yields the results in the order of the items. A thread takes an item only while
 * it is fewer than `ahead` items past the oldest result not yet yielded, so results waiting their turn
 * stay few.
 */

/** What a worker is sent, once: every item, the shared counters, and how far ahead it may take. */
interface QueueMessage<T> {
  queue: { items: readonly T[]; counters: SharedArrayBuffer; ahead: number; first: number };
}

/** What a worker sends back for one item: its result, its failure, or that the calling thread must do it. */
type ItemReply<R> = { index: number } & (Settled<R> | { deferred: true });

/** What a worker's work gives for an item it leaves to the calling thread (`SharedQueueOptions.local` never gives it). */
export const LEAVE_TO_CALLING_THREAD = 'leave to the calling thread' as const;

// The counters: the next item not yet taken, and how many results the calling thread has yielded.
const NEXT = 0;
const YIELDED = 1;
// A worker too far ahead waits for the calling thread to yield; it looks again at least this often (ms).
const WAIT_MS = 50;

export interface SharedQueueOptions<T, R> {
  /** The worker script: it calls `serveSharedQueue` with the same work as `local`. */
  script: URL;
  /** Worker threads (the calling thread not counted); at least 1. */
  workers: number;
  /** The work on the calling thread. */
  local: (item: T) => Promise<R>;
  /** How many items past the oldest result not yet yielded a thread may take. */
  ahead: number;
}

/**
 * Runs `local`'s work on every item, on this thread and `options.workers` workers, and yields the
 * results in the order of the items. Worker k first takes item k: a worker starts a little after
 * this thread (it loads its code), which meanwhile takes the items after those. A failed item
 * throws when its turn comes; a worker that dies fails the run.
 */
export async function* runSharedQueue<T, R>(items: readonly T[], options: SharedQueueOptions<T, R>): AsyncGenerator<R> {
  const workers = Math.max(1, Math.floor(options.workers));
  const ahead = Math.max(1, Math.floor(options.ahead));
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const counters = new Int32Array(buffer);
  const first = Math.min(workers, items.length);
  Atomics.store(counters, NEXT, first);

  const done = new Map<number, ItemReply<R>>();
  // Items a worker took and left to this thread, in the order they came back.
  const left: number[] = [];
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const woken = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    woken();
  };

  const threads: Worker[] = [];
  for (let k = 0; k < workers; k++) {
    const worker = new Worker(options.script);
    worker.on('message', (reply: ItemReply<R>) => {
      if ('deferred' in reply) left.push(reply.index);
      else done.set(reply.index, reply);
      woken();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    });
    worker.postMessage({ queue: { items, counters: buffer, ahead, first: k < items.length ? k : -1 } } satisfies QueueMessage<T>);
    threads.push(worker);
  }

  try {
    let turn = 0;
    while (turn < items.length) {
      const reply = done.get(turn);
      if (reply) {
        done.delete(turn);
        Atomics.store(counters, YIELDED, ++turn);
        Atomics.notify(counters, YIELDED);
        if ('message' in reply) throw failureOf(reply);
        if ('value' in reply) yield reply.value;
        continue;
      }
      if (failure) throw failure;
      // An item left by a worker comes first: the results after it wait for it.
      const index = left.length > 0 ? left.shift()! : take(counters, items.length, ahead);
      if (index !== undefined) {
        done.set(index, { index, ...(await settle(() => options.local(items[index]!))) });
        continue;
      }
      // The item whose turn it is is a worker's: wait for a reply (or a failure).
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}

/** The next item to take, if any is left and it is not too far ahead of the results yielded. */
function take(counters: Int32Array, count: number, ahead: number): number | undefined {
  for (;;) {
    const next = Atomics.load(counters, NEXT);
    if (next >= count || next - Atomics.load(counters, YIELDED) >= ahead) return undefined;
    if (Atomics.compareExchange(counters, NEXT, next, next + 1) === next) return next;
  }
}

/**
 * The worker side of `runSharedQueue`: takes items until none is left, `handle`s each and sends its
 * result back. Call it once from the worker script; messages of other kinds are left to their own
 * listeners.
 */
export function serveSharedQueue<T, R>(handle: (item: T) => Promise<R | typeof LEAVE_TO_CALLING_THREAD> | R | typeof LEAVE_TO_CALLING_THREAD): void {
  const port = parentPort;
  if (!port) throw new Error('serveSharedQueue must run in a worker thread');
  port.on('message', (message: Partial<QueueMessage<T>>) => {
    if (!message || typeof message !== 'object' || !message.queue) return;
    const { items, counters: buffer, ahead, first } = message.queue;
    const counters = new Int32Array(buffer);
    void (async () => {
      let index: number | undefined = first >= 0 ? first : undefined;
      for (;;) {
        if (index === undefined) index = takeOrWait(counters, items.length, ahead);
        if (index === undefined) return;
        const item = items[index]!;
        const settled = await settle(() => handle(item));
        port.postMessage((settled.ok && settled.value === LEAVE_TO_CALLING_THREAD ? { index, deferred: true } : { index, ...settled }) satisfies ItemReply<R | typeof LEAVE_TO_CALLING_THREAD>);
        index = undefined;
      }
    })();
  });
}

/**
 * The next item for a worker: taken at once when allowed; when the thread is too far ahead, it sleeps
 * until the calling thread yields a result. Undefined once every item is taken.
 */
function takeOrWait(counters: Int32Array, count: number, ahead: number): number | undefined {
  for (;;) {
    if (Atomics.load(counters, NEXT) >= count) return undefined;
    const index = take(counters, count, ahead);
    if (index !== undefined) return index;
    const yielded = Atomics.load(counters, YIELDED);
    if (Atomics.load(counters, NEXT) - yielded >= ahead) Atomics.wait(counters, YIELDED, yielded, WAIT_MS);
  }
}
