import type { Finding, InputProblem, RuleMeta } from '../types.js';
import { stableId } from '../util/hash.js';
import { articleIdOf } from '../ingest/read-article.js';

/** The `input` rule: a file that could not be read, or was read with a caveat. */
export const INPUT_RULE_META: RuleMeta = {
  id: 'input',
  description: 'An input file could not be read as an article, or was read with a caveat.',
  defaultSeverity: 'error',
  help: 'The file is named with the problem. Other articles are still checked. Fix or remove the file.',
  messages: { problem: '{{path}}: {{problem}}' },
};

export function inputFinding(problem: InputProblem): Finding {
  return {
    id: stableId('f', ['input', problem.path, problem.message]),
    rule: 'input',
    severity: problem.severity,
    verdict: 'input',
    message: `${problem.path}: ${problem.message}`,
    messageId: 'problem',
    confidence: 1,
    positions: [
      { article: articleIdOf(problem.path), claim: null, text: '', span: { start: 0, end: 0 }, line: 1, column: 1, value: null },
    ],
  };
}
