import type { ArticleReport, CheckResult, EventGroup, Finding, FindingPosition, Severity } from '../types.js';
import { contextFinder, type PositionContext } from './context.js';
import { intervalLabel } from './dates.js';
import { oneLine } from './positions.js';
import type { Reporter } from './reporter.js';
import { articleLabel, basisLabel, countBySeverity, findingsByEvent, isCorroboration, SEVERITY_ORDER } from './summary.js';

const ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/**
 * Escapes text for inline Markdown: every ASCII punctuation mark that could start markup. An
 * underscore inside a word (`38_11`) cannot, so it stays readable.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*[\]<>|~&$#!]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&');
}

/**
 * The discrepancy report for people: the articles and how their dates were known, counts by
 * severity, then the findings grouped by event, each with the quote from every side in context,
 * the explanation, and what corroborates what.
 */
export const markdownReporter: Reporter = (result, options) => {
  const contextOf = contextFinder(options.articles);
  const articleById = new Map(result.articles.map((article) => [article.id, article]));
  const lines: string[] = ['# Discrepancy report', ''];
  const counts = countBySeverity(result.findings);
  lines.push(
    `${result.tool.name} ${result.tool.version} compared ${result.articles.length} article${result.articles.length === 1 ? '' : 's'} ` +
      `(${result.claims.length} claims): ${counts.error} error${counts.error === 1 ? '' : 's'}, ` +
      `${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info.`,
    '',
  );
  for (const line of articlesSection(result)) lines.push(line);
  lines.push('');
  lines.push('## Findings by severity', '', '| Severity | Findings |', '|---|---:|');
  for (const severity of SEVERITY_ORDER) lines.push(`| ${ICON[severity]} ${severity} | ${counts[severity]} |`);
  lines.push('');
  if (result.findings.length === 0) lines.push('No findings: the articles raise nothing to compare or dispute.', '');
  for (const section of findingsByEvent(result)) {
    lines.push(`## ${eventHeading(section.event)}`, '');
    if (section.event) lines.push(`Articles: ${section.event.articles.map((id) => markdownText(articleLabel(articleById.get(id), id))).join(', ')}.`, '');
    const discrepancies = section.findings.filter((finding) => !isCorroboration(finding));
    const corroborations = section.findings.filter(isCorroboration);
    for (const finding of discrepancies) lines.push(...findingBlock(finding, articleById, contextOf), '');
    if (corroborations.length > 0) {
      lines.push('### What corroborates what', '');
      for (const finding of corroborations) lines.push(...corroborationItem(finding, articleById));
      lines.push('');
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd()}\n`;
};

function articlesSection(result: CheckResult): string[] {
  const lines = ['## Articles', '', '| Article | Outlet | Title | Published | How the date was known |', '|---|---|---|---|---|'];
  for (const article of result.articles) {
    const published = article.published.value ?? 'unknown';
    const confidence = article.published.basis === 'inferred' && article.published.confidence !== undefined ? ` (confidence ${article.published.confidence})` : '';
    lines.push(
      `| **${markdownText(article.id)}** ${markdownText(article.path)} | ${markdownText(article.outlet ?? '')} | ${markdownText(article.title ?? '')} | ${markdownText(published)} | ${basisLabel(article.published.basis)}${confidence} |`,
    );
  }
  const withEvidence = result.articles.filter((article) => (article.published.evidence ?? []).length > 0);
  if (withEvidence.length > 0) {
    lines.push('', 'How the dates were worked out:', '');
    for (const article of withEvidence) {
      lines.push(`- **${markdownText(article.id)}** → ${markdownText(article.published.value ?? 'unknown')}`);
      for (const step of article.published.evidence!) {
        const quote = step.text ? ` “${markdownText(step.text)}”` : '';
        lines.push(`  - ${markdownText(step.article)}:${quote} ${markdownText(step.reason)}`);
      }
    }
  }
  return lines;
}

function eventHeading(event: EventGroup | undefined): string {
  if (!event) return 'Not tied to one event';
  return `Event: ${markdownText(event.label)}${event.interval ? ` (${intervalLabel(event.interval)})` : ''}`;
}

function findingBlock(finding: Finding, articleById: ReadonlyMap<string, ArticleReport>, contextOf: (position: FindingPosition) => PositionContext): string[] {
  const lines = [`### ${ICON[finding.severity]} ${finding.severity}: ${markdownText(finding.message)}`, ''];
  lines.push(`Rule \`${finding.rule}\` · verdict ${finding.verdict} · confidence ${Math.round(finding.confidence * 100)} %`, '');
  for (const position of finding.positions) {
    if (position.claim === null && position.text === '') {
      lines.push(`- **${markdownText(articleLabel(articleById.get(position.article), position.article))}**`);
      continue;
    }
    lines.push(`- **${markdownText(articleLabel(articleById.get(position.article), position.article))}**, line ${position.line}:${position.column}: “${markdownText(position.text)}”`);
    const context = contextOf(position);
    if (context.text.length > position.text.length) {
      const before = context.text.slice(0, context.claim.start);
      const claim = context.text.slice(context.claim.start, context.claim.end);
      const after = context.text.slice(context.claim.end);
      // markdownText trims, so the spaces around the claim are put back only where the text had them.
      const gapBefore = /\s$/u.test(before) ? ' ' : '';
      const gapAfter = /^\s/u.test(after) ? ' ' : '';
      lines.push(`  > ${markdownText(before)}${gapBefore}**${markdownText(claim)}**${gapAfter}${markdownText(after)}`.trimEnd());
    }
  }
  if (finding.explanation) lines.push('', `Why: ${markdownText(finding.explanation)}`);
  return lines;
}

function corroborationItem(finding: Finding, articleById: ReadonlyMap<string, ArticleReport>): string[] {
  const sources = finding.sources ?? new Set(finding.positions.map((position) => position.article)).size;
  const sides = finding.positions
    .map((position) => `${markdownText(articleLabel(articleById.get(position.article), position.article))} ${position.line}:${position.column} “${markdownText(position.text)}”`)
    .join('; ');
  return [`- ✔ ${markdownText(finding.message)} — ${sources} independent source${sources === 1 ? '' : 's'}: ${sides}`];
}
