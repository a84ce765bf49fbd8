import { run } from '../../src/cli/cli.js';
import type { CheckResult, Finding } from '../../src/types.js';
import { memoryIO } from '../helpers/memory-io.js';

/** What `corroborate check … --format json` did: exit code, parsed report (when printed), stderr. */
export interface CheckRun {
  code: number;
  report?: CheckResult;
  stderr: string;
  inputFindings: Finding[];
}

/** Runs the real CLI in-process on `paths` with the JSON reporter and a fixed publication date. */
export async function checkJson(paths: string[], extra: string[] = []): Promise<CheckRun> {
  const io = memoryIO();
  const code = await run(['check', ...paths, '--format', 'json', '--published', '2019-07-22', ...extra], io);
  const report = io.out === '' ? undefined : (JSON.parse(io.out) as CheckResult);
  return { code, ...(report ? { report } : {}), stderr: io.err, inputFindings: report?.findings.filter((f) => f.rule === 'input') ?? [] };
}

/** Input findings as `[severity, message]`, for exact comparison. */
export function problems(result: CheckRun): [string, string][] {
  return result.inputFindings.map((finding) => [finding.severity, finding.message]);
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/mu;
