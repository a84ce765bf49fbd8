import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';

/** Prints to stdout, or writes FILE atomically (parent folders created); an unwritable path is exit 2. */
export async function writeOutput(io: CliIO, text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, file);
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write ${file}: ${describeWriteError(reason)}`);
  }
}

/** A write failure in words: `EACCES` → `permission denied`. */
export function describeWriteError(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
    // A recursive mkdir says EEXIST when a file stands where a parent folder should be.
    case 'EEXIST':
      return 'a parent of it is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'read-only file system';
    default:
      return code;
  }
}
