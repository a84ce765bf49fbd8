import yargs, { type Argv } from 'yargs';
import { toolVersion } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { processIO, UsageError, type CliIO } from './io.js';

const EPILOG = `Exit codes: 0 no finding at or above the threshold, 1 findings at or above it, 2 could not do the job.
Docs: README.md (JSON contract in schema/report.schema.json).`;

/**
 * Runs the CLI and returns its exit code; never calls process.exit (the bin sets process.exitCode).
 * Reports go to stdout, diagnostics to stderr.
 */
// yargs drops a lone "-" (yargs/yargs#1312), the usual name for stdin/stdout: it crosses the parser
// under this stand-in and is given back to the command as "-".
const DASH = '\u0000-';

function restoreDash(args: Record<string, unknown>): Record<string, unknown> {
  const restore = (value: unknown): unknown => (value === DASH ? '-' : Array.isArray(value) ? value.map(restore) : value);
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, restore(value)]));
}

/**
 * yargs renders a command's whole help before running it, in case the handler asks for it
 * (yargs/yargs#1865): tables, wrapping, string widths — work that shows in the start-up of a quick
 * run. Our handlers never show help and failures print one line (`.fail`), so when help was not
 * asked for, that rendering is skipped. A yargs without this internal hook simply renders as before.
 */
function skipHelpRendering(parser: Argv): void {
  type Internals = { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } | undefined } };
  const usage = (parser as unknown as Internals).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  argv = argv.map((arg) => (arg === '-' ? DASH : arg));
  let exitCode = 0;
  let failed = false;
  const debug = argv.includes('--debug');
  const parser = yargs([...argv])
    .scriptName('corroborate')
    .usage('$0 <command> [options]\n\nChecks whether several news articles about the same story agree on the facts.')
    .version(toolVersion())
    .help()
    .alias('h', 'help')
    .strict()
    .demandCommand(1, 'Name a command; see corroborate --help')
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .epilog(EPILOG)
    .exitProcess(false)
    .fail((message, error) => {
      if (failed) return;
      failed = true;
      exitCode = 2;
      io.stderr(`corroborate: ${message ?? error?.message ?? 'invalid command line'}\n`);
    });
  for (const command of COMMANDS) {
    parser.command(command.command, command.describe, command.builder, async (args) => {
      // yargs still calls the handler after a validation failure; do nothing then.
      if (failed) return;
      exitCode = await command.run(restoreDash(args as Record<string, unknown>), io);
    });
  }
  if (!argv.some((arg) => arg === '--help' || arg === '-h')) skipHelpRendering(parser);
  try {
    await parser.parseAsync([...argv], {}, (_error, _args, output) => {
      if (output && !failed) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`corroborate: ${error.message}\n`);
      return 2;
    }
    io.stderr(`corroborate: internal error: ${(error as Error).message}${debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)'}\n`);
    return 2;
  }
  return exitCode;
}
