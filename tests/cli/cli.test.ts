import { run } from '../../src/cli/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

describe('corroborate CLI', () => {
  test('--help lists every command and exits 0', async () => {
    const io = memoryIO();
    expect(await run(['--help'], io)).toBe(0);
    for (const command of ['check <paths..>', 'extract [paths..]', 'reconcile', 'report <paths..>', 'review']) {
      expect(io.out).toContain(`corroborate ${command}`);
    }
  });

  test('a missing path exits 2 with one line naming it', async () => {
    const io = memoryIO();
    expect(await run(['check', 'no/such/folder'], io)).toBe(2);
    expect(io.err.trim().split('\n')).toEqual(['corroborate: no/such/folder: no such file or folder']);
    expect(io.out).toBe('');
  });

  test('an unknown command exits 2', async () => {
    const io = memoryIO();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/^corroborate: /u);
  });
});
