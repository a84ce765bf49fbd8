import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { stableId } from '../util/hash.js';
import { buildIndex } from './build/build-index.js';
import { readSources, sourceVersions } from './build/read-sources.js';
import { GazetteerIndex, INDEX_FORMAT } from './index-file.js';

const require = createRequire(import.meta.url);

/**
 * Folders tried for the cached index, first writable wins: `$CORROBORATE_CACHE_DIR`, the
 * `node_modules/.cache/corroborate` beside the gazetteer package (the usual place for tool caches),
 * then the system temporary folder.
 */
function cacheFolders(): string[] {
  const folders: string[] = [];
  const fromEnv = process.env.CORROBORATE_CACHE_DIR;
  if (fromEnv) folders.push(fromEnv);
  const main = require.resolve('@countrystatecity/countries');
  const at = main.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (at !== -1) folders.push(path.join(main.slice(0, at), 'node_modules', '.cache', 'corroborate'));
  folders.push(path.join(os.tmpdir(), 'corroborate-cache'));
  return folders;
}

/** The cache file name changes with the index format and the source package versions. */
export function indexFileName(): string {
  const versions = sourceVersions();
  const parts = [INDEX_FORMAT, ...Object.keys(versions).sort().map((name) => `${name}@${versions[name]}`)];
  return `${stableId('gazetteer', parts, 12)}.bin`;
}


function tryWrite(file: string, data: Buffer): boolean {
  // Temporary file then rename: concurrent builders (test workers, worker threads) never see half a file.
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/**
 * Opens the cached index (its header only: buckets are read as lookups need them), building it from
 * the gazetteer packages on first use (about a second, once per installation). Synchronous, because
 * extractors are.
 */
export function loadIndex(): GazetteerIndex {
  const name = indexFileName();
  const folders = cacheFolders();
  for (const folder of folders) {
    try {
      return GazetteerIndex.open(path.join(folder, name));
    } catch {
      // Missing or damaged: try the next folder, or rebuild below.
    }
  }
  const data = buildIndex(readSources());
  for (const folder of folders) if (tryWrite(path.join(folder, name), data)) break;
  return new GazetteerIndex(data);
}
