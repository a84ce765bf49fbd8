import { existsSync } from 'node:fs';
import path from 'node:path';

/** The read-only data beside the clone (`../shared`), as CI provides it. */
export const SHARED = path.resolve(process.cwd(), '../shared');

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

const inCI = ['1', 'true', 'yes'].includes(String(process.env.CI ?? '').toLowerCase());

/**
 * `describe` for acceptance tests that read `../shared`: skipped when it is missing on a developer's machine,
 * but a failure with `CI=true`, where a missing corpus means the run proves nothing.
 */
export function describeWithShared(name: string, body: () => void): void {
  if (existsSync(SHARED)) {
    describe(name, body);
  } else if (inCI) {
    describe(name, () => {
      test('../shared is present', () => {
        throw new Error(`${SHARED} is missing: CI must run with ../shared beside the clone`);
      });
    });
  } else {
    describe.skip(`${name} (../shared missing)`, body);
  }
}
