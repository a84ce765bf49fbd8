/** The bench's table, targets and machine description, as Markdown (printed and written to bench/RESULTS.md). */
import os from 'node:os';
import type { Measured } from './measure.js';

export interface BenchRow {
  group: string;
  run: string;
  articles?: number;
  megabytes?: number;
  measured: Measured;
  /** chrono-node alone over the same files. */
  chrono?: Measured;
  /** Seconds per stage, from `CORROBORATE_TIMING=1`. */
  stages?: Record<string, number>;
}

/** Cores, CPU, memory, Node, OS, the date and the load when the bench ran. */
export function machineLines(): string[] {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const load = os.loadavg().map((value) => value.toFixed(2)).join(', ');
  return [
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- CPU: ${cores} cores available (${os.cpus()[0]?.model.trim() ?? 'unknown model'})`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
    `- Node ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
    `- load average when the bench ended (1, 5, 15 min): ${load} — the machine is shared; wall times include waiting for the CPU`,
  ];
}

const seconds = (value: number | undefined) => (value === undefined ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const megabytes = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));

function table(rows: readonly BenchRow[]): string {
  const lines = [
    '| corpus | run | articles | MB | wall s | CPU s | peak RSS MB | chrono-only wall s | × chrono | exit |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    const ratio = row.chrono ? (row.measured.wallS / row.chrono.wallS).toFixed(1) : '–';
    lines.push(
      `| ${row.group} | ${row.run} | ${row.articles ?? '–'} | ${row.megabytes !== undefined ? row.megabytes.toFixed(1) : '–'} | ${row.measured.timedOut ? '> ' : ''}${seconds(row.measured.wallS)} | ${seconds(row.measured.cpuS)} | ${megabytes(row.measured.peakRssMb)} | ${seconds(row.chrono?.wallS)} | ${ratio} | ${row.measured.timedOut ? 'stopped' : row.measured.exitCode} |`,
    );
  }
  return lines.join('\n');
}

function stageTable(rows: readonly BenchRow[]): string | undefined {
  const timed = rows.filter((row) => row.stages && Object.keys(row.stages).length > 0);
  if (timed.length === 0) return undefined;
  const names = [...new Set(timed.flatMap((row) => Object.keys(row.stages!)))];
  const lines = [`| corpus | run | ${names.join(' s | ')} s |`, `|---|---|${names.map(() => '--:').join('|')}|`];
  for (const row of timed) lines.push(`| ${row.group} | ${row.run} | ${names.map((name) => seconds(row.stages![name])).join(' | ')} |`);
  return lines.join('\n');
}

/** A run that did its job: exit 0 or 1 (findings), not stopped, not killed. */
const succeeded = (measured: Measured) => !measured.timedOut && (measured.exitCode === 0 || measured.exitCode === 1);
const find = (rows: readonly BenchRow[], group: string, run: string) => rows.find((row) => row.group === group && row.run === run);
const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**');

/** Growth exponent between two sizes: time ∝ size^k. */
function exponent(smallSize: number, small: number | undefined, bigSize: number, big: number | undefined): number | undefined {
  if (small === undefined || big === undefined || small <= 0 || big <= 0) return undefined;
  return Math.log(big / small) / Math.log(bigSize / smallSize);
}

function targets(rows: readonly BenchRow[], sizes: readonly number[]): string[] {
  const out: string[] = [];
  const blinken = find(rows, 'start-up', 'check (5 Blinken articles)');
  out.push(`- \`check\` on the 5 Blinken articles ≤ 0.5 s wall: ${seconds(blinken?.measured.wallS)} s — ${verdict(blinken ? blinken.measured.wallS <= 0.5 : undefined)}`);
  const ecb = find(rows, 'ECB+', 'check');
  const ratio = ecb?.chrono ? ecb.measured.wallS / ecb.chrono.wallS : undefined;
  out.push(`- \`check\` on the 970 ECB+ articles ≤ 3 × chrono alone: ${ratio?.toFixed(1) ?? '–'} × (${seconds(ecb?.measured.wallS)} s vs ${seconds(ecb?.chrono?.wallS)} s) — ${verdict(ratio !== undefined ? ratio <= 3 : undefined)}`);
  const large = rows.find((row) => row.group === 'large article');
  if (large) {
    const { measured } = large;
    out.push(
      `- ${large.run.replace(/^check \((.*)\)$/u, '$1')} (\`check\`) ≤ 30 s, ≤ 2 GB: ${seconds(measured.wallS)} s, ${megabytes(measured.peakRssMb)} MB${succeeded(measured) ? '' : ` (${measured.timedOut ? 'stopped' : `exit ${measured.exitCode}`})`} — ${verdict(succeeded(measured) && measured.wallS <= 30 && (measured.peakRssMb ?? Infinity) <= 2048)}`,
    );
  }
  const [small, big] = [sizes[0], sizes[1]];
  if (small !== undefined && big !== undefined) {
    const label = (size: number) => `generated ${size / 1000}k`;
    for (const run of ['check', 'extract', 'extract - --format jsonl (stdin, map stage)', 'reconcile (reduce stage, story by story)']) {
      const [a, b] = [find(rows, label(small), run), find(rows, label(big), run)];
      const failed = [a, b].find((row) => row && !succeeded(row.measured));
      if (failed) {
        out.push(`- \`${run}\` growth from ${small} to ${big} articles: not measured — the ${failed.group} run ${failed.measured.timedOut ? 'was stopped' : `failed (exit ${failed.measured.exitCode})`}`);
        continue;
      }
      const k = exponent(small, a?.measured.wallS, big, b?.measured.wallS);
      out.push(`- \`${run}\` growth from ${small} to ${big} articles, exponent ≤ 1.15: ${k?.toFixed(2) ?? '–'} — ${verdict(k !== undefined ? k <= 1.15 : undefined)}`);
    }
    const stage = (size: number, run: string) => {
      const row = find(rows, label(size), run);
      return row && succeeded(row.measured) ? row.stages?.reconcile : undefined;
    };
    const inCheck = exponent(small, stage(small, 'check'), big, stage(big, 'check'));
    out.push(`- reconciliation inside \`check\` (one run over the whole corpus): ${seconds(stage(small, 'check'))} s → ${seconds(stage(big, 'check'))} s, exponent ${inCheck?.toFixed(2) ?? '–'}`);
    const perStory = exponent(small, stage(small, 'reconcile (reduce stage, story by story)'), big, stage(big, 'reconcile (reduce stage, story by story)'));
    out.push(`- reconciliation story by story (\`reconcile\` stage): ${seconds(stage(small, 'reconcile (reduce stage, story by story)'))} s → ${seconds(stage(big, 'reconcile (reduce stage, story by story)'))} s, exponent ${perStory?.toFixed(2) ?? '–'}`);
  }
  const biggest = find(rows, 'generated 50k', 'check');
  out.push(
    `- 50k articles (\`check\`) ≤ 2 minutes with peak RSS ≤ 1.5 GB: ${seconds(biggest?.measured.wallS)} s, ${megabytes(biggest?.measured.peakRssMb)} MB${biggest && !succeeded(biggest.measured) ? ` (${biggest.measured.timedOut ? 'stopped' : `exit ${biggest.measured.exitCode}`})` : ''} — ${verdict(biggest ? succeeded(biggest.measured) && biggest.measured.wallS <= 120 && (biggest.measured.peakRssMb ?? Infinity) <= 1536 : undefined)}`,
  );
  const map = find(rows, 'generated 50k', 'extract - --format jsonl (stdin, map stage)');
  const reduce = find(rows, 'generated 50k', 'reconcile (reduce stage, story by story)');
  if (map && reduce) {
    const ok = succeeded(map.measured) && succeeded(reduce.measured);
    const wall = map.measured.wallS + reduce.measured.wallS;
    const rss = Math.max(map.measured.peakRssMb ?? Infinity, reduce.measured.peakRssMb ?? Infinity);
    out.push(`- 50k articles as map + reduce stages on this one machine ≤ 2 minutes, ≤ 1.5 GB: ${seconds(wall)} s, ${megabytes(rss)} MB at most — ${verdict(ok ? wall <= 120 && rss <= 1536 : undefined)}`);
  }
  return out;
}

export interface ResultsInput {
  machine: string[];
  rows: BenchRow[];
  sizes: number[];
  /** Per-stage costs of one in-process run over ECB+. */
  stageTable?: string;
  command: string;
}

export function renderResults(input: ResultsInput): string {
  const stages = stageTable(input.rows);
  return [
    '# Bench results',
    '',
    `Measured with \`${input.command}\`. Each row is one process (Node start-up included); CPU is user + system`,
    'time of all its threads; peak RSS is the whole process, worker threads included (GNU time). "chrono-only" is',
    'chrono-node\'s `parse` alone over the same files, in its own process.',
    '',
    '## Machine',
    '',
    ...input.machine,
    '',
    '## Runs',
    '',
    table(input.rows),
    '',
    '## Targets',
    '',
    ...targets(input.rows, input.sizes),
    '',
    ...(stages ? ['## Stages (wall seconds, `CORROBORATE_TIMING=1`)', '', stages, ''] : []),
    ...(input.stageTable ? ['## Stage costs on ECB+ (one thread, in-process, milliseconds)', '', '```text', input.stageTable, '```', ''] : []),
  ].join('\n');
}
