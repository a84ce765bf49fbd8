import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Makes the rename itself durable: the folder's entry is flushed too (where the system allows it). */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Some systems refuse fsync on a folder (EISDIR, EPERM, EINVAL); the data itself is synced.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes a file so that readers see either the old content or the new, never half of it, and a
 * crash never leaves the target truncated: write a temporary file beside it (a fresh name, created
 * exclusively, so no existing file or link is followed), fsync, rename over the target, fsync the
 * folder. Parent folders are created; an existing target keeps its permissions. On any failure the
 * temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    // A recursive mkdir says EEXIST when a file stands where a folder should be; name it as such.
    if (error.code === 'EEXIST') throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${folder}'`), { code: 'ENOTDIR' });
    throw error;
  });
  const mode = await stat(file).then(
    (info) => (info.isFile() ? info.mode & 0o7777 : 0o644),
    () => 0o644,
  );
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}
