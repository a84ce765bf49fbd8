import { parse as parseYaml } from 'yaml';
import type { Span } from '../types.js';

export interface FrontMatter {
  /** The whole block including its `---` fences and the line break after them. */
  span: Span;
  data: Record<string, unknown>;
}

const FENCE = /^(?:---|\+\+\+)[ \t]*\r?\n/u;

/** Thrown when the block is there but is not valid YAML; the message names the problem. */
export class FrontMatterError extends Error {}

/**
 * Reads a YAML front-matter block at the top of a file. The `yaml` package only builds plain
 * data (core schema: no custom tags, no code), so a hostile file cannot run anything.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!text.startsWith('---')) return undefined;
  const open = FENCE.exec(text);
  if (!open) return undefined;
  const closing = /^---[ \t]*(?:\r?\n|$)/mu;
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) throw new FrontMatterError('front matter starts with "---" but has no closing "---"');
  const yamlText = rest.slice(0, close.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText, { schema: 'core', maxAliasCount: 50, uniqueKeys: false });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    throw new FrontMatterError(`malformed front matter: ${first}`);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontMatterError('front matter is not a mapping of keys to values');
  }
  return {
    span: { start: 0, end: open[0].length + close.index + close[0].length },
    data: (data ?? {}) as Record<string, unknown>,
  };
}
