import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { UsageError, type CliIO } from '../io.js';
import { SEVERITIES, useColor } from '../options.js';
import { exitCodeFor } from '../run-helpers.js';
import { writeOutput } from '../write-output.js';
import type { RunOutcome } from '../../pipeline.js';
import type { Finding } from '../../types.js';
import { CHECK_FORMATS, type CheckFormat } from '../../report/format-names.js';
import type { InputLine } from '../../stream/read-lines.js';

const FORMATS = ['jsonl', ...CHECK_FORMATS];

/** The lines of the record files named, one after the other, or of stdin when none (or `-`) is named. */
async function* inputLines(files: readonly string[], io: CliIO): AsyncGenerator<InputLine> {
  const { readJsonLines } = await import('../../stream/read-lines.js');
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) {
    if (!io.stdin) throw new UsageError('no standard input to read records from');
    yield* readJsonLines(io.stdin, '<stdin>');
    return;
  }
  for (const file of files) {
    if (file === '-') throw new UsageError('"-" reads records from stdin; it cannot be mixed with files');
    const stream = createReadStream(path.resolve(io.cwd, file));
    const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    try {
      await opened;
    } catch (error) {
      throw new UsageError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    yield* readJsonLines(stream, file);
  }
}

export const reconcileCommand: Command = {
  command: 'reconcile [files..]',
  describe: 'Compare claims already extracted (JSONL records of extract --format jsonl, from files or stdin), story by story',
  builder: (yargs: Argv) =>
    yargs
      .positional('files', { type: 'string', array: true, describe: 'JSONL files of stage records; none or - reads stdin' })
      .option('format', { alias: 'f', type: 'string', default: 'jsonl', describe: `Output format: jsonl (finding and event records, any number of stories), or for one story ${CHECK_FORMATS.join(', ')}` })
      .option('grouped', { type: 'boolean', default: false, describe: "The input holds each story's records together (sorted by key): reconcile each story as soon as it ends, holding one at a time" })
      .option('keyed', { type: 'boolean', default: false, describe: 'With --format jsonl: start each line with its story and a tab (a key for the next stage)' })
      .option('exit-zero', { type: 'boolean', default: false, describe: 'Exit 0 even when findings reach the threshold; for reduce stages, where exit 1 fails the task' })
      .option('threshold', { type: 'string', choices: SEVERITIES, default: 'error', describe: 'Lowest severity that makes the exit code 1' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write the output to FILE instead of stdout' })
      .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' })
      .option('progress', { type: 'boolean', describe: 'Show progress on stderr (default: on when stderr is a terminal)' })
      .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' }) as unknown as Argv,
  async run(args, io) {
    const format = String(args.format);
    if (!FORMATS.includes(format)) throw new UsageError(`--format: unknown format "${format}" (known: ${FORMATS.join(', ')})`);
    const files = (args.files as string[] | undefined) ?? [];
    // One import after the other: Jest's ESM loader fails on concurrent imports that share a module.
    const { reconcileRecords } = await import('../../stream/reconcile-stage.js');
    const { watchRun } = await import('../../progress/cli-progress.js');
    const watch = watchRun(io, args.progress as boolean | undefined);
    const findings: Finding[] = [];
    const stageOptions = { grouped: Boolean(args.grouped), ...(watch.progress ? { progress: watch.progress } : {}) };
    try {
      if (format === 'jsonl') {
        const { openStreamOutput } = await import('../../stream/output.js');
        const records = await import('../../stream/records.js');
        const output = await openStreamOutput(io, args.output as string | undefined);
        const keyed = Boolean(args.keyed);
        try {
          await stageErrors(() =>
            reconcileRecords(inputLines(files, io), async (story, outcome) => {
              for (const finding of outcome.result.findings) findings.push(finding);
              const lines = outcome.result.findings.map((finding) => records.recordLine(records.findingRecord(finding, story), keyed));
              for (const event of outcome.result.events ?? []) lines.push(records.recordLine(records.eventRecord(event, story), keyed));
              await output.write(lines.join(''));
            }, stageOptions),
          );
        } catch (error) {
          await output.abort();
          throw error;
        }
        await output.close();
      } else {
        const outcomes: RunOutcome[] = [];
        const stories: string[] = [];
        await stageErrors(() => reconcileRecords(inputLines(files, io), async (story, outcome) => void (outcomes.push(outcome), stories.push(story)), stageOptions));
        if (outcomes.length !== 1) {
          throw new UsageError(outcomes.length === 0 ? 'no records in the input' : `--format ${format} shows one story, and the input holds ${outcomes.length} (${stories.slice(0, 3).map((story) => JSON.stringify(story)).join(', ')}…); use --format jsonl`);
        }
        const outcome = outcomes[0]!;
        for (const finding of outcome.result.findings) findings.push(finding);
        watch.clear();
        watch.stage('report');
        const { REPORTERS } = await import('../../report/formats.js');
        const color = useColor(args.color as boolean | undefined, io, args.output === undefined);
        if (format === 'json') await (await import('../../stream/write-json.js')).writeJsonOutput(io, outcome.result, args.output as string | undefined);
        else await writeOutput(io, REPORTERS[format as CheckFormat](outcome.result, { color, articles: outcome.articles, cwd: io.cwd }), args.output as string | undefined);
      }
    } finally {
      watch.finish();
    }
    return args.exitZero ? 0 : exitCodeFor(findings, args.threshold as 'error' | 'warning' | 'info');
  },
};

/** A malformed record is exit 2 with its line named. */
async function stageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.name === 'RecordError') throw new UsageError(error.message);
    throw error;
  }
}
