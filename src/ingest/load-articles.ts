import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleFormat, InputProblem } from '../types.js';
import { findArticleFiles, formatOf, type FoundFile } from './find-files.js';
import { manifestCandidates, parseManifest, type ArticleMetadata, type Manifest } from './manifest.js';
import { ArticleError, articleIdOf, readArticle, type GivenMetadata } from './read-article.js';

export interface LoadOptions {
  /** `--published ID=DATE` entries. */
  publishedById?: ReadonlyMap<string, string>;
  /** `--published DATE`: applies to every article without its own `ID=DATE`. */
  publishedForAll?: string;
  /** Reads a file's bytes. The default reads the disk; tests put failures here. */
  readFile?: (file: string) => Promise<Uint8Array>;
}

export interface LoadResult {
  articles: Article[];
  /**
   * Problems not attached to a loaded article: files that could not be read as articles, folders
   * that could not be walked, manifests that could not be used. Each becomes an `input` finding.
   */
  failures: InputProblem[];
}

/** Two files with one article id: the run would mix them up, so it stops (exit 2). */
export class DuplicateIdError extends Error {
  constructor(
    readonly id: string,
    readonly files: readonly string[],
  ) {
    super(`two articles have the id "${id}": ${files.join(' and ')}; rename one of them`);
    this.name = 'DuplicateIdError';
  }
}

// Far beyond any news article; keeps one stray dump from taking the machine's memory.
const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

/**
 * Reads an article file's bytes, refusing files beyond any news article's size. Synchronous inside
 * (one open, one stat of the open file, the reads, one close): `fs/promises` costs ~140 µs of CPU per
 * file in promises and thread-pool hand-offs, twenty times the read of a news article from the page
 * cache, and each extraction thread reads its own files anyway.
 */
export async function readWithinLimit(file: string): Promise<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new ArticleError(`the file is ${Math.round(info.size / 1024 / 1024)} MB; articles above ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are not read`);
    }
    return readAll(fd, info.size);
  } finally {
    closeSync(fd);
  }
}

/** The whole file from an open descriptor; `size` is a hint (a file may grow or shrink while read). */
function readAll(fd: number, size: number): Uint8Array {
  // One byte more than the size, so the read that finds the end needs no bigger buffer.
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length >= MAX_ARTICLE_BYTES) throw new ArticleError(`the file grew beyond ${MAX_ARTICLE_BYTES / 1024 / 1024} MB while read; not read`);
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const count = readSync(fd, buffer, length, buffer.length - length, null);
    if (count === 0) break;
    length += count;
  }
  return buffer.subarray(0, length);
}

function describeReadError(error: unknown): string {
  if (error instanceof ArticleError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOENT') return 'cannot read the file: it disappeared while being read';
  if (code === 'ELOOP') return 'cannot read the file: symbolic link loop';
  if (error instanceof RangeError || code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG') return 'the file is too large to read';
  if (code !== undefined) return `cannot read the file: ${(error as Error).message.split('\n')[0]}`;
  return `internal error while reading the file: ${(error as Error).message.split('\n')[0]} (please report it)`;
}

/**
 * Finds the manifest that speaks for `file`: the nearest `corroborate.yaml` with an entry for it,
 * looking in the file's folder and upwards, no higher than the input folder it was found under.
 */
class ManifestLookup {
  private readonly byFolder = new Map<string, Manifest | null>();
  readonly used = new Set<string>();

  constructor(
    private readonly read: (file: string) => Promise<Uint8Array>,
    /** What the walk saw: in a folder it listed, only the manifest names present are read. */
    private readonly listed: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  async metadataFor(found: FoundFile): Promise<ArticleMetadata | undefined> {
    const target = path.resolve(found.path);
    const root = path.resolve(found.root);
    for (let folder = path.dirname(target); ; folder = path.dirname(folder)) {
      const manifest = await this.manifestIn(folder);
      const entry = manifest?.entries.get(target);
      if (entry) {
        this.used.add(`${manifest!.file}\u0000${target}`);
        return entry;
      }
      if (folder === root || path.dirname(folder) === folder || !folder.startsWith(root)) return undefined;
    }
  }

  private async manifestIn(folder: string): Promise<Manifest | null> {
    if (!this.byFolder.has(folder)) {
      let manifest: Manifest | null = null;
      const present = this.listed.get(folder);
      const candidates = present ? present.map((name) => path.join(folder, name)) : manifestCandidates(folder);
      for (const candidate of candidates) {
        let bytes: Uint8Array;
        try {
          bytes = await this.read(candidate);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'ENOTDIR') continue;
          manifest = { file: candidate, entries: new Map(), problems: [{ path: candidate, severity: 'error', message: `manifest ignored: ${describeReadError(error)}` }] };
          break;
        }
        manifest = parseManifest(candidate, bytes);
        break;
      }
      this.byFolder.set(folder, manifest);
    }
    return this.byFolder.get(folder)!;
  }

  /** Problems of every manifest read, and entries that named no article found. */
  problems(): InputProblem[] {
    const out: InputProblem[] = [];
    for (const manifest of this.byFolder.values()) {
      if (!manifest) continue;
      out.push(...manifest.problems);
      for (const target of manifest.entries.keys()) {
        if (!this.used.has(`${manifest.file}\u0000${target}`)) {
          const relative = path.relative(path.dirname(path.resolve(manifest.file)), target);
          out.push({ path: manifest.file, severity: 'warning', message: `lists "${relative}" but no such article was found; entry unused` });
        }
      }
    }
    return out;
  }
}

/** One article file to read, with the metadata given from outside it (manifest, command line). */
export interface ArticleJob {
  path: string;
  format: ArticleFormat;
  given: GivenMetadata;
}

export interface ArticlePlan {
  /** The files to read, in run order. */
  jobs: ArticleJob[];
  /** Folders that could not be walked, links that lead nowhere. */
  walkProblems: InputProblem[];
  /** Manifests that could not be used or list missing articles; `--published` ids that match no file. */
  metadataProblems: InputProblem[];
}

/**
 * Everything about a run that needs the whole input, done before any article is read: the files, the
 * check that ids are unique, and each file's manifest entry. A missing path or two files with one id
 * throw: the run would not be the one asked for. The articles themselves are then read one by one
 * with `loadArticle`, so a caller can stream them (or read them on worker threads).
 */
export async function planArticles(inputs: readonly string[], options: LoadOptions = {}): Promise<ArticlePlan> {
  const read = options.readFile ?? readWithinLimit;
  const { files, manifestsIn, problems: walkProblems } = await findArticleFiles(inputs);
  const owners = new Map<string, string>();
  for (const found of files) {
    const id = articleIdOf(found.path);
    const owner = owners.get(id);
    if (owner !== undefined) throw new DuplicateIdError(id, [owner, found.path]);
    owners.set(id, found.path);
  }
  const manifests = new ManifestLookup(read, manifestsIn);
  const jobs: ArticleJob[] = [];
  const walk = [...walkProblems];
  for (const found of files) {
    const id = articleIdOf(found.path);
    const commandLinePublished = options.publishedById?.get(id) ?? options.publishedForAll;
    let manifest: ArticleMetadata | undefined;
    try {
      manifest = await manifests.metadataFor(found);
    } catch (error) {
      walk.push({ path: found.path, severity: 'error', message: describeReadError(error) });
      continue;
    }
    jobs.push({
      path: found.path,
      format: formatOf(found.path) ?? 'text',
      given: { ...(manifest ? { manifest } : {}), ...(commandLinePublished !== undefined ? { commandLinePublished } : {}) },
    });
  }
  const metadataProblems = manifests.problems();
  for (const id of options.publishedById?.keys() ?? []) {
    if (!owners.has(id)) metadataProblems.push({ path: `--published ${id}`, severity: 'warning', message: `no article has the id "${id}"; ignored` });
  }
  return { jobs, walkProblems: walk, metadataProblems };
}

/** Reads one planned article; a file that cannot be read as an article is a failure on that file. */
export async function loadArticle(job: ArticleJob, readFile: (file: string) => Promise<Uint8Array> = readWithinLimit): Promise<{ article: Article } | { failure: InputProblem }> {
  try {
    const bytes = await readFile(job.path);
    return { article: readArticle(job.path, bytes, job.format, job.given) };
  } catch (error) {
    return { failure: { path: job.path, severity: 'error', message: describeReadError(error) } };
  }
}

/**
 * Reads every article under the given paths. A file that cannot be read becomes a failure on that
 * file and the others go on. A missing path or two files with one id throw: the run would not be
 * the one asked for.
 */
export async function loadArticles(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const plan = await planArticles(inputs, options);
  const articles: Article[] = [];
  const failures: InputProblem[] = [...plan.walkProblems];
  for (const job of plan.jobs) {
    const loaded = await loadArticle(job, options.readFile ?? readWithinLimit);
    if ('article' in loaded) articles.push(loaded.article);
    else failures.push(loaded.failure);
  }
  failures.push(...plan.metadataProblems);
  return { articles, failures };
}
