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
const v8 = require('node:v8');

// How much code runs before V8 considers optimising a function (its "interrupt budget"): about 7.5
// times V8's default. A run of the tool is short and broad: a hundred modules each run for a while,
// then the next stage takes over. With the default, V8's optimising compiler (TurboFan) starts on
// hundreds of functions that are soon no longer called, on background threads that take the second
// core from the extracting threads: on ECB+'s 970 articles, `check --jobs 1` spent 8.6 s of CPU for
// 5.4 s of wall time, against 4.0-4.6 s of CPU for 3.8-4.4 s with this budget. Hot loops are still
// optimised, a little later, so long runs lose nothing measurable (10,000 generated articles: 14-20 s
// either way). The flag only changes when code is optimised, never what it computes. Set before the
// script is compiled, here and when the build makes the code cache, since V8 accepts a cache only
// under the flags it was made with. A budget given on the command line wins.
const INTERRUPT_BUDGET = '--interrupt-budget=1000000';
if (!process.execArgv.some((arg) => arg.startsWith('--interrupt-budget'))) v8.setFlagsFromString(INTERRUPT_BUDGET);

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
// For the build's tests: whether V8 took the cache, as this very start-up (flags included) sees it.
if (process.env.CORROBORATE_CODE_CACHE_STATUS) process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
const mainModule = new Module(mainFile, module);
mainModule.filename = mainFile;
mainModule.paths = Module._nodeModulePaths(__dirname);
mainModule.loaded = true;
if (writeCacheTo) process.once('exit', () => fs.writeFileSync(writeCacheTo, script.createCachedData()));
script.runInThisContext().call(mainModule.exports, mainModule.exports, Module.createRequire(mainFile), mainModule, mainFile, __dirname);
