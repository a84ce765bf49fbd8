import type { Finding, Severity } from '../types.js';
import { ansi } from './ansi.js';
import { oneLine } from './positions.js';
import type { Reporter } from './reporter.js';
import { pushTo } from '../util/push-to.js';

/**
 * ESLint-style text: findings grouped under the article of their first position, one line each
 * with line:column, severity, message and rule; other sides indented below; a summary at the end.
 */
export const stylishReporter: Reporter = (result, options) => {
  const style = ansi(options.color);
  const paintSeverity: Record<Severity, (s: string) => string> = { error: style.red, warning: style.yellow, info: style.blue };
  const pathOf = new Map(result.articles.map((article) => [article.id, article.path]));
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const article = finding.positions[0]?.article ?? '';
    pushTo(groups, article, finding);
  }
  const lines: string[] = [];
  for (const article of [...groups.keys()].sort()) {
    lines.push(style.underline(pathOf.get(article) ?? article));
    for (const finding of groups.get(article)!) {
      const first = finding.positions[0];
      const where = first ? `${first.line}:${first.column}` : '';
      const indent = `  ${' '.repeat(7)} ${' '.repeat(7)} `;
      lines.push(`  ${style.dim(where.padEnd(7))} ${paintSeverity[finding.severity](finding.severity.padEnd(7))} ${finding.message}  ${style.dim(finding.rule)}`);
      // The quote of the first side, then every other side, so each side of a disagreement is visible.
      if (first && first.text !== '') lines.push(`${indent}“${oneLine(first.text)}”`);
      for (const other of finding.positions.slice(1)) {
        lines.push(`${indent}${style.dim(`↔ ${pathOf.get(other.article) ?? other.article}:${other.line}:${other.column}`)} “${oneLine(other.text)}”`);
      }
    }
    lines.push('');
  }
  const count = (severity: Severity) => result.findings.filter((finding) => finding.severity === severity).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const summary = `${result.articles.length} article${result.articles.length === 1 ? '' : 's'}, ${result.claims.length} claims: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`;
  lines.push(errors > 0 ? style.red(style.bold(`✖ ${summary}`)) : warnings > 0 ? style.yellow(style.bold(`⚠ ${summary}`)) : style.green(`✔ ${summary}`));
  return `${lines.join('\n')}\n`;
};
