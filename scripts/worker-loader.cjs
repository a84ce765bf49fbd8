// The worker thread of `--jobs` (extract-worker.js beside main.js, where src/parallel/jobs.ts looks for
// it): loads the bundled worker (extract-worker-main.js) with V8's code cache, as the command loads
// main.js. Each worker thread compiles its code on its own, so the cache saves each one the time.
'use strict';
const fs = require('node:fs');
const loadBundle = require('./load-bundle.js');

// Set by the build only: before each reply, save the code V8 compiled so far. A worker is ended by its
// pool, not left to exit, so there is no last moment to wait for, and once its last reply is out it
// may be ended at any time: the save that comes before the last reply holds everything.
const writeCacheTo = process.env.CORROBORATE_WRITE_WORKER_CODE_CACHE;
loadBundle(__dirname, 'extract-worker-main', Boolean(writeCacheTo), (script) => {
  if (!writeCacheTo) return;
  const { parentPort } = require('node:worker_threads');
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (value, transfer) => {
    fs.writeFileSync(writeCacheTo, script.createCachedData());
    post(value, transfer);
  };
});
