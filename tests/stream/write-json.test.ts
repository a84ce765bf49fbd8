import fc from 'fast-check';
import { writePrettyJson } from '../../src/stream/write-json.js';

async function written(value: Record<string, unknown>): Promise<string> {
  let out = '';
  await writePrettyJson(value, async (text) => void (out += text));
  return out;
}

describe('writePrettyJson', () => {
  test('writes the bytes JSON.stringify(value, null, 2) gives, for any report-like object', async () => {
    const field = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 6 }), fc.constant(undefined), fc.constant([]));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), field, { maxKeys: 6 }), async (value) => {
        expect(await written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  test('a report: strings with newlines and quotes, nested values, arrays of objects', async () => {
    const report = {
      schemaVersion: 1,
      tool: { name: 'corroborate', version: '0.0.0' },
      articles: [{ id: 'a', path: 'a.txt', published: { value: null, basis: null } }],
      claims: [{ id: 'c', text: 'line one\nline "two"', span: { start: 0, end: 5 }, value: { list: [1, [2, {}]], empty: [] } }],
      findings: [],
      events: undefined,
    };
    expect(await written(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
