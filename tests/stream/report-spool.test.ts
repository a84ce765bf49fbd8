import { ReportSpool, renderClaims } from '../../src/stream/report-spool.js';
import { writePrettyJson } from '../../src/stream/write-json.js';
import type { Claim } from '../../src/types.js';

// Claims shaped like the report's, with text of one to three bytes per character, so that the spool's
// chunks (about a million characters each) end inside the run of claims, never inside a character.
function claim(n: number): Claim {
  const text = `${'Zürich — naïve 東京 '.repeat(1 + (n % 7))}#${n}`;
  return { id: `c${n}`, article: `a${n % 5}`, kind: 'quantity', text, span: { start: n, end: n + text.length }, value: { amount: n, unit: '€' } } as unknown as Claim;
}

async function spooled(add: (spool: ReportSpool) => void): Promise<string> {
  const spool = new ReportSpool();
  const pieces: Buffer[] = [];
  try {
    add(spool);
    await spool.write({ schemaVersion: 1, articles: [] }, async (text) => void pieces.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text)), { label: () => undefined, events: false });
  } finally {
    spool.close();
  }
  return Buffer.concat(pieces).toString('utf8');
}

async function inMemory(claims: readonly Claim[]): Promise<string> {
  let out = '';
  await writePrettyJson({ schemaVersion: 1, articles: [], claims, findings: [] }, async (text) => void (out += text));
  return out;
}

describe('ReportSpool', () => {
  const claims = Array.from({ length: 12_000 }, (_, n) => claim(n));

  test('claims added one by one and by article, over several chunks, are written as the report in memory lists them', async () => {
    const out = await spooled((spool) => {
      // Articles of 0 to 40 claims, rendered together, between claims added one by one.
      let at = 0;
      for (let size = 0; at < claims.length; size = (size + 13) % 41) {
        if (size % 3 === 0) spool.addClaim(claims[at++]!);
        const block = claims.slice(at, at + size);
        for (const rendered of renderClaims(block)) spool.addRenderedClaims(rendered);
        at += block.length;
      }
    });
    expect(out.length).toBeGreaterThan(3_000_000);
    expect(out).toBe(await inMemory(claims));
  });

  test('an article of many claims is rendered in blocks of at most a thousand, which together list them all', async () => {
    const blocks = [...renderClaims(claims.slice(0, 2500))];
    expect(blocks.map((block) => block.count)).toEqual([1000, 1000, 500]);
    const out = await spooled((spool) => {
      for (const block of blocks) spool.addRenderedClaims(block);
      for (const block of renderClaims(claims.slice(2500))) spool.addRenderedClaims(block);
    });
    expect(out).toBe(await inMemory(claims));
  });

  test('no claims, or only empty articles, give an empty list', async () => {
    const out = await spooled((spool) => {
      for (const rendered of renderClaims([])) spool.addRenderedClaims(rendered);
      spool.addRenderedClaims({ text: '', count: 0 });
    });
    expect(out).toBe(await inMemory([]));
  });
});
