#!/usr/bin/env node
// The `corroborate` command: loads the bundled tool (main.js beside this file) with V8's code cache.
//
// Parsing and compiling the tool's JavaScript is a good part of a short run (`check` on five articles:
// about a fifth of its CPU). V8 can save the compiled code of a script and take it back on the next
// start instead of compiling again; `npm run build` runs the tool once on the project's examples and
// saves that cache as main.cache (scripts/bundle-cli.mjs). Node 20 has no such cache for ES modules or
// for `require`, hence this loader: it compiles main.js the way `require` would, through vm.Script,
// which takes the cache.
//
// V8 checks the cache against the source and its own version and flags. When they differ (another Node
// version, a rebuilt main.js without a new cache) it ignores the cache and compiles as usual: the cache
// only ever saves time, it never changes what runs. Nothing is written at run time: the install folder
// may be read-only and several runs may start at once.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const mainFile = path.join(__dirname, 'main.js');
const cacheFile = path.join(__dirname, 'main.cache');
// Set by the build only: run normally, then save the code V8 compiled during the run.
const writeCacheTo = process.env.CORROBORATE_WRITE_CODE_CACHE;

let cachedData;
if (!writeCacheTo) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache (a build that could not make one): compile as usual.
  }
}

const script = new vm.Script(Module.wrap(fs.readFileSync(mainFile, 'utf8')), { filename: mainFile, cachedData });
const mainModule = new Module(mainFile, module);
mainModule.filename = mainFile;
mainModule.paths = Module._nodeModulePaths(__dirname);
mainModule.loaded = true;
if (writeCacheTo) process.once('exit', () => fs.writeFileSync(writeCacheTo, script.createCachedData()));
script.runInThisContext().call(mainModule.exports, mainModule.exports, Module.createRequire(mainFile), mainModule, mainFile, __dirname);
