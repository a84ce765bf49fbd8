/**
 * `npm run bench [-- --sizes 10000,50000] [--large-mb 25] [--repeat 5] [--out bench/RESULTS.md] [--no-write]`
 *
 * Start-up, throughput and peak memory of the CLI, each run as its own process: `--help` and `check` on
 * the five Blinken articles; `extract` and `check` on the ECB+ benchmark (970 articles); `check` on one
 * generated article of 25 MB (`--large-mb 0` leaves it out); the same on corpora generated from
 * `examples/` at each size; the JSONL stages (`extract -`, `reconcile`) on the generated corpora. chrono-node's parser alone over the same files is the baseline column. Prints a
 * table and writes it, with the machine and the per-stage costs, to bench/RESULTS.md.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generate-corpus.js';
import { generateArticle } from './generate-article.js';
import { measure, type Measured } from './measure.js';
import { formatStages, measureStages } from './stages.js';
import { machineLines, renderResults, type BenchRow } from './results.js';

interface BenchOptions {
  sizes: number[];
  /** Size of the one huge article checked, in MiB; 0 for none. */
  largeMb: number;
  repeat: number;
  out: string | undefined;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const sizes = (value('--sizes') ?? '10000,50000').split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0);
  const largeMb = Number(value('--large-mb') ?? 25);
  return { sizes, largeMb: Number.isFinite(largeMb) && largeMb > 0 ? largeMb : 0, repeat: Number(value('--repeat') ?? 5), out: argv.includes('--no-write') ? undefined : (value('--out') ?? 'bench/RESULTS.md') };
}

const root = process.cwd();
// The command as installed (package.json `bin`: the bundle `npm run build` makes), so start-up is measured as users get it.
const bin = path.resolve(process.cwd(), 'dist/cli-bundle/bin.js');
const baseline = fileURLToPath(new URL('./chrono-baseline.js', import.meta.url));
const shared = path.resolve(root, '../shared');

/** The median of several runs of a quick command (start-up times vary from run to run). */
async function median(runs: number, once: () => Promise<Measured>): Promise<Measured> {
  const results: Measured[] = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  results.sort((a, b) => a.wallS - b.wallS);
  return results[Math.floor(results.length / 2)]!;
}

/** Stage times from `CORROBORATE_TIMING=1` on stderr: `extract 5210 ms · reconcile 830 ms`. */
function stagesOf(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((text) => text.includes('timing:')) ?? '';
  const stages: Record<string, number> = {};
  for (const match of line.matchAll(/([a-z]+) (\d+) ms/gu)) stages[match[1]!] = Number(match[2]) / 1000;
  return stages;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run bench (it compiles first)`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
  // Every run starts in an empty folder: without a claims/ ledger there, `check` neither reads nor writes
  // one. CI is cleared so the ledger gate runs only in the row that asks for it (--ci).
  const env = { ...process.env, CORROBORATE_TIMING: '1', NO_COLOR: '1', CI: '' };
  const rows: BenchRow[] = [];
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const node = process.execPath;
  const out = (name: string) => path.join(work, name);
  const cli = (args: string[], extra: { stdinFile?: string; stdoutFile?: string; timeoutS?: number } = {}) => measure(node, [bin, ...args], { cwd: work, env, ...extra });
  const chronoOn = (paths: string[]) => measure(node, [baseline, ...paths], { cwd: work, env });

  try {
    log('start-up…');
    rows.push({ group: 'start-up', run: '--help', measured: await median(options.repeat, () => cli(['--help'])) });
    const blinken = path.join(shared, 'corpus/blinken');
    if (existsSync(blinken)) {
      const chrono = await median(options.repeat, () => chronoOn([blinken]));
      rows.push({ group: 'start-up', run: 'check (5 Blinken articles)', articles: 5, measured: await median(options.repeat, () => cli(['check', blinken, '--format', 'json', '-o', out('blinken.json')])), chrono });
    }

    const ecbplus = path.join(shared, 'bench/ecbplus');
    let stageTable: string | undefined;
    if (existsSync(ecbplus)) {
      log('ECB+ (970 articles)…');
      const chrono = await chronoOn([ecbplus]);
      const bytes = 1.9e6;
      rows.push({ group: 'ECB+', run: 'extract', articles: 970, megabytes: bytes / 1e6, measured: await cli(['extract', ecbplus, '--format', 'json', '-o', out('ecb-claims.json')]), chrono });
      const check = await cli(['check', ecbplus, '--format', 'json', '-o', out('ecb.json')]);
      rows.push({ group: 'ECB+', run: 'check', articles: 970, megabytes: bytes / 1e6, measured: check, chrono, stages: stagesOf(check.stderr) });
      const oneThread = await cli(['check', ecbplus, '--format', 'json', '--jobs', '1', '-o', out('ecb1.json')]);
      rows.push({ group: 'ECB+', run: 'check --jobs 1', articles: 970, megabytes: bytes / 1e6, measured: oneThread, chrono, stages: stagesOf(oneThread.stderr) });
      const gated = await cli(['check', ecbplus, '--format', 'json', '--ci', '-o', out('ecb-ci.json')]);
      rows.push({ group: 'ECB+', run: 'check --ci (ledger gate)', articles: 970, megabytes: bytes / 1e6, measured: gated, chrono, stages: stagesOf(gated.stderr) });
      log('ECB+ stage costs (one thread, in-process)…');
      stageTable = formatStages(await measureStages([ecbplus]));
    }

    if (options.largeMb > 0) {
      // One article as big as a scraper's worst page: the budget is 30 s and 2 GB. chrono alone is no
      // baseline here: on one 25 MB string it had not finished after 300 s (it is not linear in the
      // text), which is why every extractor reads the text sentence by sentence.
      log(`one article of ${options.largeMb} MB…`);
      const file = out('large-article.txt');
      writeFileSync(file, generateArticle(options.largeMb * 1024 * 1024, 7));
      const large = await cli(['check', file, '--format', 'stylish', '--no-progress'], { stdoutFile: out('large.txt'), timeoutS: 300 });
      rows.push({ group: 'large article', run: `check (one ${options.largeMb} MB article)`, articles: 1, megabytes: (options.largeMb * 1024 * 1024) / 1e6, measured: large, stages: stagesOf(large.stderr) });
      rmSync(file, { force: true });
      rmSync(out('large.txt'), { force: true });
    }

    for (const size of options.sizes) {
      log(`generated corpus of ${size} articles…`);
      const folder = out(`gen-${size}`);
      const jsonl = out(`gen-${size}.jsonl`);
      const { bytes } = writeCorpus(size, folder, jsonl);
      const megabytes = bytes / 1e6;
      const group = `generated ${size / 1000}k`;
      const chrono = await chronoOn([folder]);
      // Five times the 50k target (2 minutes per 50k articles), at least 10 minutes: a run past that is reported as stopped.
      const timeoutS = Math.max(600, (size / 50_000) * 600);
      rows.push({ group, run: 'extract', articles: size, megabytes, measured: await cli(['extract', folder, '--format', 'json', '-o', out('gen-claims.json')], { timeoutS }), chrono });
      const check = await cli(['check', folder, '--format', 'json', '-o', out('gen.json')], { timeoutS });
      rows.push({ group, run: 'check', articles: size, megabytes, measured: check, chrono, stages: stagesOf(check.stderr) });
      const records = out(`gen-${size}-records.jsonl`);
      rows.push({ group, run: 'extract - --format jsonl (stdin, map stage)', articles: size, megabytes, measured: await cli(['extract', '-', '--format', 'jsonl', '-o', records], { stdinFile: jsonl, timeoutS }), chrono });
      // The map stage wrote the stories one after the other, as a shuffle sorted by story would: --grouped holds one at a time.
      const reduce = await cli(['reconcile', records, '--grouped', '--format', 'jsonl', '-o', out('findings.jsonl')], { timeoutS });
      rows.push({ group, run: 'reconcile (reduce stage, story by story)', articles: size, megabytes, measured: reduce, stages: stagesOf(reduce.stderr) });
      rmSync(folder, { recursive: true, force: true });
      rmSync(jsonl, { force: true });
      rmSync(records, { force: true });
    }

    const machine = machineLines();
    const text = renderResults({ machine, rows, sizes: options.sizes, ...(stageTable ? { stageTable } : {}), command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim() });
    process.stdout.write(`${text}\n`);
    if (options.out) {
      mkdirSync(path.dirname(path.resolve(root, options.out)), { recursive: true });
      writeFileSync(path.resolve(root, options.out), text);
      log(`written to ${options.out}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
