import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStreamOutput } from '../../src/stream/output.js';
import { memoryIO } from '../helpers/memory-io.js';

// Text and UTF-8 bytes as a spooled report mixes them: the head as text, claims copied as bytes.
const pieces: (string | Uint8Array)[] = ['{\n  "claims": [\n', Buffer.from('    "Zürich — 5 km",\n    "naïve"', 'utf8'), new Uint8Array(0), '\n  ]\n}\n'];
const expected = '{\n  "claims": [\n    "Zürich — 5 km",\n    "naïve"\n  ]\n}\n';

describe('openStreamOutput', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'corroborate-output-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('a file gets text and bytes in the order written, and appears only when closed', async () => {
    const io = memoryIO({ cwd: folder });
    const output = await openStreamOutput(io, 'report.json');
    for (const piece of pieces) await output.write(piece);
    expect(readdirSync(folder).filter((name) => name === 'report.json')).toEqual([]);
    await output.close();
    expect(readFileSync(path.join(folder, 'report.json'), 'utf8')).toBe(expected);
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  test('stdout gets the bytes decoded, in order', async () => {
    const io = memoryIO({ cwd: folder });
    const output = await openStreamOutput(io, undefined);
    for (const piece of pieces) await output.write(piece);
    await output.close();
    expect(io.out).toBe(expected);
  });

  test('abort leaves no file behind and keeps the old one', async () => {
    const io = memoryIO({ cwd: folder });
    const first = await openStreamOutput(io, 'report.json');
    await first.write('old\n');
    await first.close();
    const second = await openStreamOutput(io, 'report.json');
    await second.write(Buffer.from('half'));
    await second.abort();
    expect(readdirSync(folder)).toEqual(['report.json']);
    expect(readFileSync(path.join(folder, 'report.json'), 'utf8')).toBe('old\n');
  });
});
