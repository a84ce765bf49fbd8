import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { run } from '../../src/cli/cli.js';
import type { CheckResult } from '../../src/types.js';
import { memoryIO } from '../helpers/memory-io.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;

async function checkJson(paths: string[]): Promise<{ code: number; text: string; report: CheckResult }> {
  const io = memoryIO({ env: {} });
  const code = await run(['check', ...paths, '--format', 'json'], io);
  return { code, text: io.out, report: JSON.parse(io.out) as CheckResult };
}

describeWithShared('foundation acceptance on ../shared/corpus/blinken', () => {
  const blinken = sharedPath('corpus', 'blinken');
  let first: Awaited<ReturnType<typeof checkJson>>;

  beforeAll(async () => {
    first = await checkJson([blinken]);
  });

  test('prints a valid report with 5 articles and claims in every article', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(first.report) ? [] : validate.errors).toEqual([]);
    expect(first.report.articles).toHaveLength(5);
    for (const article of first.report.articles) {
      expect(first.report.claims.filter((claim) => claim.article === article.id).length).toBeGreaterThan(0);
    }
  });

  test("every claim's text is the file slice at its span", () => {
    const files = new Map(first.report.articles.map((article) => [article.id, readFileSync(article.path, 'utf8')]));
    for (const claim of first.report.claims) {
      expect(files.get(claim.article)!.slice(claim.span.start, claim.span.end)).toBe(claim.text);
    }
  });

  test('two runs give identical bytes', async () => {
    const second = await checkJson([blinken]);
    expect(second.text).toBe(first.text);
  });

  test('time claims for "Wednesday", "last November", "February 2022", "October 2018", "in 2010"', () => {
    const times = first.report.claims.filter((claim) => claim.kind === 'time').map((claim) => claim.text);
    for (const expected of [/Wednesday/u, /last November/u, /February 2022/u, /October 2018/u, /2010/u]) {
      expect(times.some((text) => expected.test(text))).toBe(true);
    }
  });

  test('the Anthony/Antony variant is a finding with positions in both spellings', () => {
    const variant = first.report.findings.find((finding) => finding.rule === 'name-variant' && finding.positions.some((p) => /Anthony/u.test(p.text)));
    expect(variant).toBeDefined();
    const texts = variant!.positions.map((position) => position.text);
    expect(texts.some((text) => /Anthony Blinken/u.test(text))).toBe(true);
    expect(texts.some((text) => /Antony Blinken/u.test(text))).toBe(true);
  });
});

describe('foundation: CLI contract', () => {
  test('a missing path exits 2 with one line naming it; --help lists every command', async () => {
    const missing = memoryIO();
    expect(await run(['check', 'nowhere/at-all'], missing)).toBe(2);
    expect(missing.err).toBe('corroborate: nowhere/at-all: no such file or folder\n');
    const help = memoryIO();
    expect(await run(['--help'], help)).toBe(0);
    const { COMMANDS } = await import('../../src/cli/commands/index.js');
    for (const command of COMMANDS) {
      const name = String(Array.isArray(command.command) ? command.command[0] : command.command).split(' ')[0]!;
      expect(help.out).toContain(`corroborate ${name}`);
    }
  });
});
