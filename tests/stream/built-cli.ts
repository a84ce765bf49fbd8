/**
 * Runs the built CLI as a real process: `dist/cli-bundle/bin.js` (built by `pretest`), or `$CORROBORATE_BIN`
 * while developing against a private build (`npx tsc -p tsconfig.build.json --outDir .build/NAME`).
 * Worker threads and stdin only exist for real in a built, separate process.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export function builtBin(): string {
  return path.resolve(process.cwd(), process.env.CORROBORATE_BIN ?? 'dist/cli-bundle/bin.js');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `corroborate args…` to its end; `stdin` is written to its standard input. */
export function spawnCli(args: readonly string[], options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const bin = builtBin();
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build (or set CORROBORATE_BIN)`);
  // CI=true would also be right, but the ledger must never be touched by these runs: they pass --ci where it applies.
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? process.cwd(), env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
