import { jest } from '@jest/globals';
import { memoryIO } from '../helpers/memory-io.js';
import { STACK_LINE } from './check-helpers.js';

// A bug of ours must not look like a crash: one line on stderr and exit 2, the stack only with --debug.
const fail = async () => {
  throw new TypeError("Cannot read properties of undefined (reading 'span')");
};
jest.unstable_mockModule('../../src/pipeline.js', () => ({ runCheck: fail, runExtract: fail, readAndExtract: fail }));

const { run } = await import('../../src/cli/cli.js');

test.each(['check', 'extract'])('%s: an internal error is one line without a stack trace, exit 2', async (command) => {
  const io = memoryIO();
  expect(await run([command, 'tests'], io)).toBe(2);
  expect(io.err).toBe("corroborate: internal error: Cannot read properties of undefined (reading 'span') (run with --debug for details)\n");
  expect(io.out).toBe('');
});

test('with --debug the stack trace is printed', async () => {
  const io = memoryIO();
  expect(await run(['check', 'tests', '--debug'], io)).toBe(2);
  expect(io.err).toMatch(/^corroborate: internal error: Cannot read properties of undefined \(reading 'span'\)\nTypeError: /u);
  expect(io.err).toMatch(STACK_LINE);
});
