import { stat } from 'node:fs/promises';
import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { articleOptions, parseJobsOption, parseKindsOption, parsePublishedOption, SEVERITIES, useColor } from '../options.js';
import { writeOutput } from '../write-output.js';
import { loadInputs, exitCodeFor, exitCodeForCounts, requireArticles, withInputErrors } from '../run-helpers.js';
import { UsageError, type CliIO } from '../io.js';
import type { Finding } from '../../types.js';
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
    const threshold = args.threshold as 'error' | 'warning' | 'info';
    const ledger = { ci: ciMode(args.ci as boolean | undefined, io.env), claims: args.claims as string | undefined, threshold, kinds: options.kinds };
    const paths = args.paths as string[];
    const noLedger = await withoutLedger(ledger, io.cwd);
    // A JSON report with no ledger to consult goes story by story, its claims and findings waiting on
    // disk: memory holds the stories under way, however big the run.
    if (format === 'json' && noLedger) {
      const { runByStory } = await import('../../stream/story-check.js');
      const run = await withInputErrors(() => runByStory(paths, { ...options, ...progress, reconcile: true })).finally(() => watch.clear());
      try {
        requireArticles(run.articles.length, run.problems, paths);
      } catch (error) {
        run.spool.close();
        throw error;
      }
      const counts = run.spool.counts();
      watch.stage('report');
      const keep = args.quiet ? { keep: (finding: Pick<Finding, 'severity'>) => finding.severity === 'error' } : {};
      await (await import('../../stream/spooled-output.js')).writeSpooledJson(io, run, args.output as string | undefined, { events: true, ...keep });
      watch.finish();
      return exitCode(exitCodeForCounts(counts, threshold), counts.warning, maxWarnings, io);
    }
    const outcome = await loadInputs(() => runCheck(paths, { ...options, ...progress }), paths).finally(() => watch.clear());
    watch.stage('ledger');
    // The ledger (claims/): verdicts decide which findings still count; without --ci new items are recorded as pending.
    const counted = noLedger ? outcome.result.findings : await (await import('../../ledger/check-step.js')).ledgerStep(outcome, ledger, io);
    const color = useColor(args.color as boolean | undefined, io, args.output === undefined);
    // --quiet changes what is printed, never the exit code: the code below counts every finding.
    const { errorsOnly } = await import('../../report/summary.js');
    const shown = args.quiet ? errorsOnly(outcome.result) : outcome.result;
    watch.stage('report');
    // JSON is streamed: the report of a big run is longer than a JavaScript string can be.
    if (format === 'json') await (await import('../../stream/write-json.js')).writeJsonOutput(io, shown, args.output as string | undefined);
    else await writeOutput(io, (await import('../../report/formats.js')).REPORTERS[format as CheckFormat](shown, { color, articles: outcome.articles, cwd: io.cwd }), args.output as string | undefined);
    watch.finish();
    const warnings = outcome.result.findings.filter((finding) => finding.severity === 'warning').length;
    return exitCode(exitCodeFor(counted, threshold), warnings, maxWarnings, io);
  },
};

/** The exit code of a threshold, raised to 1 when the warnings pass `--max-warnings`. */
function exitCode(fromThreshold: number, warnings: number, maxWarnings: number | undefined, io: CliIO): number {
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`corroborate: too many warnings (${warnings}; --max-warnings ${maxWarnings})\n`);
    return 1;
  }
  return fromThreshold;
}
