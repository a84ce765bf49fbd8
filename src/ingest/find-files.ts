import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFormat } from '../types.js';

/** File extensions read as articles, and the format each one means. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export function formatOf(file: string): ArticleFormat | undefined {
  return ARTICLE_EXTENSIONS[path.extname(file).toLowerCase()];
}

/** Thrown when a path given on the command line cannot be used at all. */
export class InputPathError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'InputPathError';
  }
}

// Files in these folders are never articles.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'claims', 'reports', 'dist']);

/**
 * Expands files and folders (recursively) into article files, sorted so every run reads them in
 * the same order. Symbolic-link loops are visited once. A missing path is an `InputPathError`.
 * Files given explicitly are read whatever their extension is; inside folders only known extensions.
 */
export async function findArticleFiles(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const seenFolders = new Set<string>();
  async function walk(folder: string): Promise<void> {
    const real = await realpath(folder);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (!target) continue;
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full);
      } else if (isFile && formatOf(entry.name)) {
        found.add(full);
      }
    }
  }
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
      throw new InputPathError(input, error.code === 'ENOENT' ? 'no such file or folder' : error.message);
    });
    if (info.isDirectory()) await walk(input);
    else found.add(input);
  }
  return [...found];
}
