import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Argv } from 'yargs';
import { CLAIM_KINDS } from '../../types.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { parseKindsOption, parsePublishedOption } from '../options.js';
import { loadInputs } from '../run-helpers.js';
import { writeOutput } from '../write-output.js';

/** The files `report` writes, in the order it writes them, with the format of each. */
export const REPORT_FILES = [
  { file: 'report.json', format: 'json' },
  { file: 'report.md', format: 'markdown' },
  { file: 'report.html', format: 'html' },
] as const;

export const reportCommand: Command = {
  command: 'report <paths..>',
  describe: 'Write the discrepancy report for people (report.md, report.html) and report.json to a folder',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (.txt, .md, .html)' })
      .option('out', { type: 'string', default: 'reports', describe: 'Folder to write into (created when missing)' })
      .option('published', {
        type: 'string',
        array: true,
        describe: 'Publication date: ID=DATE for one article, or DATE for all (YYYY-MM-DD, or a date-time with zone)',
      })
      .option('kinds', { type: 'string', array: true, describe: `Claim kinds to extract, comma-separated (${CLAIM_KINDS.join(', ')})` })
      .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' }) as unknown as Argv,
  async run(args, io) {
    const out = String(args.out);
    const folder = path.resolve(io.cwd, out);
    // A file where the folder should be would otherwise surface as an obscure mkdir error code.
    const existing = await stat(folder).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new UsageError(`--out ${out}: is a file, not a folder`);
    const { runCheck } = await import('../../pipeline.js');
    const { REPORTERS } = await import('../../report/formats.js');
    const { severitySummary } = await import('../../report/summary.js');
    const options = {
      ...parsePublishedOption(args.published as string[] | undefined),
      kinds: parseKindsOption(args.kinds as string[] | undefined),
    };
    const paths = args.paths as string[];
    const outcome = await loadInputs(() => runCheck(paths, options), paths);
    const written: string[] = [];
    for (const { file, format } of REPORT_FILES) {
      const target = path.join(out, file);
      const text = REPORTERS[format](outcome.result, { color: false, articles: outcome.articles, cwd: io.cwd });
      await writeOutput(io, text, target);
      written.push(target);
    }
    const articles = outcome.result.articles.length;
    io.stdout(`Wrote ${written.join(', ')} (${articles} article${articles === 1 ? '' : 's'}: ${severitySummary(outcome.result.findings)})\n`);
    // The report is the product here, so findings do not fail the command; `check` is for gating.
    return 0;
  },
};
