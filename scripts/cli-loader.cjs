#!/usr/bin/env node
// The `corroborate` command: loads the bundled tool (main.js beside this file) with V8's code cache
// (load-bundle.js, from scripts/load-bundle.cjs).
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
const loadBundle = require('./load-bundle.js');

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

// Set by the build only: run normally, then save the code V8 compiled during the run.
const writeCacheTo = process.env.CORROBORATE_WRITE_CODE_CACHE;
loadBundle(__dirname, 'main', Boolean(writeCacheTo), (script) => {
  if (writeCacheTo) process.once('exit', () => fs.writeFileSync(writeCacheTo, script.createCachedData()));
});
