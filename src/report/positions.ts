import path from 'node:path';
import type { FindingPosition } from '../types.js';

/**
 * 1-based end of a position: the line of its last character and the column just after it (the
 * SARIF convention). Line breaks are `\r\n`, `\n` or a lone `\r`, as in `segment/lines.ts`.
 */
export function endOf(position: FindingPosition): { endLine: number; endColumn: number } {
  const lines = position.text.split(/\r\n?|\n/u);
  if (lines.length === 1) return { endLine: position.line, endColumn: position.column + position.text.length };
  return { endLine: position.line + lines.length - 1, endColumn: lines[lines.length - 1]!.length + 1 };
}

/**
 * An article path as CI tools want it: relative to `cwd` when it lies inside it, with forward
 * slashes whatever the platform.
 */
export function displayPath(articlePath: string, cwd: string | undefined): string {
  if (cwd === undefined) return articlePath.split(path.sep).join('/');
  const absolute = path.resolve(cwd, articlePath);
  const relative = path.relative(cwd, absolute);
  const chosen = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  return chosen.split(path.sep).join('/');
}

/** A one-line version of a quote: runs of whitespace (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
