export interface OrderedMapOptions {
  /** Items handed to `run` at once (fewer messages between threads). */
  batchSize: number;
  /** Batches started but not yet yielded; bounds the memory a fast reader can fill. */
  inFlight: number;
}

/**
 * Maps a stream of items in batches, several batches at a time, and yields the results in the order
 * of the items — whichever batch finishes first. At most `inFlight` batches are pending, so a long
 * input is never held in memory at once: the source is read only as results are taken.
 */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  run: (batch: T[]) => Promise<R[]>,
  options: OrderedMapOptions,
): AsyncGenerator<R> {
  const batchSize = Math.max(1, Math.floor(options.batchSize));
  const inFlight = Math.max(1, Math.floor(options.inFlight));
  const pending: Promise<R[]>[] = [];
  let batch: T[] = [];
  try {
    for await (const item of source) {
      batch.push(item);
      if (batch.length < batchSize) continue;
      pending.push(settled(run(batch)));
      batch = [];
      if (pending.length >= inFlight) yield* await pending.shift()!;
    }
    if (batch.length > 0) pending.push(settled(run(batch)));
    while (pending.length > 0) yield* await pending.shift()!;
  } finally {
    // A consumer that stops early (or a failed batch) must not leave rejections unobserved.
    for (const promise of pending) promise.catch(() => undefined);
  }
}

// Marks the rejection as handled now; it is still thrown when the batch's turn comes to be awaited.
function settled<R>(promise: Promise<R>): Promise<R> {
  promise.catch(() => undefined);
  return promise;
}
