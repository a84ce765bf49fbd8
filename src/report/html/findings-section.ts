import type { ArticleReport, CheckResult, Finding, FindingPosition, RuleMeta, Severity } from '../../types.js';
import type { PositionContext } from '../context.js';
import { intervalLabel } from '../dates.js';
import { articleLabel, articlesOf, countBySeverity, findingsByEvent, isCorroboration, SEVERITY_ORDER } from '../summary.js';
import { domId, escapeHtml } from './escape.js';
import { evidenceHtml } from './evidence.js';

const ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

/** Filters by severity, rule and article (and by article pair, set from the matrix); shown by the script. */
function filtersHtml(result: CheckResult, metas: ReadonlyMap<string, RuleMeta>): string {
  const counts = countBySeverity(result.findings);
  const rules = [...new Set(result.findings.map((finding) => finding.rule))].sort();
  const ruleCount = (rule: string) => result.findings.filter((finding) => finding.rule === rule).length;
  const articles = result.articles.map((article) => article.id);
  return [
    '<form class="filters" id="filters" hidden>',
    `<label>Severity <select data-filter="severity">${option('', 'all')}${SEVERITY_ORDER.map((severity) => option(severity, `${severity} (${counts[severity]})`)).join('')}</select></label>`,
    `<label>Rule <select data-filter="rule">${option('', 'all')}${rules.map((rule) => option(rule, `${rule} (${ruleCount(rule)})`)).join('')}</select></label>`,
    `<label>Article <select data-filter="article">${option('', 'all')}${articles
      .map((id) => option(id, articleLabel(result.articles.find((article) => article.id === id), id)))
      .join('')}</select></label>`,
    '<span id="pair-filter" class="chip" hidden>Articles <span id="pair-label"></span> <button type="button" id="pair-clear" aria-label="Clear the article pair">×</button></span>',
    `<output id="shown">${result.findings.length} findings</output>`,
    '</form>',
    // Rule descriptions, so a reader knows what each rule checks without leaving the page.
    rules.length > 0
      ? `<details class="rules"><summary>What the rules check</summary><dl>${rules
          .map((rule) => `<dt><code>${escapeHtml(rule)}</code></dt><dd>${escapeHtml(metas.get(rule)?.description ?? '')}</dd>`)
          .join('')}</dl></details>`
      : '',
  ].join('\n');
}

function findingHtml(
  finding: Finding,
  contextOf: (position: FindingPosition) => PositionContext,
  articleById: ReadonlyMap<string, ArticleReport>,
  metas: ReadonlyMap<string, RuleMeta>,
): string {
  const sources = finding.sources ?? articlesOf(finding).length;
  const meta = [
    `<code title="${escapeHtml(metas.get(finding.rule)?.description ?? '')}">${escapeHtml(finding.rule)}</code>`,
    `confidence ${Math.round(finding.confidence * 100)} %`,
    ...(isCorroboration(finding) ? [`${sources} independent source${sources === 1 ? '' : 's'}`] : []),
  ].join(' · ');
  return [
    `<article class="finding sev-${finding.severity}${isCorroboration(finding) ? ' corroboration' : ''}" id="${domId('finding', finding.id)}" data-severity="${finding.severity}" data-rule="${escapeHtml(finding.rule)}" data-articles="${escapeHtml(JSON.stringify(articlesOf(finding)))}">`,
    `<header><span class="badge sev-${finding.severity}">${ICON[finding.severity]} ${finding.severity}</span> <span class="verdict">${escapeHtml(finding.verdict)}</span><h4>${escapeHtml(finding.message)}</h4></header>`,
    `<p class="meta">${meta}</p>`,
    evidenceHtml(finding, contextOf, articleById),
    finding.explanation ? `<p class="explanation">${escapeHtml(finding.explanation)}</p>` : '',
    '</article>',
  ].join('\n');
}

/** The findings, grouped by event, with filters and side-by-side evidence. */
export function findingsSectionHtml(
  result: CheckResult,
  contextOf: (position: FindingPosition) => PositionContext,
  metas: ReadonlyMap<string, RuleMeta>,
): string {
  const articleById = new Map(result.articles.map((article) => [article.id, article]));
  const groups = findingsByEvent(result).map((section) => {
    const heading = section.event
      ? `Event: ${escapeHtml(section.event.label)}${section.event.interval ? ` <span class="when">${escapeHtml(intervalLabel(section.event.interval))}</span>` : ''}`
      : 'Not tied to one event';
    return [
      `<section class="event-group"${section.event ? ` id="${domId('event', section.event.id)}"` : ''}>`,
      `<h3>${heading}</h3>`,
      ...section.findings.map((finding) => findingHtml(finding, contextOf, articleById, metas)),
      '</section>',
    ].join('\n');
  });
  const body = groups.length > 0 ? groups.join('\n') : '<p class="empty">No findings: the articles raise nothing to compare or dispute.</p>';
  return ['<section id="findings">', '<h2>Findings</h2>', filtersHtml(result, metas), body, '</section>'].join('\n');
}
