/**
 * The baseline column of the bench: chrono-node's own parser over the same article files, nothing
 * else (no segmentation, no refiners, no other extractor). Run as its own process, so the time
 * includes Node's start-up and chrono's loading, like every other row.
 *
 *   node .build/scripts/scripts/bench/chrono-baseline.js <files or folders..>
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';

const ARTICLE = /\.(txt|md|html?|markdown|text)$/iu;
const NOT_ARTICLE = /(?:^|[-_.])(?:readme|licen[cs]e|expected)\.[^.]+$/iu;

/** Article files under the given paths, in a stable order. */
export function articleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (target: string) => {
    if (statSync(target).isDirectory()) {
      for (const name of readdirSync(target).sort()) if (!name.startsWith('.')) walk(path.join(target, name));
    } else if (ARTICLE.test(target) && !NOT_ARTICLE.test(path.basename(target))) {
      files.push(target);
    }
  };
  for (const target of paths) walk(target);
  return files;
}

if (process.argv[1]?.endsWith('chrono-baseline.js')) {
  // A fixed reference date: the baseline must not depend on the day it runs.
  const reference = new Date(Date.UTC(2020, 0, 1, 12));
  let results = 0;
  let bytes = 0;
  const files = articleFiles(process.argv.slice(2));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    results += chrono.parse(text, reference).length;
  }
  process.stdout.write(`${files.length} files, ${bytes} characters, ${results} dates\n`);
}
