import { rmSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LedgerError } from './ledger-error.js';

export const LOCK_FILE = '.lock';

/** What the lock file holds: who has the ledger open for writing. */
export interface LockOwner {
  pid: number;
  host: string;
  command: string;
}

/** A held lock; `release` is idempotent and also runs when the process exits. */
export interface LedgerLock {
  file: string;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') return { pid: owner.pid, host: owner.host, command: String(owner.command ?? 'corroborate') };
  } catch {
    // Unreadable or half-written: treated as held by someone unknown.
  }
  return undefined;
}

/**
 * Takes `<dir>/.lock`, created with O_EXCL so two processes can never both get it. A lock left by a
 * process that no longer runs on this host is stale and taken over; a lock held by a live process
 * or by another host is a `LedgerError` that says who holds it. `wait` retries for that many
 * milliseconds first (short writers such as `check` wait; the interactive reviewer does not).
 */
export async function acquireLock(dir: string, label: string, command: string, wait = 0): Promise<LedgerLock> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const shown = path.join(label, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), command };
  const deadline = Date.now() + wait;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o644);
      try {
        await handle.writeFile(`${JSON.stringify(owner)}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new LedgerError(`${shown}: cannot create (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const holder = await readOwner(file);
    if (holder && holder.host === owner.host && !alive(holder.pid) && attempt < 3) {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const who = holder ? `${holder.command} (pid ${holder.pid} on ${holder.host})` : 'another process';
    throw new LedgerError(`${label} is locked by ${who}: wait for it to finish, or delete ${shown} if that process is gone`);
  }
  let held = true;
  const onExit = () => release();
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', onExit);
    rmSync(file, { force: true });
  };
  process.on('exit', onExit);
  return { file, release };
}
