import type { Finding } from '../types.js';
import { displayPath } from './positions.js';
import type { Reporter } from './reporter.js';
import { isCorroboration } from './summary.js';
import { xmlAttribute, xmlText } from './xml.js';
import { pushTo } from '../util/push-to.js';

/** A finding fails its test case when it is an error or a warning; info findings pass. */
function fails(finding: Finding): boolean {
  return finding.severity !== 'info';
}

function detail(finding: Finding, pathOf: ReadonlyMap<string, string>): string {
  const sides = finding.positions.map((position) => `${pathOf.get(position.article) ?? position.article}:${position.line}:${position.column} “${position.text}”`);
  return [`${finding.severity} ${finding.rule} (${finding.verdict}, confidence ${finding.confidence}): ${finding.message}`, ...sides, ...(finding.explanation ? [finding.explanation] : [])].join('\n');
}

/**
 * JUnit XML for CI test dashboards: one test suite per article, one test case per finding under the
 * article of its first side. Errors and warnings are failures; info findings (corroborations,
 * explained differences) are passing cases with their detail in `system-out`.
 */
export const junitReporter: Reporter = (result, options) => {
  const pathOf = new Map(result.articles.map((article) => [article.id, displayPath(article.path, options.cwd)]));
  const suites = new Map<string, Finding[]>(result.articles.map((article) => [article.id, []]));
  for (const finding of result.findings) {
    const article = finding.positions[0]?.article ?? '';
    pushTo(suites, article, finding);
  }
  const failures = result.findings.filter(fails).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(result.tool.name)}" tests="${result.findings.length}" failures="${failures}" errors="0">`,
  ];
  let suiteIndex = 0;
  for (const [article, findings] of suites) {
    const name = pathOf.get(article) ?? article;
    lines.push(
      `  <testsuite name="${xmlAttribute(name)}" id="${suiteIndex++}" package="${xmlAttribute(article)}" tests="${findings.length}" failures="${findings.filter(fails).length}" errors="0" skipped="0">`,
    );
    for (const finding of findings) {
      const first = finding.positions[0];
      const attributes = `name="${xmlAttribute(`${finding.rule}: ${finding.message}`)}" classname="${xmlAttribute(`${result.tool.name}.${finding.rule}`)}" file="${xmlAttribute(name)}"${first ? ` line="${first.line}"` : ''}`;
      const body = xmlText(detail(finding, pathOf));
      if (fails(finding)) {
        lines.push(`    <testcase ${attributes}>`, `      <failure type="${finding.severity}" message="${xmlAttribute(finding.message)}">${body}</failure>`, '    </testcase>');
      } else {
        const label = isCorroboration(finding) ? 'corroborated' : finding.verdict;
        lines.push(`    <testcase ${attributes}>`, `      <system-out>${xmlText(label)}: ${body}</system-out>`, '    </testcase>');
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
