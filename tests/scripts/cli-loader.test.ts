/**
 * The built command (`dist/cli-bundle/bin.js`, from scripts/cli-loader.cjs) hands V8 the compiled code
 * the build saved. The cache may only ever save time: a cache V8 accepts must be what the build made,
 * and a missing or foreign cache must leave the command working the same.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bundle = path.resolve('dist/cli-bundle');

function runCommand(bin: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command-line loader', () => {
  // A copy beside the real bundle, so the externals still resolve from the project's node_modules.
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(path.dirname(bundle), '.loader-test-'));
    for (const file of ['bin.js', 'load-bundle.js', 'main.js', 'package.json']) copyFileSync(path.join(bundle, file), path.join(copy, file));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('the build saved a cache that V8 takes for main.js', () => {
    // In a fresh process, as the command starts, through the loader itself: V8 checks its flags
    // against the cache's, and the loader sets one (the interrupt budget) before it compiles.
    const result = spawnSync(process.execPath, [path.join(bundle, 'bin.js'), '--version'], { encoding: 'utf8', env: { ...process.env, CORROBORATE_CODE_CACHE_STATUS: '1' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('main.js code cache: accepted\n');
    const refused = spawnSync(process.execPath, ['--interrupt-budget=200000', path.join(bundle, 'bin.js'), '--version'], { encoding: 'utf8', env: { ...process.env, CORROBORATE_CODE_CACHE_STATUS: '1' } });
    // Other flags, other cache: V8 refuses it, and the command still runs.
    expect(refused.stderr).toBe('main.js code cache: rejected\n');
    expect(refused.stdout).toBe(result.stdout);
  });

  test('the build saved a cache that V8 takes for the worker threads', () => {
    // Two stories on two threads: the worker takes the first task, and says whether V8 took its cache.
    const corpus = mkdtempSync(path.join(os.tmpdir(), 'corroborate-worker-cache-'));
    try {
      for (const story of ['one', 'two']) {
        for (const name of ['001-harbor-wire.md', '003-evening-post.txt']) {
          mkdirSync(path.join(corpus, story), { recursive: true });
          copyFileSync(path.resolve('examples', name), path.join(corpus, story, `${story}-${name}`));
        }
      }
      const result = spawnSync(process.execPath, [path.join(bundle, 'bin.js'), 'check', corpus, '--jobs', '2', '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, CORROBORATE_CODE_CACHE_STATUS: '1' },
      });
      expect(JSON.parse(result.stdout).articles).toHaveLength(4);
      expect(result.stderr.split('\n').filter((line) => line.includes('code cache'))).toEqual(['main.js code cache: accepted', 'extract-worker-main.js code cache: accepted']);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  test('with no cache, or one V8 refuses, the command does the same', () => {
    const examples = path.resolve('examples');
    const reference = runCommand(path.join(bundle, 'bin.js'), ['extract', examples, '--format', 'json']);
    expect(reference.status).toBe(0);
    expect(JSON.parse(reference.stdout).claims.length).toBeGreaterThan(0);

    const uncached = runCommand(path.join(copy, 'bin.js'), ['extract', examples, '--format', 'json']);
    expect(uncached).toEqual(reference);

    writeFileSync(path.join(copy, 'main.cache'), 'not a code cache');
    const refused = runCommand(path.join(copy, 'bin.js'), ['extract', examples, '--format', 'json']);
    expect(refused).toEqual(reference);
  });
});
