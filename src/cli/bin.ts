#!/usr/bin/env node
import { run } from './cli.js';

// A reader that stops early (`corroborate extract - --format jsonl | head`) closes the pipe: stop
// quietly, as Unix tools do, instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
