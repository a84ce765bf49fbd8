import type { CheckFormat } from './format-names.js';
import { githubReporter } from './github-reporter.js';
import { htmlReporter } from './html/html-reporter.js';
import { jsonlReporter, jsonReporter } from './json-reporter.js';
import { junitReporter } from './junit-reporter.js';
import { markdownReporter } from './markdown-reporter.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif-reporter.js';
import { stylishReporter } from './stylish-reporter.js';

/** Output formats by name; the CLI's `--format` choices are `CHECK_FORMATS` (format-names.ts). */
export const REPORTERS: Readonly<Record<CheckFormat, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  html: htmlReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
};

/** Formats `extract` offers. */
export const EXTRACT_REPORTERS: Readonly<Record<string, Reporter>> = {
  stylish: (result, options) => stylishClaims(result, options.color),
  json: jsonReporter,
  jsonl: jsonlReporter,
};

function stylishClaims(result: Parameters<Reporter>[0], _color: boolean): string {
  const pathOf = new Map(result.articles.map((article) => [article.id, article.path]));
  const lines: string[] = [];
  let current = '';
  for (const claim of result.claims) {
    if (claim.article !== current) {
      if (current !== '') lines.push('');
      current = claim.article;
      lines.push(pathOf.get(claim.article) ?? claim.article);
    }
    const where = `${claim.line}:${claim.column}`;
    lines.push(`  ${where.padEnd(7)} ${claim.kind.padEnd(12)} “${claim.text}”  ${summarizeValue(claim.value)}`);
  }
  lines.push('', `${result.claims.length} claims in ${result.articles.length} articles`);
  return `${lines.join('\n')}\n`;
}

function summarizeValue(value: unknown): string {
  const v = value as Record<string, unknown>;
  if (v.timex) {
    const timex = v.timex as { type: string; value: string; mod?: string };
    return `${timex.type} ${timex.value}${timex.mod ? ` (${timex.mod})` : ''}`;
  }
  const json = JSON.stringify(value);
  return json.length > 100 ? `${json.slice(0, 97)}…` : json;
}
