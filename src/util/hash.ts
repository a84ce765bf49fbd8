import crypto from 'node:crypto';

// `crypto.hash` (Node 20.12+) digests a string in one call into C++; older Node 20 builds a Hash object.
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** One part of a stable id as it is hashed: escaped, and closed by the separator (see `stableId`). */
export function idPart(part: string | number): string {
  const text = typeof part === 'string' ? part : String(part);
  // Escaped only when it holds a separator: a claim's text almost never does, and looking is cheaper.
  return `${text.includes('\u0000') ? text.replaceAll('\u0000', '\u0000\u0000') : text}\u0000|`;
}

/** The id of parts already joined by `idPart`: `stableId` for a caller that keeps a joined head. */
export function idOfJoined(prefix: string, joined: string, length = 10): string {
  // Joined, not concatenated: V8 keeps a concatenation as a pair of strings (the prefix copied each
  // time), about 90 bytes per id instead of 40 — a million claims' ids on a 25 MB article.
  return [prefix, sha1Hex(joined).slice(0, length)].join('-');
}

/**
 * A short, stable id from its parts: the same parts always give the same id, on every machine.
 * Parts are joined with a separator that cannot occur in them unescaped. The parts are joined before
 * hashing (one call instead of two per part, about twice as fast): the bytes hashed are the same.
 */
export function stableId(prefix: string, parts: readonly (string | number)[], length = 10): string {
  let joined = '';
  for (const part of parts) joined += idPart(part);
  return idOfJoined(prefix, joined, length);
}
