import type { Severity } from '../types.js';
import { displayPath, endOf, oneLine } from './positions.js';
import type { Reporter } from './reporter.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message (as @actions/core does): `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escapes a workflow command's property value: as the message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

/**
 * GitHub Actions workflow commands: one annotation per finding at its first side
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), with the other sides on
 * the following lines of the message. `endColumn` is the column of the last character (inclusive).
 */
export const githubReporter: Reporter = (result, options) => {
  const pathOf = new Map(result.articles.map((article) => [article.id, displayPath(article.path, options.cwd)]));
  const out: string[] = [];
  for (const finding of result.findings) {
    const [first, ...others] = finding.positions;
    const properties: string[] = [];
    // Positions outside any article (a problem with a command-line option) get no file annotation.
    if (first && pathOf.has(first.article)) {
      const { endLine, endColumn } = endOf(first);
      properties.push(
        `file=${escapeProperty(pathOf.get(first.article)!)}`,
        `line=${first.line}`,
        `col=${first.column}`,
        `endLine=${endLine}`,
        `endColumn=${Math.max(first.column, endColumn - 1)}`,
      );
    }
    properties.push(`title=${escapeProperty(`corroborate ${finding.rule} (${finding.verdict})`)}`);
    const message = [
      finding.message,
      ...others.map((position) => `↔ ${pathOf.get(position.article) ?? position.article}:${position.line}:${position.column} “${oneLine(position.text)}”`),
      ...(finding.explanation ? [finding.explanation] : []),
    ].join('\n');
    out.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(message)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
