/**
 * `npm run eval:timeml -- <dir>… [--errors]`: scores corroborate's time expressions against TimeML
 * gold annotations the way TempEval-3 did (strict and relaxed extent, type and value over relaxed
 * matches, the DCT excluded), with chrono-node alone as a baseline computed in the same run.
 * `--errors` also lists, per document, the missed, spurious and mis-valued expressions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TimeMLError, readTimeML } from './timeml/read-timeml.js';
import type { TimeMLDocument, Timex3 } from './timeml/read-timeml.js';
import { NO_COUNTS, addCounts, prf, scoreDocument } from './timeml/score-timex.js';
import type { Counts, DocumentScore } from './timeml/score-timex.js';
import { chronoTimexes, corroborateTimexes } from './timeml/systems.js';

/** Every `.tml` file under the given paths, sorted. */
export function findTimeML(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (entry: string) => {
    if (statSync(entry).isDirectory()) for (const name of readdirSync(entry)) walk(path.join(entry, name));
    else if (entry.endsWith('.tml')) files.push(entry);
  };
  for (const entry of paths) walk(entry);
  return files.sort();
}

export interface Evaluation {
  documents: number;
  ours: Counts;
  chrono: Counts;
  details: { doc: TimeMLDocument; score: DocumentScore }[];
}

/** Scores both systems on the documents. */
export function evaluate(docs: readonly TimeMLDocument[]): Evaluation {
  let ours = NO_COUNTS;
  let baseline = NO_COUNTS;
  const details: Evaluation['details'] = [];
  for (const doc of docs) {
    const score = scoreDocument(doc.gold, corroborateTimexes(doc));
    ours = addCounts(ours, score.counts);
    baseline = addCounts(baseline, scoreDocument(doc.gold, chronoTimexes(doc)).counts);
    details.push({ doc, score });
  }
  return { documents: docs.length, ours, chrono: baseline, details };
}

const f = (x: number) => x.toFixed(3);

/** The results table, as printed (Markdown, so it can go into the README unchanged). */
export function formatTable(evaluation: Evaluation): string {
  const rows: [string, keyof Counts][] = [
    ['strict extent', 'strict'],
    ['relaxed extent', 'relaxed'],
    ['type (relaxed)', 'type'],
    ['value (relaxed)', 'value'],
  ];
  const lines = [
    `| ${evaluation.documents} documents, ${evaluation.ours.gold} TIMEX3 (DCT excluded) | corroborate P | R | F1 | chrono-node only P | R | F1 |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [label, key] of rows) {
    const a = prf(evaluation.ours[key], evaluation.ours);
    const b = prf(evaluation.chrono[key], evaluation.chrono);
    lines.push(`| ${label} | ${f(a.precision)} | ${f(a.recall)} | **${f(a.f1)}** | ${f(b.precision)} | ${f(b.recall)} | ${f(b.f1)} |`);
  }
  lines.push(`| expressions proposed | ${evaluation.ours.system} | | | ${evaluation.chrono.system} | | |`);
  return lines.join('\n');
}

function show(t: Timex3): string {
  return `"${t.text}" ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`;
}

/** Missed, spurious and wrongly valued expressions, one line each, for development on dev data. */
export function formatErrors(evaluation: Evaluation): string {
  const lines: string[] = [];
  for (const { doc, score } of evaluation.details) {
    const context = (t: Timex3) => doc.text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\s+/gu, ' ');
    const wrong = score.pairs.filter((p) => p.gold.value !== p.system.value || p.gold.type !== p.system.type || p.gold.start !== p.system.start || p.gold.end !== p.system.end);
    if (!score.missed.length && !score.spurious.length && !wrong.length) continue;
    lines.push(`== ${doc.name} (DCT ${doc.dct})`);
    for (const t of score.missed) lines.push(`  MISSED   ${show(t)}   …${context(t)}…`);
    for (const t of score.spurious) lines.push(`  SPURIOUS ${show(t)}   …${context(t)}…`);
    for (const p of wrong) {
      const kind = p.gold.value !== p.system.value ? 'VALUE' : p.gold.type !== p.system.type ? 'TYPE' : 'EXTENT';
      lines.push(`  ${kind.padEnd(8)} gold ${show(p.gold)} | ours ${show(p.system)}   …${context(p.gold)}…`);
    }
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const showErrors = argv.includes('--errors');
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write('usage: npm run eval:timeml -- <folder or .tml file>… [--errors]\n');
    return 2;
  }
  const missing = paths.find((entry) => !existsSync(entry));
  if (missing) {
    process.stderr.write(`eval:timeml: no such file or folder: ${missing}\n`);
    return 2;
  }
  const files = findTimeML(paths);
  if (files.length === 0) {
    process.stderr.write(`eval:timeml: no .tml files under ${paths.join(', ')}\n`);
    return 2;
  }
  const docs: TimeMLDocument[] = [];
  for (const file of files) {
    try {
      docs.push(readTimeML(path.basename(file, '.tml'), readFileSync(file, 'utf8')));
    } catch (error) {
      if (!(error instanceof TimeMLError)) throw error;
      process.stderr.write(`eval:timeml: ${file}: ${error.message}\n`);
      return 2;
    }
  }
  const evaluation = evaluate(docs);
  if (showErrors) process.stdout.write(`${formatErrors(evaluation)}\n\n`);
  process.stdout.write(`TimeML evaluation of ${paths.join(', ')}\n\n${formatTable(evaluation)}\n`);
  return 0;
}

// Run only as a script, not when a test imports the functions above.
if (process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/u, '.js').endsWith(path.join('scripts', 'eval-timeml.js'))) {
  process.exitCode = main(process.argv.slice(2));
}
