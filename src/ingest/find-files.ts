import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { ArticleFormat, InputProblem } from '../types.js';
import { MANIFEST_NAMES as MANIFEST_NAME_LIST } from './manifest-names.js';

const MANIFEST_NAMES: ReadonlySet<string> = new Set(MANIFEST_NAME_LIST);

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

/** Thrown when a path given on the command line does not exist: the run cannot be what was asked. */
export class InputPathError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'InputPathError';
  }
}

/** An article file and the input folder it was found under (the manifest search stops there). */
export interface FoundFile {
  path: string;
  root: string;
}

export interface FoundFiles {
  files: FoundFile[];
  /**
   * The manifests each walked folder holds (absolute folder → names present, often none): the manifest
   * lookup then reads only files that exist instead of trying every name in every folder.
   */
  manifestsIn: Map<string, string[]>;
  /** Folders that could not be read, links that lead nowhere: reported, the walk goes on. */
  problems: InputProblem[];
}

// Files in these folders are never articles (our own outputs, dependencies, version control).
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'claims', 'reports', 'dist']);
// Project documents that sit beside articles in a folder ("README.md", "ECBPLUS-LICENSE.txt").
// Named explicitly on the command line they are read like any other file.
const PROJECT_DOCUMENT = /(?:^|[-_.])(?:readme|licen[cs]e|changelog|changes|contributing|notice|authors|copying|expected|code_of_conduct)$/iu;

/** Whether a file found inside a folder is read as an article. */
export function isArticleName(name: string): boolean {
  if (name.startsWith('.') || !formatOf(name)) return false;
  return !PROJECT_DOCUMENT.test(name.slice(0, name.length - path.extname(name).length));
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOENT':
      return 'no such file or folder';
    default:
      return error.message;
  }
}

/**
 * Expands files and folders (recursively) into article files, in an order that is the same on
 * every run: inputs as given, folder entries sorted by name. A folder reached twice (a symbolic
 * link loop) is walked once; a file reached twice is read once. Hidden entries are skipped.
 * A missing input path throws `InputPathError`; everything found inside folders that cannot be
 * used (unreadable folders, broken or looping links) is a problem on that path.
 */
export async function findArticleFiles(inputs: readonly string[]): Promise<FoundFiles> {
  const files: FoundFile[] = [];
  const problems: InputProblem[] = [];
  const manifestsIn = new Map<string, string[]>();
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  // `real`: the file's real path when already known (a plain file in a folder whose real path is known).
  const addFile = async (file: string, root: string, real?: string) => {
    real ??= await realpath(file).catch(() => path.resolve(file));
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ path: file, root });
  };
  async function walk(folder: string, root: string): Promise<void> {
    const real = await realpath(folder);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: folder, severity: 'error', message: `cannot read the folder: ${describe(error as NodeJS.ErrnoException)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    manifestsIn.set(path.resolve(folder), entries.filter((entry) => MANIFEST_NAMES.has(entry.name)).map((entry) => entry.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (isArticleName(entry.name)) {
            const reason = describe(error as NodeJS.ErrnoException);
            problems.push({ path: full, severity: 'warning', message: `${reason === 'no such file or folder' ? 'broken symbolic link' : reason}; skipped` });
          }
          continue;
        }
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full, root);
      } else if (isFile && isArticleName(entry.name)) {
        // A plain file's real path is its folder's joined with its name: no system call per file (a
        // big archive has tens of thousands). Only links need resolving.
        await addFile(full, root, entry.isSymbolicLink() ? undefined : path.join(real, entry.name));
      }
    }
  }
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      throw new InputPathError(input, describe(error as NodeJS.ErrnoException));
    }
    if (info.isDirectory()) await walk(input, input);
    else await addFile(input, path.dirname(input));
  }
  return { files, manifestsIn, problems };
}
