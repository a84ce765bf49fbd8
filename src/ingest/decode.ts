import type { InputProblem } from '../types.js';

export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  problems: Omit<InputProblem, 'path'>[];
}

/** Thrown for content that is not text at all; the caller turns it into an `input` finding. */
export class UndecodableError extends Error {}

// Windows-1252 bytes 0x80–0x9F (WHATWG index); the rest are Latin-1. Node's own TextDecoder
// decodes them as C1 controls since 20.18.3 (nodejs/node#60888), so smart quotes would vanish.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 by the WHATWG table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/gu, (char) => String.fromCharCode(CP1252_HIGH[char.charCodeAt(0) - 0x80]!));
}

// How many bytes to look at when guessing UTF-16 without a byte-order mark.
const SAMPLE = 65536;

/**
 * UTF-16 without a BOM shows as a NUL in every other byte (for Latin text). Returns the byte
 * order when one parity is mostly NUL and the other almost never is, else undefined.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.02) return 'utf-16be';
  return undefined;
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE); UTF-16 without a BOM is recognised
 * by its NUL bytes (with a warning); otherwise strict UTF-8, and bytes that are not valid UTF-8 are
 * read as Windows-1252 (the usual encoding of such scraped pages), with a warning. Any other NUL
 * byte means a binary file, which is not an article.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', problems: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', problems: [] };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    const order = hasBom ? undefined : guessUtf16(body);
    const text = order && body.length % 2 === 0 ? decodeStrict(order, body) : undefined;
    if (order && text !== undefined) {
      return { text, encoding: order, problems: [{ severity: 'warning', message: `no byte-order mark; read as ${order.toUpperCase()}` }] };
    }
    throw new UndecodableError('binary content (NUL bytes); not a text article');
  }
  const text = decodeStrict('utf-8', body);
  if (text !== undefined) return { text, encoding: 'utf-8', problems: [] };
  return {
    text: decodeWindows1252(body),
    encoding: 'windows-1252',
    problems: [{ severity: 'warning', message: 'not valid UTF-8; read as Windows-1252' }],
  };
}
