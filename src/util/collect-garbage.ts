import v8 from 'node:v8';
import vm from 'node:vm';

let fullCollection: (() => void) | null | undefined;

/**
 * A full garbage collection now. V8 collects when it judges best, which on a huge input (a 25 MB
 * article) means after it has let half a gigabyte of one stage's garbage pile up on top of a live set
 * of a gigabyte: the process's peak is then that garbage, not the data. Called only where an input is
 * that large (see `extractDocument`), never per ordinary article: a full collection costs time in
 * proportion to what is live.
 *
 * Node runs without `--expose-gc`; the flag is set here at the first call. Node warns that flags
 * changed after start may do nothing; this one only makes V8 give new contexts a `gc` function, and
 * vm runs nothing but that name (tests/robustness/safety checks it). Where it fails, nothing is
 * collected early. The inspector's HeapProfiler.collectGarbage would need no flag, but it answers
 * only after the current job, and extraction is synchronous.
 */
export function collectGarbage(): void {
  if (fullCollection === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      fullCollection = vm.runInNewContext('gc') as () => void;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.();
}

/**
 * A check to call between two steps of a long job: it collects garbage once the heap has grown by
 * `allowance` bytes since the last collection (or since the check was made) and holds at least `floor`
 * bytes, and does nothing before. `heapUsed` and `collect` are V8's unless a test gives its own.
 */
export function collectingEvery(
  allowance: number,
  floor = 0,
  heapUsed: () => number = usedHeapBytes,
  collect: () => void = collectGarbage,
): () => void {
  let heapAfterCollecting = heapUsed();
  return () => {
    const used = heapUsed();
    if (used < floor || used - heapAfterCollecting <= allowance) return;
    collect();
    heapAfterCollecting = heapUsed();
  };
}

function usedHeapBytes(): number {
  return v8.getHeapStatistics().used_heap_size;
}
