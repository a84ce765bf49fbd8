/**
 * `npm run eval:expected [-- <corpus folder>…]`: runs `check` on each ECB+ cluster (default: every folder of
 * ../shared/corpus with an EXPECTED.md) and prints which listed differences the findings cover, and the
 * findings by severity.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../src/pipeline.js';
import { parseExpected, scoreDifferences } from './expected-differences.js';

const root = path.resolve(process.cwd(), '../shared/corpus');
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(root).map((name) => path.join(root, name)).filter((folder) => existsSync(path.join(folder, 'EXPECTED.md')));
let found = 0;
let total = 0;
for (const folder of folders.sort()) {
  const expected = parseExpected(readFileSync(path.join(folder, 'EXPECTED.md'), 'utf8'));
  const outcome = await runCheck([folder]);
  const scores = scoreDifferences(expected, outcome.result, outcome.articles);
  const count = (severity: string) => outcome.result.findings.filter((finding) => finding.severity === severity).length;
  console.log(`\n${path.basename(folder)}: ${scores.filter((s) => s.found).length}/${scores.length} differences found; findings: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`);
  for (const score of scores) console.log(`  ${score.found ? '✔' : '✘'} ${score.difference.number}. ${score.difference.title}${score.findings.length ? `  (${score.findings.length} finding${score.findings.length > 1 ? 's' : ''})` : ''}`);
  found += scores.filter((s) => s.found).length;
  total += scores.length;
}
console.log(`\nAll clusters: ${found}/${total} (${((100 * found) / Math.max(total, 1)).toFixed(0)} %)`);
