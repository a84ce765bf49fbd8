import type { StageRecord } from './records.js';
import type { InputLine } from './read-lines.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a record's payload, or undefined when it has the fields reconciliation reads. */
function payloadProblem(record: Record<string, unknown>): string | undefined {
  switch (record.type) {
    case 'article': {
      const article = record.article;
      if (!isObject(article)) return 'an article record needs "article" (an object)';
      if (typeof article.id !== 'string' || typeof article.path !== 'string' || typeof article.text !== 'string') return 'an article needs "id", "path" and "text" (strings)';
      if (!isObject(article.published)) return `article "${article.id}" needs "published" ({value, basis})`;
      if (!Array.isArray(article.problems) || !Array.isArray(article.excluded)) return `article "${article.id}" needs "problems" and "excluded" (arrays)`;
      return undefined;
    }
    case 'claim': {
      const claim = record.claim;
      if (!isObject(claim)) return 'a claim record needs "claim" (an object)';
      if (typeof claim.id !== 'string' || typeof claim.article !== 'string' || typeof claim.kind !== 'string') return 'a claim needs "id", "article" and "kind" (strings)';
      if (!isObject(claim.span)) return `claim "${claim.id}" needs "span"`;
      if (!Number.isInteger(record.seq)) return `claim "${claim.id}" needs "seq" (its place among its article's claims)`;
      return undefined;
    }
    case 'problem': {
      const problem = record.problem;
      if (!isObject(problem) || typeof problem.path !== 'string' || typeof problem.message !== 'string') return 'a problem record needs "problem" ({path, severity, message})';
      return undefined;
    }
    default:
      return `unknown record type ${JSON.stringify(record.type)} (expected article, claim or problem: the output of extract --format jsonl)`;
  }
}

/** One stage record from a JSONL line, or the one-line reason it cannot be used. */
export function parseStageRecord(line: InputLine): { record: StageRecord } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    return { error: `${line.where}: not JSON: ${(error as Error).message.split('\n')[0]}` };
  }
  if (!isObject(value)) return { error: `${line.where}: not a JSON object` };
  if (value.story !== undefined && typeof value.story !== 'string') return { error: `${line.where}: "story" must be a string` };
  const problem = payloadProblem(value);
  return problem ? { error: `${line.where}: ${problem}` } : { record: value as unknown as StageRecord };
}
