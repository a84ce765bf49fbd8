import { canonicalJson, printLedgerFile } from '../../src/ledger/canonical-json.js';

describe('canonicalJson', () => {
  test('sorts keys at every depth and drops undefined fields', () => {
    const a = canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } });
    const b = canonicalJson({ a: { d: [{ y: 2, z: 1 }] }, b: 1 });
    expect(a).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
    expect(b).toBe(a);
  });
});

describe('printLedgerFile', () => {
  test('one field per line, lists of objects one element per line, trailing newline', () => {
    const text = printLedgerFile(
      { schemaVersion: 1 },
      'findings',
      [{ status: 'pending', key: 'k-1', sides: [{ quote: 'x', article: 'a' }, { quote: 'y', article: 'b' }], extra: true }],
      ['key', 'sides', 'status'],
    );
    expect(text).toBe(
      [
        '{',
        '  "schemaVersion": 1,',
        '  "findings": [',
        '    {',
        '      "key": "k-1",',
        '      "sides": [',
        '        {"article":"a","quote":"x"},',
        '        {"article":"b","quote":"y"}',
        '      ],',
        '      "status": "pending",',
        '      "extra": true',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toEqual({
      schemaVersion: 1,
      findings: [{ key: 'k-1', sides: [{ article: 'a', quote: 'x' }, { article: 'b', quote: 'y' }], status: 'pending', extra: true }],
    });
  });

  test('an empty list stays on one line', () => {
    expect(printLedgerFile({ schemaVersion: 1, article: 'a' }, 'claims', [], ['id'])).toBe('{\n  "schemaVersion": 1,\n  "article": "a",\n  "claims": []\n}\n');
  });
});
