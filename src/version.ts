import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The package version, read once from the nearest package.json above this module (src/ or dist/). */
export function toolVersion(): string {
  if (cached) return cached;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(folder, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version: string };
      if (pkg.name === TOOL_NAME) return (cached = pkg.version);
    }
    const parent = path.dirname(folder);
    if (parent === folder) return (cached = '0.0.0');
    folder = parent;
  }
}

export const TOOL_NAME = 'corroborate';
