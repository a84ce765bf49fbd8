import type { RunOutcome } from '../pipeline.js';
import type { RunProgress } from '../progress/run-progress.js';
import { parseStageRecord } from './parse-record.js';
import type { InputLine } from './read-lines.js';
import { StoryRun } from './story-run.js';

/** A line that is not a stage record: the reduce stage cannot be sure what it lost, so it stops. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
}

export interface ReconcileStageOptions {
  /**
   * The input holds each story's records together (what Hadoop's sort or a Spark `groupByKey` gives):
   * each story is reconciled as soon as the next begins, so memory holds one story at a time. A story
   * that comes back later is an error. Without it every story is held until the input ends.
   */
  grouped?: boolean;
  progress?: RunProgress;
}

/**
 * The reduce stage: reads stage records (the output of `extract --format jsonl`), regroups them by
 * story, and hands each story's reconciled outcome to `emit` in story order (or input order when
 * `grouped`). One story's outcome is byte for byte what `check` gives on the same articles.
 */
export async function reconcileRecords(
  lines: AsyncIterable<InputLine>,
  emit: (story: string, outcome: RunOutcome) => Promise<void>,
  options: ReconcileStageOptions = {},
): Promise<{ stories: number }> {
  const { checkExtracted, completeRun } = await import('../pipeline.js');
  const stories = new Map<string, StoryRun>();
  const finished = new Set<string>();
  let current: StoryRun | undefined;
  let count = 0;
  let findings = 0;
  const finish = async (run: StoryRun) => {
    count++;
    const complete = completeRun(run.toRun(), { ...(run.kinds ? { kinds: run.kinds } : {}), ...(options.progress ? { progress: options.progress } : {}) });
    options.progress?.stage?.('reconcile');
    const outcome = checkExtracted(complete);
    findings += outcome.result.findings.length;
    options.progress?.findings?.(findings);
    options.progress?.stage?.('write');
    await emit(run.story, outcome);
    options.progress?.stage?.('read');
  };
  options.progress?.stage?.('read');
  for await (const line of lines) {
    const parsed = parseStageRecord(line);
    if ('error' in parsed) throw new RecordError(parsed.error);
    const story = parsed.record.story ?? '';
    if (parsed.record.type === 'article') options.progress?.article?.(0);
    if (options.grouped) {
      if (current?.story !== story) {
        if (finished.has(story)) throw new RecordError(`${line.where}: story "${story}" comes again after other stories; the input is not grouped by story (sort it by story, or leave out --grouped)`);
        if (current) {
          finished.add(current.story);
          await finish(current);
        }
        current = new StoryRun(story);
      }
      current.add(parsed.record, line.where);
      continue;
    }
    let run = stories.get(story);
    if (!run) stories.set(story, (run = new StoryRun(story)));
    run.add(parsed.record, line.where);
  }
  if (current) await finish(current);
  for (const story of [...stories.keys()].sort()) await finish(stories.get(story)!);
  return { stories: count };
}
