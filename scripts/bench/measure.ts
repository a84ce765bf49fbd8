/**
 * Runs one command as a child process and measures it: wall time, CPU time and peak resident memory
 * (the whole process, worker threads included). Uses GNU time (`/usr/bin/time -v` fields) when the
 * machine has it; otherwise polls `/proc/PID/status` for the high-water mark.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Measured {
  wallS: number;
  /** Stopped after `timeoutS` (its times are then lower bounds). */
  timedOut?: boolean;
  /** User + system CPU seconds; undefined when the machine cannot tell. */
  cpuS?: number;
  peakRssMb?: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** A file fed to the command's stdin. */
  stdinFile?: string;
  /** A file the command's stdout goes to (else it is captured). */
  stdoutFile?: string;
  /** Stop the command after this many seconds (a run that cannot meet its target must not hold the bench). */
  timeoutS?: number;
}

const GNU_TIME = '/usr/bin/time';

function readHighWaterMb(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `command args…` to its end and returns what it cost. */
export function measure(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `corroborate-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [program, argv] = useTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const stdin = options.stdinFile ? openSync(options.stdinFile, 'r') : 'ignore';
  const stdout = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'pipe';
  const started = performance.now();
  // Its own process group, so that stopping it stops GNU time and the command it runs.
  const child = spawn(program, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: [stdin, stdout, 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  let polledMb: number | undefined;
  let timedOut = false;
  const timer = options.timeoutS
    ? setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid!, 'SIGTERM');
      }, options.timeoutS * 1000)
    : undefined;
  const poll = useTime ? undefined : setInterval(() => (polledMb = Math.max(polledMb ?? 0, readHighWaterMb(child.pid!) ?? 0)), 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      if (typeof stdin === 'number') closeSync(stdin);
      if (typeof stdout === 'number') closeSync(stdout);
      let measured: Measured = { wallS, exitCode: code ?? -1, stdout: out, stderr: err, ...(polledMb !== undefined ? { peakRssMb: polledMb } : {}), ...(timedOut ? { timedOut } : {}) };
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the fields when the command fails.
        const fields = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        rmSync(timeFile, { force: true });
        const [elapsed, user, system, maxKb] = fields;
        measured = { ...measured, wallS: Number.isFinite(elapsed) ? elapsed! : wallS, cpuS: (user ?? 0) + (system ?? 0), peakRssMb: (maxKb ?? 0) / 1024 };
      }
      resolve(measured);
    });
  });
}
