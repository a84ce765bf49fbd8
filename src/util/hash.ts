import { createHash } from 'node:crypto';

/**
 * A short, stable id from its parts: the same parts always give the same id, on every machine.
 * Parts are joined with a separator that cannot occur in them unescaped.
 */
export function stableId(prefix: string, parts: readonly (string | number)[], length = 10): string {
  const hash = createHash('sha1');
  for (const part of parts) {
    hash.update(String(part).replaceAll('\u0000', '\u0000\u0000'));
    hash.update('\u0000|');
  }
  return `${prefix}-${hash.digest('hex').slice(0, length)}`;
}
