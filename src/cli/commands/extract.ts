import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { articleOptions, parseKindsOption, parsePublishedOption, useColor } from '../options.js';
import { writeOutput } from '../write-output.js';
import { exitCodeFor, loadInputs } from '../run-helpers.js';

export const extractCommand: Command = {
  command: 'extract <paths..>',
  describe: 'Extract claims with their positions, without comparing articles',
  builder: (yargs: Argv) =>
    articleOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (.txt, .md, .html)' })
      .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: 'Output format: stylish, json, jsonl' }) as unknown as Argv,
  async run(args, io) {
    const { EXTRACT_REPORTERS } = await import('../../report/formats.js');
    const format = String(args.format);
    const reporter = EXTRACT_REPORTERS[format];
    if (!reporter) throw new UsageError(`--format: unknown format "${format}" (known: ${Object.keys(EXTRACT_REPORTERS).join(', ')})`);
    const { runExtract } = await import('../../pipeline.js');
    const options = {
      ...parsePublishedOption(args.published as string[] | undefined),
      kinds: parseKindsOption(args.kinds as string[] | undefined),
    };
    const outcome = await loadInputs(() => runExtract(args.paths as string[], options), args.paths as string[]);
    for (const finding of outcome.result.findings) io.stderr(`corroborate: ${finding.message}\n`);
    const color = useColor(args.color as boolean | undefined, io, args.output === undefined);
    await writeOutput(io, reporter(outcome.result, { color, articles: outcome.articles, cwd: io.cwd }), args.output as string | undefined);
    return exitCodeFor(outcome.result.findings, 'error');
  },
};
