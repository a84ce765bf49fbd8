import type { ClaimKind, InputProblem } from '../types.js';
import type { ArticleTask } from '../parallel/article-task.js';
import { parseArticleInput } from './article-input.js';
import type { InputLine } from './read-lines.js';

export interface InputTaskOptions {
  kinds?: readonly ClaimKind[];
  /** `--published`: the date for one id, or for all. */
  publishedFor?: (id: string) => string | undefined;
  /** Called for each line that gives no article (bad JSON, missing fields, a repeated id). */
  onProblem(problem: InputProblem, story?: string): void;
}

/**
 * Turns JSONL article lines into extraction tasks as they arrive. A line that is not a usable article
 * is a problem on that line, and the lines after it go on. An id seen before in the same story is a
 * problem too: reconciliation would mix the two articles up.
 */
export async function* inputTasks(lines: AsyncIterable<InputLine>, options: InputTaskOptions): AsyncGenerator<ArticleTask> {
  const seen = new Map<string, string>();
  for await (const line of lines) {
    const parsed = parseArticleInput(line.text, line.where, options.publishedFor);
    if ('problem' in parsed) {
      options.onProblem(parsed.problem);
      continue;
    }
    const { input, given } = parsed;
    const key = `${input.story ?? ''}\u0000${input.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      options.onProblem({ path: line.where, severity: 'error', message: `the id "${input.id}" was already used at ${first}; this article is skipped` }, input.story);
      continue;
    }
    seen.set(key, line.where);
    yield {
      job: { path: input.path ?? input.id, format: input.format ?? 'text', given },
      input,
      ...(options.kinds ? { kinds: options.kinds } : {}),
      ...(input.story !== undefined ? { story: input.story } : {}),
    };
  }
}
