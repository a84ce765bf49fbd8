import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Metadata for one article as written in a manifest, front matter or on the command line. */
export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  /** As written: ISO date or date-time, or a natural date ("November 28, 2005"). */
  published?: string;
}

/** The names a manifest may have, looked for in each folder that holds articles. */
export const MANIFEST_NAMES = ['corroborate.yaml', 'corroborate.yml', 'corroborate.json'] as const;

/** Thrown for a manifest that cannot be read; the message names the file and the problem. */
export class ManifestError extends Error {}

/**
 * A manifest maps article file names (relative to the manifest's folder) to metadata:
 *
 * ```yaml
 * articles:
 *   000_reuters.txt: { outlet: Reuters, published: 2024-04-24, url: https://… }
 *   nested/001.md:   { title: "Blinken lands in Shanghai", published: "2024-04-24T09:00+08:00" }
 * ```
 *
 * Paths may not leave the manifest's folder (`../../etc/passwd` is refused).
 */
export async function readManifest(folder: string): Promise<Map<string, ArticleMetadata> | undefined> {
  for (const name of MANIFEST_NAMES) {
    const file = path.join(folder, name);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    return parseManifest(file, raw);
  }
  return undefined;
}

/** Parses manifest text; keys of the returned map are absolute, normalised file paths. */
export function parseManifest(file: string, raw: string): Map<string, ArticleMetadata> {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw, { schema: 'core' });
  } catch (error) {
    throw new ManifestError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  const articles = (data as { articles?: unknown } | null)?.articles;
  if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) {
    throw new ManifestError(`${file}: expected a mapping "articles:" of file names to metadata`);
  }
  const folder = path.resolve(path.dirname(file));
  const result = new Map<string, ArticleMetadata>();
  for (const [relative, entry] of Object.entries(articles)) {
    const target = path.resolve(folder, relative);
    if (target !== folder && !target.startsWith(folder + path.sep)) {
      throw new ManifestError(`${file}: "${relative}" points outside the manifest's folder`);
    }
    if (typeof entry !== 'object' || entry === null) {
      throw new ManifestError(`${file}: the entry for "${relative}" is not a mapping`);
    }
    const metadata: ArticleMetadata = {};
    for (const key of ['title', 'outlet', 'url', 'published'] as const) {
      const value = (entry as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      // YAML reads an unquoted 2024-04-24 as a string under the core schema; dates stay text.
      metadata[key] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    }
    result.set(target, metadata);
  }
  return result;
}
