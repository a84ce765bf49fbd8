import type { CliIO } from '../cli/io.js';
import { openStreamOutput } from './output.js';

/** One element of a top-level array, pretty-printed as JSON.stringify(…, null, 2) prints it there. */
export function prettyElement(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/gu, '\n    ');
}

/** A top-level field written whole, pretty-printed as JSON.stringify(…, null, 2) prints it there. */
export function prettyField(key: string, value: unknown, comma: ',' | ''): string {
  return `  ${JSON.stringify(key)}: ${(JSON.stringify(value, null, 2) ?? 'null').replace(/\n/gu, '\n  ')}${comma}\n`;
}

/**
 * Writes `value` exactly as `JSON.stringify(value, null, 2) + '\n'` would, but piece by piece: the
 * elements of its top-level arrays (claims, findings) one at a time. A report of a big run is larger
 * than the longest string JavaScript can hold, and building it whole doubles the memory it needs.
 */
export async function writePrettyJson(value: Record<string, unknown>, write: (text: string) => Promise<void>): Promise<void> {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined && typeof field !== 'function' && typeof field !== 'symbol');
  if (entries.length === 0) return write('{}\n');
  await write('{\n');
  for (let i = 0; i < entries.length; i++) {
    const [key, field] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(field) && field.length > 0) {
      await write(`  ${JSON.stringify(key)}: [\n`);
      for (let j = 0; j < field.length; j++) await write(`    ${prettyElement(field[j])}${j < field.length - 1 ? ',' : ''}\n`);
      await write(`  ]${comma}\n`);
    } else {
      await write(prettyField(key, field, comma));
    }
  }
  await write('}\n');
}

/** `--format json` to stdout or FILE, streamed (see `writePrettyJson`); the same bytes as the JSON reporter. */
export async function writeJsonOutput(io: CliIO, value: object, file: string | undefined): Promise<void> {
  const output = await openStreamOutput(io, file);
  try {
    await writePrettyJson(value as Record<string, unknown>, output.write);
  } catch (error) {
    await output.abort();
    throw error;
  }
  await output.close();
}
