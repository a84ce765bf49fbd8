import path from 'node:path';

/**
 * The ledger options `check` reads before deciding whether it needs the ledger at all. Kept apart
 * from `check-step.ts` so that deciding costs nothing: a run with no ledger loads none of its code.
 */

/** `CI` counts as set unless it is empty or a false word (`0`, `false`, `no`, `off`). */
export function ciFromEnv(value: string | undefined): boolean {
  if (value === undefined) return false;
  return !['', '0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

/** `--ci` / `--no-ci` win; else the `CI` environment variable decides. */
export function ciMode(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return flag ?? ciFromEnv(env.CI);
}

/** Where the ledger lives, as shown and as an absolute path. */
export function ledgerLocation(claims: string | undefined, cwd: string): { label: string; dir: string } {
  const label = claims ?? 'claims';
  return { label, dir: path.resolve(cwd, label) };
}
