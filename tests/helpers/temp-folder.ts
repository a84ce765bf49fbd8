import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the system's temporary folder, with a helper to write files into it. */
export interface TempFolder {
  root: string;
  /** Writes `content` at `relative` (folders created) and returns the full path. */
  write(relative: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function tempFolder(prefix = 'corroborate-test-'): Promise<TempFolder> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    root,
    async write(relative, content) {
      const file = path.join(root, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
      return file;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
