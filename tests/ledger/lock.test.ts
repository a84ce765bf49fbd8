import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import { acquireLock } from '../../src/ledger/lock.js';
import { tempDir } from './fixtures.js';

describe('ledger lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  test('is created exclusively with pid and host, refuses a second holder, and is gone after release', async () => {
    const lock = await acquireLock(dir, 'claims', 'corroborate review');
    const owner = JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8'));
    expect(owner).toEqual({ pid: process.pid, host: os.hostname(), command: 'corroborate review' });
    await expect(acquireLock(dir, 'claims', 'corroborate check')).rejects.toThrow(
      `claims is locked by corroborate review (pid ${process.pid} on ${os.hostname()}): wait for it to finish, or delete claims/.lock if that process is gone`,
    );
    lock.release();
    lock.release();
    expect(existsSync(path.join(dir, '.lock'))).toBe(false);
    (await acquireLock(dir, 'claims', 'corroborate check')).release();
  });

  test('a lock left by a process that has ended on this host is taken over', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(ended.stdout);
    await writeFile(path.join(dir, '.lock'), JSON.stringify({ pid: deadPid, host: os.hostname(), command: 'corroborate review' }));
    const lock = await acquireLock(dir, 'claims', 'corroborate review');
    expect(JSON.parse(await readFile(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  test('a lock from another host, or one that cannot be read, is never taken over', async () => {
    await writeFile(path.join(dir, '.lock'), JSON.stringify({ pid: 1, host: 'elsewhere.example', command: 'corroborate review' }));
    await expect(acquireLock(dir, 'claims', 'corroborate review')).rejects.toThrow('locked by corroborate review (pid 1 on elsewhere.example)');
    await writeFile(path.join(dir, '.lock'), 'garbage');
    await expect(acquireLock(dir, 'claims', 'corroborate review')).rejects.toThrow('claims is locked by another process');
  });
});
