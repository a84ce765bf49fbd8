/**
 * The outcome of work done on one thread, in a form that crosses to another (`postMessage` clones
 * plain data, not errors with their class): the value, or the failure's message and stack.
 */
export type Settled<R> = { ok: true; value: R } | { ok: false; message: string; stack?: string };

/** Runs `work` and keeps its value or its failure. */
export async function settle<R>(work: () => Promise<R> | R): Promise<Settled<R>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return { ok: false, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) };
  }
}

/** The error a failed outcome stands for, with the stack of the thread where it happened. */
export function failureOf(settled: { message: string; stack?: string }): Error {
  return Object.assign(new Error(settled.message), settled.stack ? { stack: settled.stack } : {});
}
