import path from 'node:path';
import type { InputProblem } from '../types.js';
import { decodeBytes } from './decode.js';
import { parseSafeYaml } from './safe-yaml.js';
import { MANIFEST_NAMES } from './manifest-names.js';

/** Metadata for one article as written in a manifest, front matter or on the command line. */
export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  /** As written: ISO date or date-time, or a natural date ("November 28, 2005"). */
  published?: string;
}

/** A manifest as read: its entries by absolute file path, and what was wrong with it. */
export interface Manifest {
  file: string;
  entries: Map<string, ArticleMetadata>;
  problems: InputProblem[];
}

const FIELDS = ['title', 'outlet', 'url', 'published'] as const;

/**
 * A manifest maps article file names (relative to the manifest's folder) to metadata:
 *
 * ```yaml
 * articles:
 *   000_wire.txt: { outlet: Example Wire, published: 2024-04-24, url: "https://example.com/a" }
 *   nested/001.md: { title: "Envoy lands in Shanghai", published: "2024-04-24T09:00+08:00" }
 * ```
 *
 * It is read as plain data (safe YAML, or JSON). Nothing in it is ever opened: it only adds
 * metadata to articles found by the walk, and an entry that points outside the manifest's folder
 * (`../../etc/passwd`) is refused. A manifest that cannot be read is reported and its folder's
 * articles are checked without it.
 */
export function parseManifest(file: string, bytes: Uint8Array): Manifest {
  const manifest: Manifest = { file, entries: new Map(), problems: [] };
  const problem = (severity: InputProblem['severity'], message: string) => manifest.problems.push({ path: file, severity, message });
  let data: unknown;
  try {
    const text = decodeBytes(bytes).text.replace(/^\ufeff/u, '');
    if (file.endsWith('.json')) {
      data = JSON.parse(text);
    } else {
      const parsed = parseSafeYaml(text);
      for (const warning of parsed.warnings) problem('warning', `manifest: ${warning}`);
      if (parsed.error !== undefined) throw new Error(parsed.error);
      data = parsed.data;
    }
  } catch (error) {
    problem('error', `not a valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} manifest (ignored): ${(error as Error).message.split('\n')[0]}`);
    return manifest;
  }
  const articles = (data as { articles?: unknown } | null)?.articles;
  if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) {
    problem('error', 'manifest ignored: expected a mapping "articles:" of file names to metadata');
    return manifest;
  }
  const folder = path.resolve(path.dirname(file));
  for (const [relative, entry] of Object.entries(articles)) {
    const target = path.resolve(folder, relative);
    if (path.isAbsolute(relative) || !target.startsWith(folder + path.sep)) {
      problem('error', `"${relative}" points outside the manifest's folder; entry refused`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problem('error', `the entry for "${relative}" is not a mapping of metadata; ignored`);
      continue;
    }
    const metadata: ArticleMetadata = {};
    for (const key of FIELDS) {
      const value = (entry as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      if (typeof value === 'object') {
        problem('warning', `"${relative}": "${key}" is not a single value; ignored`);
        continue;
      }
      metadata[key] = String(value);
    }
    manifest.entries.set(target, metadata);
  }
  return manifest;
}

/** Where to look for a manifest: this name in this folder. */
export function manifestCandidates(folder: string): string[] {
  return MANIFEST_NAMES.map((name) => path.join(folder, name));
}
