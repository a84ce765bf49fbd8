import { stat } from 'node:fs/promises';
import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { articleOptions, parseJobsOption, parseKindsOption, parsePublishedOption, SEVERITIES, useColor } from '../options.js';
import { writeOutput } from '../write-output.js';
import { loadInputs, exitCodeFor } from '../run-helpers.js';
import { UsageError } from '../io.js';
import { CHECK_FORMATS, type CheckFormat } from '../../report/format-names.js';
import { ciMode, ledgerLocation } from '../../ledger/ledger-options.js';

/**
 * Whether the ledger step has nothing to do: without --ci or --claims, a run where no ledger folder
 * exists neither reads, records nor gates anything (`ledgerStep` returns the findings as they are),
 * so its code is not even loaded — a quick check outside a ledger starts faster.
 */
async function withoutLedger(options: { ci: boolean; claims: string | undefined }, cwd: string): Promise<boolean> {
  if (options.ci || options.claims !== undefined) return false;
  // Anything but "missing" (a file there, no permission) goes through the ledger step, which reports it.
  return stat(ledgerLocation(undefined, cwd).dir).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
}

export const checkCommand: Command = {
  command: 'check <paths..>',
  describe: 'Check that the articles agree; print findings (exit 1 when any reach the threshold)',
  builder: (yargs: Argv) =>
    articleOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (.txt, .md, .html)' })
      .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `Output format: ${CHECK_FORMATS.join(', ')}` })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print errors only (the exit code still counts everything)' })
      .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more than N warnings' })
      .option('ci', { type: 'boolean', describe: 'Never write; exit 1 only on findings without a verdict in the ledger, or whose evidence changed (default: on when $CI is set)' })
      .option('claims', { type: 'string', describe: 'The review ledger folder (default: claims)' })
      .option('threshold', {
        type: 'string',
        choices: SEVERITIES,
        default: 'error',
        describe: 'Lowest severity that makes the exit code 1',
      }) as unknown as Argv,
  async run(args, io) {
    const format = String(args.format);
    // Checked here rather than with yargs `choices`, whose message spans several lines.
    if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format: unknown format "${format}" (known: ${CHECK_FORMATS.join(', ')})`);
    }
    const maxWarnings = args.maxWarnings as number | undefined;
    if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
      throw new UsageError('--max-warnings: give a whole number of warnings, 0 or more');
    }
    const { runCheck } = await import('../../pipeline.js');
    const options = {
      ...parsePublishedOption(args.published as string[] | undefined),
      kinds: parseKindsOption(args.kinds as string[] | undefined),
      jobs: parseJobsOption(args.jobs as string | undefined),
    };
    const { watchRun } = await import('../../progress/cli-progress.js');
    const watch = watchRun(io, args.progress as boolean | undefined);
    const progress = watch.progress ? { progress: watch.progress } : {};
    const outcome = await loadInputs(() => runCheck(args.paths as string[], { ...options, ...progress }), args.paths as string[]).finally(() => watch.clear());
    watch.stage('ledger');
    // The ledger (claims/): verdicts decide which findings still count; without --ci new items are recorded as pending.
    const threshold = args.threshold as 'error' | 'warning' | 'info';
    const ledger = { ci: ciMode(args.ci as boolean | undefined, io.env), claims: args.claims as string | undefined, threshold, kinds: options.kinds };
    const counted = (await withoutLedger(ledger, io.cwd)) ? outcome.result.findings : await (await import('../../ledger/check-step.js')).ledgerStep(outcome, ledger, io);
    const color = useColor(args.color as boolean | undefined, io, args.output === undefined);
    // --quiet changes what is printed, never the exit code: the code below counts every finding.
    const { errorsOnly } = await import('../../report/summary.js');
    const shown = args.quiet ? errorsOnly(outcome.result) : outcome.result;
    watch.stage('report');
    // JSON is streamed: the report of a big run is longer than a JavaScript string can be.
    if (format === 'json') await (await import('../../stream/write-json.js')).writeJsonOutput(io, shown, args.output as string | undefined);
    else await writeOutput(io, (await import('../../report/formats.js')).REPORTERS[format as CheckFormat](shown, { color, articles: outcome.articles, cwd: io.cwd }), args.output as string | undefined);
    watch.finish();
    const exitCode = exitCodeFor(counted, threshold);
    const warnings = outcome.result.findings.filter((finding) => finding.severity === 'warning').length;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`corroborate: too many warnings (${warnings}; --max-warnings ${maxWarnings})\n`);
      return 1;
    }
    return exitCode;
  },
};
