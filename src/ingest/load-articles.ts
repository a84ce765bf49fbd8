import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, InputProblem } from '../types.js';
import { FrontMatterError } from './front-matter.js';
import { UndecodableError } from './decode.js';
import { findArticleFiles, formatOf } from './find-files.js';
import { readManifest, type ArticleMetadata } from './manifest.js';
import { articleIdOf, readArticle, type GivenMetadata } from './read-article.js';

export interface LoadOptions {
  /** `--published ID=DATE` entries. */
  publishedById?: ReadonlyMap<string, string>;
  /** `--published DATE`: applies to every article without its own `ID=DATE`. */
  publishedForAll?: string;
}

export interface LoadResult {
  articles: Article[];
  /** Files that could not be read as articles; each becomes an `input` finding. */
  failures: InputProblem[];
}

/**
 * Reads every article under the given paths. A file that cannot be read becomes a failure on that
 * file and the others go on; a missing path or duplicate ids throw, since the run would be wrong.
 */
export async function loadArticles(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const files = await findArticleFiles(inputs);
  const manifests = new Map<string, Map<string, ArticleMetadata> | undefined>();
  const articles: Article[] = [];
  const failures: InputProblem[] = [];
  const idOwner = new Map<string, string>();
  for (const file of files) {
    const id = articleIdOf(file);
    const owner = idOwner.get(id);
    if (owner !== undefined) {
      throw new DuplicateIdError(`two articles have the id "${id}": ${owner} and ${file}; rename one of them`);
    }
    idOwner.set(id, file);
    const folder = path.dirname(file);
    if (!manifests.has(folder)) manifests.set(folder, await readManifest(folder));
    const fromManifest = manifests.get(folder)?.get(path.resolve(file)) ?? {};
    const cliDate = options.publishedById?.get(id) ?? options.publishedForAll;
    const given: GivenMetadata = {
      ...fromManifest,
      ...(cliDate ? { published: cliDate, publishedFromCommandLine: true } : {}),
    };
    try {
      const bytes = await readFile(file);
      articles.push(readArticle(file, bytes, formatOf(file) ?? 'text', given));
    } catch (error) {
      failures.push({ path: file, severity: 'error', message: describeReadError(error) });
    }
  }
  return { articles, failures };
}

export class DuplicateIdError extends Error {}

function describeReadError(error: unknown): string {
  if (error instanceof UndecodableError || error instanceof FrontMatterError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot read the file: ${(error as Error).message}`;
}
