import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO } from '../cli/io.js';
import { UsageError } from '../cli/io.js';
import { describeWriteError } from '../cli/write-output.js';

/** Text written piece by piece, to stdout or to a file that appears whole when closed. */
export interface StreamOutput {
  /** Text, or bytes already encoded as UTF-8 (copied from a spool without decoding them). */
  write(text: string | Uint8Array): Promise<void>;
  /** Flushes; a file is then moved into place. */
  close(): Promise<void>;
  /** Gives up: a file being written is removed, the old one (if any) stays. */
  abort(): Promise<void>;
}

// Pieces are gathered up to this size before a write: one system call per record would be slow.
const CHUNK = 1 << 16;

/**
 * Opens stdout (no file, or `-`) or FILE for streamed output. A file is written beside its target
 * under a temporary name, synced and renamed over it on `close()`, so a reader never sees half a
 * report, even after a crash.
 */
export async function openStreamOutput(io: CliIO, file: string | undefined): Promise<StreamOutput> {
  if (file === undefined || file === '-') return buffered(async (text) => io.stdout(typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8')));
  const target = path.resolve(io.cwd, file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  let handle: FileHandle;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    handle = await open(temporary, 'w', 0o644);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${describeWriteError((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`);
  }
  const output = buffered(async (text) => (typeof text === 'string' ? void (await handle.write(text)) : writeAll(handle, text)));
  return {
    write: output.write,
    async close() {
      await output.close();
      // On disk before it takes the target's name: after a crash the target is the old file or the
      // whole new one, never an empty or partial one (the rename can reach the disk before the data).
      await handle.sync();
      await handle.close();
      try {
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw new UsageError(`cannot write ${file}: ${describeWriteError((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`);
      }
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/** Every byte, even when the system writes part of them at a time. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.byteLength; ) done += (await handle.write(bytes, done, bytes.byteLength - done)).bytesWritten;
}

function buffered(sink: (text: string | Uint8Array) => Promise<void>): StreamOutput {
  let pieces: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const text = pieces.join('');
    pieces = [];
    size = 0;
    await sink(text);
  };
  return {
    async write(text) {
      if (typeof text !== 'string') {
        // Bytes come in big pieces: written as they are, after the text before them.
        await flush();
        if (text.byteLength > 0) await sink(text);
        return;
      }
      pieces.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    },
    close: flush,
    async abort() {
      pieces = [];
      size = 0;
    },
  };
}
