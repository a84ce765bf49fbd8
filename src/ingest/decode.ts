import type { InputProblem } from '../types.js';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  problems: Omit<InputProblem, 'path'>[];
}

/** Thrown for content that is not text at all; the caller turns it into an `input` finding. */
export class UndecodableError extends Error {}

/**
 * Decodes a file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and bytes
 * that are not valid UTF-8 are read as Windows-1252 (the usual encoding of such scraped pages),
 * with a warning. NUL bytes in 8-bit text mean a binary file.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', problems: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', problems: [] };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new UndecodableError('binary content (NUL bytes); not a text article');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', problems: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      problems: [{ severity: 'warning', message: 'not valid UTF-8; read as Windows-1252' }],
    };
  }
}
