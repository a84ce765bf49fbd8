import { createHash } from 'node:crypto';
import type { CheckResult, Severity } from '../../types.js';
import { contextFinder } from '../context.js';
import type { Reporter } from '../reporter.js';
import { ruleMetasFor } from '../rule-metas.js';
import { basisLabel, countBySeverity, SEVERITY_ORDER } from '../summary.js';
import { articlesSectionHtml, findingsByClaim } from './articles-section.js';
import { domId, escapeHtml } from './escape.js';
import { findingsSectionHtml } from './findings-section.js';
import { matrixSectionHtml } from './matrix.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';
import { timelineSectionHtml } from './timeline.js';

function overviewHtml(result: CheckResult): string {
  const counts = countBySeverity(result.findings);
  const rows = result.articles.map(
    (article) =>
      `<tr><td><a href="#${domId('article', article.id)}"><code>${escapeHtml(article.id)}</code></a></td><td>${escapeHtml(article.outlet ?? '')}</td><td>${escapeHtml(article.title ?? '')}</td>` +
      `<td>${escapeHtml(article.published.value ?? 'unknown')}</td><td>${escapeHtml(basisLabel(article.published.basis))}</td></tr>`,
  );
  return [
    '<section id="overview">',
    `<p class="counts">${SEVERITY_ORDER.map((severity) => `<span class="count sev-${severity}">${counts[severity]} ${severity}${severity !== 'info' && counts[severity] !== 1 ? 's' : ''}</span>`).join('')}` +
      `<span class="count">${result.claims.length} claims</span></p>`,
    '<table class="articles"><thead><tr><th>Article</th><th>Outlet</th><th>Title</th><th>Published</th><th>How the date was known</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

/** Worst severity of the findings each claim takes part in (the timeline colours those claims). */
function severityOfClaims(result: CheckResult): Map<string, Severity> {
  const map = new Map<string, Severity>();
  for (const [claim, findings] of findingsByClaim(result.findings)) {
    const flagged = findings.find((finding) => finding.severity !== 'info');
    if (flagged) map.set(claim, flagged.severity);
  }
  return map;
}

/**
 * The discrepancy report as one self-contained HTML file: inline CSS, one inline script allowed by
 * its hash, inline SVG, nothing fetched (the Content-Security-Policy forbids it). Every piece of
 * text from the articles is escaped.
 */
export const htmlReporter: Reporter = (result, options) => {
  const metas = new Map(ruleMetasFor(result.findings).map((meta) => [meta.id, meta]));
  const contextOf = contextFinder(options.articles);
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const counts = countBySeverity(result.findings);
  const title = `Discrepancy report: ${result.articles.length} articles, ${counts.error} errors, ${counts.warning} warnings`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${result.tool.name} ${result.tool.version}`)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<header class="page">',
    '<h1>Discrepancy report</h1>',
    `<p class="meta">${escapeHtml(`${result.tool.name} ${result.tool.version}`)} compared ${result.articles.length} article${result.articles.length === 1 ? '' : 's'}.</p>`,
    '<nav class="sections"><a href="#findings">Findings</a><a href="#timeline">Timeline</a><a href="#agreement">Agreement</a><a href="#articles">Articles</a></nav>',
    '</header>',
    '<main>',
    overviewHtml(result),
    timelineSectionHtml(result, severityOfClaims(result)),
    matrixSectionHtml(result),
    findingsSectionHtml(result, contextOf, metas),
    articlesSectionHtml(result, options.articles),
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
