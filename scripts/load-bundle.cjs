// Loads one of the command's bundles (main.js, extract-worker-main.js) with the code V8 compiled for it
// at build time (main.cache, extract-worker-main.cache), the way `require` would load it otherwise.
//
// Parsing and compiling the tool's JavaScript is a good part of a short run, and every thread pays it
// again. V8 can save the compiled code of a script and take it back on the next start instead of
// compiling again; `npm run build` runs the tool on the project's examples and saves those caches
// (scripts/bundle-cli.mjs). Node 20 has no such cache for ES modules or for `require`, hence this
// loader: it compiles the bundle through vm.Script, which takes the cache.
//
// V8 checks a cache against the source and its own version and flags. When they differ (another Node
// version, a rebuilt bundle without a new cache) it ignores the cache and compiles as usual: the cache
// only ever saves time, it never changes what runs. Nothing is written at run time: the install folder
// may be read-only and several runs may start at once.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/**
 * Compiles `<name>.js` from `folder` with its cache (none when `writingCache`: the build is making it)
 * and runs it as a CommonJS module. `beforeRun(script)` is called in between (the build hooks the
 * saving of the cache there). With CORROBORATE_CODE_CACHE_STATUS set, says on stderr whether V8 took
 * the cache: for the build's tests, as this very start-up (its flags included) sees it.
 */
module.exports = function loadBundle(folder, name, writingCache, beforeRun) {
  const file = path.join(folder, `${name}.js`);
  let cachedData;
  if (!writingCache) {
    try {
      cachedData = fs.readFileSync(path.join(folder, `${name}.cache`));
    } catch {
      // No cache (a build that could not make one): compile as usual.
    }
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (process.env.CORROBORATE_CODE_CACHE_STATUS) {
    process.stderr.write(`${name}.js code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  }
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(folder);
  bundle.loaded = true;
  if (beforeRun) beforeRun(script);
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, folder);
  return script;
};
