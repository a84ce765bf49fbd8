import { Readable } from 'node:stream';
import { run } from '../../src/cli/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

// Articles written for these tests.
const FERRY_A = 'The ferry left Dover on Tuesday with 212 passengers on board, the operator said.';
const FERRY_B = 'Officials said the ferry carried 230 passengers when it sailed from Dover on Tuesday.';

const line = (record: object) => `${JSON.stringify(record)}\n`;

async function extract(input: string, ...args: string[]) {
  const io = memoryIO({ stdin: Readable.from([input]) });
  const code = await run(['extract', '-', '--format', 'jsonl', ...args], io);
  const records = io.out.trim() === '' ? [] : io.out.trim().split('\n').map((text) => JSON.parse(text.slice(text.indexOf('{'))));
  return { code, records, io };
}

describe('extract - (JSONL articles on stdin)', () => {
  test('writes an article record, then its claims numbered in order, for each input line', async () => {
    const { code, records, io } = await extract(
      line({ id: 'ferry-a', text: FERRY_A, published: '2024-05-08', outlet: 'Test Wire', story: 'ferry' }) + line({ id: 'ferry-b', text: FERRY_B, published: '2024-05-08', story: 'ferry' }),
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const articles = records.filter((record) => record.type === 'article');
    expect(articles.map((record) => record.article.id)).toEqual(['ferry-a', 'ferry-b']);
    expect(articles[0].story).toBe('ferry');
    expect(articles[0].article).toEqual(expect.objectContaining({ text: FERRY_A, outlet: 'Test Wire', published: expect.objectContaining({ value: '2024-05-08', basis: 'given' }) }));
    const claimsA = records.filter((record) => record.type === 'claim' && record.claim.article === 'ferry-a');
    expect(claimsA.length).toBeGreaterThan(0);
    expect(claimsA.map((record) => record.seq)).toEqual(claimsA.map((_, index) => index));
    for (const { claim } of claimsA) expect(FERRY_A.slice(claim.span.start, claim.span.end)).toBe(claim.text);
    const tuesday = claimsA.find((record) => record.claim.kind === 'time' && record.claim.text.includes('Tuesday'));
    expect(tuesday?.claim.value.timex.value).toBe('2024-05-07');
    // The article record comes before its claims: a reader can stream them.
    expect(records.findIndex((record) => record.type === 'claim')).toBeGreaterThan(records.findIndex((record) => record.type === 'article'));
  });

  test('a bad line is a problem record and a message; the other articles are still extracted (exit 1)', async () => {
    const { code, records, io } = await extract(
      `not json\n${line({ id: 'no-text' })}${line({ id: 'ferry-a', text: FERRY_A })}${line({ id: 'ferry-a', text: FERRY_B })}`,
    );
    expect(code).toBe(1);
    expect(records.filter((record) => record.type === 'article')).toHaveLength(1);
    const problems = records.filter((record) => record.type === 'problem').map((record) => `${record.problem.path}: ${record.problem.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^<stdin>:1: not a JSON object/u),
      '<stdin>:2: article "no-text" has no "text" (a string)',
      '<stdin>:4: the id "ferry-a" was already used at <stdin>:3; this article is skipped',
    ]);
    expect(io.err).toContain('corroborate: <stdin>:2: article "no-text" has no "text"');
    expect(io.out).not.toContain('corroborate:');
  });

  test('--exit-zero keeps bad lines as problem records but exits 0 (a map task must not fail on them)', async () => {
    const { code, records } = await extract(`not json\n${line({ id: 'slide-a', text: FERRY_A })}`, '--exit-zero');
    expect(code).toBe(0);
    expect(records.map((record) => record.type)).toContain('problem');
  });

  test('ids are kept as given, even with dots; --published wins over the record', async () => {
    const { records } = await extract(line({ id: '2024.05.08-wire', text: FERRY_A, published: '2024-05-01' }), '--published', '2024-05-08');
    const article = records.find((record) => record.type === 'article').article;
    expect(article.id).toBe('2024.05.08-wire');
    expect(article.published).toEqual(expect.objectContaining({ value: '2024-05-08', basis: 'given' }));
  });

  test('--story names the story of records whose input has none; --keyed puts it first, before a tab', async () => {
    const io = memoryIO({ stdin: Readable.from([line({ id: 'ferry-a', text: FERRY_A })]) });
    await run(['extract', '-', '--format', 'jsonl', '--story', 'ferry', '--keyed'], io);
    for (const text of io.out.trim().split('\n')) {
      expect(text.startsWith('ferry\t{')).toBe(true);
      expect(JSON.parse(text.slice('ferry\t'.length)).story).toBe('ferry');
    }
  });

  test('--format json from stdin gives the report with the articles', async () => {
    const io = memoryIO({ stdin: Readable.from([line({ id: 'ferry-b', text: FERRY_B, published: '2024-05-08' })]) });
    expect(await run(['extract', '--stdin', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.articles.map((article: { id: string; path: string }) => [article.id, article.path])).toEqual([['ferry-b', 'ferry-b']]);
    expect(report.claims.length).toBeGreaterThan(0);
  });

  test('nothing usable on stdin exits 2 with one line', async () => {
    const { code, io } = await extract('\n\n');
    expect(code).toBe(2);
    expect(io.err).toBe('corroborate: no articles found in stdin\n');
  });

  test('"-" cannot be mixed with paths', async () => {
    const io = memoryIO({ stdin: Readable.from([]) });
    expect(await run(['extract', '-', 'examples'], io)).toBe(2);
    expect(io.err).toContain('cannot be mixed with paths');
  });
});
