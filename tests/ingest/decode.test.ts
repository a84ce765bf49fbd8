import { decodeBytes, UndecodableError } from '../../src/ingest/decode.js';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
};

describe('decodeBytes', () => {
  test('UTF-8 with and without BOM', () => {
    const text = 'Café owners in Zürich reopened – “finally”.';
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', problems: [] });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeBytes(withBom)).toEqual({ text, encoding: 'utf-8', problems: [] });
  });

  test.each(['le', 'be'] as const)('UTF-16 %s with a BOM', (order) => {
    const text = 'Zürich reopened its café on Friday.';
    expect(decodeBytes(utf16(text, order, true))).toEqual({ text, encoding: `utf-16${order}`, problems: [] });
  });

  test('UTF-16 without a BOM is recognised, with a warning', () => {
    const text = 'The café on the quay reopened on Friday.';
    const decoded = decodeBytes(utf16(text, 'le', false));
    expect(decoded.text).toBe(text);
    expect(decoded.problems).toEqual([{ severity: 'warning', message: 'no byte-order mark; read as UTF-16LE' }]);
  });

  test('invalid UTF-8 is read as Windows-1252 with a warning', () => {
    // "café “quoted”" in Windows-1252: é = 0xE9, curly quotes = 0x93 / 0x94.
    const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'café “q”',
      encoding: 'windows-1252',
      problems: [{ severity: 'warning', message: 'not valid UTF-8; read as Windows-1252' }],
    });
  });

  test('NUL bytes in 8-bit content mean a binary file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeBytes(png)).toThrow(UndecodableError);
    expect(() => decodeBytes(png)).toThrow('binary content (NUL bytes); not a text article');
  });

  test('empty input decodes to empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', problems: [] });
  });
});

describe('decodeWindows1252', () => {
  test('bytes 0x80–0x9F follow the WHATWG table, not Latin-1', async () => {
    const { decodeWindows1252 } = await import('../../src/ingest/decode.js');
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0x9f]))).toBe('€…‘’–—™Ÿ');
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0xe9, 0x41]))).toBe('\u0081\u008déA');
  });
});
