import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

// Loaded on first use: most articles have no front matter and most runs no manifest. `yaml` is
// CommonJS, so it can be required when first needed, synchronously.
function yamlModule(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** Plain data read from YAML, or why it could not be read. */
export interface YamlResult {
  data?: unknown;
  /** The first error, in one line; `data` is absent when set. */
  error?: string;
  /** Things that were read with a caveat (an unknown `!!tag` kept as text). */
  warnings: string[];
}

/**
 * Parses YAML into plain data only: the core schema (strings, numbers, booleans, null, lists,
 * maps), no custom tags, nothing is ever constructed or run, aliases capped against
 * "billion laughs" expansion. Never throws, never writes to the console.
 */
export function parseSafeYaml(text: string): YamlResult {
  const document = yamlModule().parseDocument(text, { schema: 'core', uniqueKeys: false, logLevel: 'silent', prettyErrors: false });
  const firstLine = (message: string) => message.split('\n')[0]!.trim();
  const warnings = document.warnings.map((warning) => firstLine(warning.message));
  if (document.errors.length > 0) return { error: firstLine(document.errors[0]!.message), warnings };
  try {
    return { data: document.toJS({ maxAliasCount: 100 }), warnings };
  } catch (error) {
    return { error: firstLine((error as Error).message), warnings };
  }
}
