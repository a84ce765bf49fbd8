import type { Span } from '../types.js';
import { parseSafeYaml } from './safe-yaml.js';

export interface FrontMatter {
  /** The whole block including its `---` fences and the line break after them; absent when unclosed. */
  span?: Span;
  data: Record<string, unknown>;
  /** Why the block could not be read (the article is still read, without this metadata). */
  error?: string;
  warnings: string[];
}

const OPEN = /^---[ \t]*(?:\r\n|\n|\r)/u;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/mu;

/**
 * Reads a YAML front-matter block at the top of a file. The YAML is read as plain data only
 * (`safe-yaml.ts`), so a hostile file cannot run anything. A block that is not valid YAML, or not
 * a mapping, is still kept out of extraction and its problem is reported. A `---` that is never
 * closed, or that encloses plain prose, is a Markdown rule rather than front matter.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    // Report it only when it reads like metadata ("title: …"); otherwise it is a Markdown rule.
    if (!/^\s*[\w-]+\s*:/u.test(rest)) return undefined;
    return { data: {}, warnings: [], error: 'front matter starts with "---" but has no closing "---"; read as text' };
  }
  const span = { start: 0, end: open[0].length + close.index + close[0].length };
  const parsed = parseSafeYaml(rest.slice(0, close.index));
  const warnings = parsed.warnings.map((warning) => `front matter: ${warning}`);
  if (parsed.error !== undefined) return { span, data: {}, warnings, error: `malformed front matter (ignored): ${parsed.error}` };
  const data = parsed.data;
  if (data === null || data === undefined) return { span, data: {}, warnings };
  // Plain text between two rules reads as one YAML string: that is prose, not front matter.
  if (typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    return { span, data: {}, warnings, error: 'front matter is not a mapping of keys to values (ignored)' };
  }
  return { span, data: data as Record<string, unknown>, warnings };
}
