import { run } from './cli.js';

// A reader that stops early (`corroborate extract - --format jsonl | head`) closes the pipe: stop
// quietly, as Unix tools do, instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// A promise, not a top-level await: the command-line bundle is CommonJS (scripts/bundle-cli.mjs says
// why), which has none. `run` reports its own failures and resolves to the exit code.
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
