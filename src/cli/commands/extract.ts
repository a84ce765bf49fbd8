import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { UsageError, type CliIO } from '../io.js';
import { articleOptions, parseJobsOption, parseKindsOption, parsePublishedOption, useColor } from '../options.js';
import { writeOutput } from '../write-output.js';
import { exitCodeFor, loadInputs, requireArticles, withInputErrors } from '../run-helpers.js';
import type { RunOptions } from '../../pipeline.js';
import type { ExtractSource } from '../../stream/extract-stream.js';

const FORMATS = ['stylish', 'json', 'jsonl'];

/** `-` alone (or `--stdin`) reads JSONL articles from stdin; otherwise the paths are files and folders. */
function sourceOf(args: Record<string, unknown>, io: CliIO): { source: ExtractSource; label: string } {
  const paths = (args.paths as string[] | undefined) ?? [];
  const dash = paths.includes('-');
  if (dash && paths.length > 1) throw new UsageError('"-" reads articles from stdin; it cannot be mixed with paths');
  if (args.stdin && paths.length > 0 && !dash) throw new UsageError('--stdin reads articles from stdin; give no paths with it');
  if (!dash && !args.stdin) {
    if (paths.length === 0) throw new UsageError('name the articles to read: files, folders, or - for JSONL articles on stdin');
    return { source: { paths }, label: paths.join(', ') };
  }
  if (!io.stdin) throw new UsageError('no standard input to read articles from');
  return { source: { lines: readLinesLazily(io) }, label: 'stdin' };
}

async function* readLinesLazily(io: CliIO) {
  const { readJsonLines } = await import('../../stream/read-lines.js');
  yield* readJsonLines(io.stdin!, '<stdin>');
}

export const extractCommand: Command = {
  command: 'extract [paths..]',
  describe: 'Extract claims with their positions, without comparing articles (- reads JSONL articles from stdin)',
  builder: (yargs: Argv) =>
    articleOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (.txt, .md, .html); - for JSONL articles on stdin' })
      .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: 'Output format: stylish, json, jsonl (stage records for `reconcile`)' })
      .option('stdin', { type: 'boolean', describe: 'Read articles from stdin, one JSON object per line: {"id", "text", "published"?, "outlet"?, "url"?, "title"?, "story"?}' })
      .option('story', { type: 'string', describe: 'With --format jsonl: the story written on records whose input names none (the group `reconcile` compares)' })
      .option('keyed', { type: 'boolean', default: false, describe: 'With --format jsonl: start each line with its story and a tab (the key for Hadoop Streaming)' })
      .option('exit-zero', { type: 'boolean', default: false, describe: 'Exit 0 even when inputs had problems (they are still reported); for map stages, where exit 1 fails the task' }) as unknown as Argv,
  async run(args, io) {
    const format = String(args.format);
    if (!FORMATS.includes(format)) throw new UsageError(`--format: unknown format "${format}" (known: ${FORMATS.join(', ')})`);
    const { source, label } = sourceOf(args, io);
    const options: RunOptions = {
      ...parsePublishedOption(args.published as string[] | undefined),
      kinds: parseKindsOption(args.kinds as string[] | undefined),
      jobs: parseJobsOption(args.jobs as string | undefined),
    };
    const { watchRun } = await import('../../progress/cli-progress.js');
    const watch = watchRun(io, args.progress as boolean | undefined);
    const watched: RunOptions = { ...options, ...(watch.progress ? { progress: watch.progress } : {}) };
    try {
      if (format === 'jsonl') return await extractRecords(source, label, watched, args, io);
      if (format === 'json' && 'paths' in source) return await extractSpooled(source.paths, watched, args, io, watch);
      const { readAndExtract, runExtract, buildResult, problemFindings } = await import('../../pipeline.js');
      const outcome = await loadInputs(async () => {
        // Files go story by story; lines from stdin come as they come.
        if ('paths' in source) return runExtract(source.paths, watched);
        const run = await readAndExtract(source, watched);
        return { result: buildResult(run.articles, run.claims, problemFindings(run)), articles: run.articles };
      }, 'paths' in source ? source.paths : ['stdin']);
      watch.clear();
      for (const finding of outcome.result.findings) io.stderr(`corroborate: ${finding.message}\n`);
      const { EXTRACT_REPORTERS } = await import('../../report/formats.js');
      const color = useColor(args.color as boolean | undefined, io, args.output === undefined);
      watch.stage('report');
      // JSON is streamed: the report of a big run is longer than a JavaScript string can be.
      if (format === 'json') await (await import('../../stream/write-json.js')).writeJsonOutput(io, outcome.result, args.output as string | undefined);
      else await writeOutput(io, EXTRACT_REPORTERS[format]!(outcome.result, { color, articles: outcome.articles, cwd: io.cwd }), args.output as string | undefined);
      return args.exitZero ? 0 : exitCodeFor(outcome.result.findings, 'error');
    } finally {
      watch.finish();
    }
  },
};

/**
 * `--format json` over files: story by story, the claims waiting on disk until the report is written,
 * so memory holds the stories under way however big the run.
 */
async function extractSpooled(paths: readonly string[], options: RunOptions, args: Record<string, unknown>, io: CliIO, watch: { clear(): void; stage(name: string): void }): Promise<number> {
  const { runByStory } = await import('../../stream/story-check.js');
  const run = await withInputErrors(() => runByStory(paths, { ...options, reconcile: false })).finally(() => watch.clear());
  try {
    requireArticles(run.articles.length, run.problems, paths);
  } catch (error) {
    run.spool.close();
    throw error;
  }
  const { compareFindings } = await import('../../reconcile/reconcile.js');
  for (const finding of [...run.problems].sort(compareFindings)) io.stderr(`corroborate: ${finding.message}\n`);
  watch.stage('report');
  await (await import('../../stream/spooled-output.js')).writeSpooledJson(io, run, args.output as string | undefined, { events: false });
  return args.exitZero ? 0 : exitCodeFor(run.problems, 'error');
}

/** `--format jsonl`: stage records, streamed as articles are done. */
async function extractRecords(source: ExtractSource, label: string, options: RunOptions, args: Record<string, unknown>, io: CliIO): Promise<number> {
  // One import after the other: Jest's ESM loader fails on concurrent imports that share a module.
  const { openExtractStream } = await import('../../stream/extract-stream.js');
  const { openStreamOutput } = await import('../../stream/output.js');
  const { writeExtractRecords } = await import('../../stream/extract-stage.js');
  const { inputFinding } = await import('../../reconcile/input-findings.js');
  const stream = await withInputErrors(() => openExtractStream(source, options));
  const output = await openStreamOutput(io, args.output as string | undefined);
  let summary;
  try {
    summary = await writeExtractRecords(stream, output, {
      ...(args.story !== undefined ? { story: String(args.story) } : {}),
      keyed: Boolean(args.keyed),
      ...(options.kinds ? { kinds: options.kinds } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
    });
  } catch (error) {
    await output.abort();
    throw error;
  }
  if (summary.articles === 0) {
    await output.abort();
    const failures = summary.problems.filter((problem) => problem.severity === 'error').map((problem) => inputFinding(problem).message);
    throw new UsageError(failures.length > 0 ? `no article could be read: ${failures.slice(0, 5).join('; ')}` : `no articles found in ${label}`);
  }
  await output.close();
  const findings = summary.problems.map(inputFinding);
  for (const finding of findings) io.stderr(`corroborate: ${finding.message}\n`);
  return args.exitZero ? 0 : exitCodeFor(findings, 'error');
}
