import { execFileSync } from 'node:child_process';
import type { Reviewer } from './decide.js';

/**
 * Who is reviewing: git's `user.name` as seen from `cwd` (the repository the ledger is committed
 * to), else `$USER` / `$USERNAME`, else "unknown".
 */
export function reviewerName(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    if (name) return name;
  } catch {
    // Not a repository, git missing, or no user.name: fall back to the login name.
  }
  return env.USER || env.USERNAME || 'unknown';
}

/**
 * The clock verdicts are stamped with. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) fixes it, so tests and reproducible runs get the same bytes.
 */
export function reviewClock(env: Readonly<Record<string, string | undefined>>): () => Date {
  const fixed = env.SOURCE_DATE_EPOCH;
  if (fixed !== undefined && /^\d+$/u.test(fixed)) {
    const date = new Date(Number(fixed) * 1000);
    return () => date;
  }
  return () => new Date();
}

/** The reviewer of this process. */
export function currentReviewer(cwd: string, env: Readonly<Record<string, string | undefined>>): Reviewer {
  return { who: reviewerName(cwd, env), now: reviewClock(env) };
}
