import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { articleOptions, parseKindsOption, parsePublishedOption, SEVERITIES, useColor } from '../options.js';
import { writeOutput } from '../write-output.js';
import { loadInputs, exitCodeFor } from '../run-helpers.js';

export const checkCommand: Command = {
  command: 'check <paths..>',
  describe: 'Check that the articles agree; print findings (exit 1 when any reach the threshold)',
  builder: (yargs: Argv) =>
    articleOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (.txt, .md, .html)' })
      .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: 'Output format' })
      .option('threshold', {
        type: 'string',
        choices: SEVERITIES,
        default: 'error',
        describe: 'Lowest severity that makes the exit code 1',
      }) as unknown as Argv,
  async run(args, io) {
    const { REPORTERS } = await import('../../report/formats.js');
    const format = String(args.format);
    const reporter = REPORTERS[format];
    if (!reporter) throw new (await import('../io.js')).UsageError(`--format: unknown format "${format}" (known: ${Object.keys(REPORTERS).join(', ')})`);
    const { runCheck } = await import('../../pipeline.js');
    const options = {
      ...parsePublishedOption(args.published as string[] | undefined),
      kinds: parseKindsOption(args.kinds as string[] | undefined),
    };
    const outcome = await loadInputs(() => runCheck(args.paths as string[], options), args.paths as string[]);
    const color = useColor(args.color as boolean | undefined, io, args.output === undefined);
    await writeOutput(io, reporter(outcome.result, { color, articles: outcome.articles, cwd: io.cwd }), args.output as string | undefined);
    return exitCodeFor(outcome.result.findings, args.threshold as 'error' | 'warning' | 'info');
  },
};
